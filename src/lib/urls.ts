/**
 * Every page address of the hub, in one place. Pure and importable in the browser too (no Astro imports;
 * hub-data.ts, which needs Astro's content layer, re-exports countryUrl). Each address ends with a slash
 * (`trailingSlash: 'always'`); files (feeds, downloads) keep their extension.
 */

/** The home page. */
export const HOME_URL = '/';

/** The page of one dimension of the Digital Government Policy Framework, by its id (e.g. "data_driven_public_sector"). */
export const dimensionUrl = (id: string) => `/dimensions/${id}/`;

/** The listing page of each section, as the site's navigation names them. */
export const LIST_URLS = {
  practices: '/practices/',
  countries: '/countries/',
  principles: '/principles/',
  indicators: '/indicators/',
  compare: '/compare/',
  reviews: '/reviews/',
  meetings: '/meetings/',
  statements: '/statements/',
  search: '/search/',
} as const;

/** The section of /reviews/ that says how to ask for a peer review. */
export const ASK_FOR_REVIEW_URL = '/reviews/#ask';

/** The RSS feed of statements, practices and peer reviews. */
export const FEED_URL = '/rss.xml';

/** Folder of the static data downloads (CSV and JSON per dataset). */
export const DATA_BASE_URL = '/data/';

/** The list of datasets with their downloads. */
export const DATA_INDEX_URL = '/data/index.json';

/** URL of a country profile, e.g. /countries/kor/ (hub-data.ts re-exports it). */
export const countryUrl = (iso3: string) => `/countries/${iso3.toLowerCase()}/`;

/** URL of a practice, e.g. /practices/est-x-road/. */
export const practiceUrl = (slug: string) => `/practices/${slug}/`;

/** URL of a principle of the 2014 Recommendation, e.g. /principles/3/. */
export const principleUrl = (id: string | number) => `/principles/${id}/`;

/** URL of an E-Leaders meeting, e.g. /meetings/2015-tokyo/. */
export const meetingUrl = (id: string) => `/meetings/${id}/`;

/** URL of a meeting statement, e.g. /statements/2015-tokyo/. */
export const statementUrl = (id: string) => `/statements/${id}/`;

/** URL of a peer review, e.g. /reviews/nor-digital-government-review-2017/. */
export const reviewUrl = (id: string) => `/reviews/${id}/`;

/** URL of an indicator page, e.g. /indicators/dgi/. */
export const indicatorUrl = (id: string) => `/indicators/${id}/`;

/** URL of one edition of an indicator, e.g. /indicators/egdi/2024/. */
export const indicatorEditionUrl = (id: string, year: number) => `/indicators/${id}/${year}/`;

/**
 * URL of /compare/ with a selection, e.g. compareUrl('?countries=KOR&indicator=dgi&edition=2023').
 * `query` is the permalink's query string (toQuery in src/compare/selection.ts), "" for the default view.
 */
export const compareUrl = (query = '') => `${LIST_URLS.compare}${query}`;

/**
 * URL of /search/ with a search, e.g. searchUrl({ type: 'practice', status: 'retired' }) is
 * /search/?type=practice&status=retired; a list repeats its key. No parameter: the empty search page.
 */
export function searchUrl(params: Readonly<Record<string, string | readonly string[]>> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of typeof value === 'string' ? [value] : value) query.append(key, v);
  const text = query.toString();
  return text ? `${LIST_URLS.search}?${text}` : LIST_URLS.search;
}

/** Addresses of a dataset's static downloads, e.g. /data/dgi.csv and /data/dgi.json. */
export const dataUrls = (id: string) => ({ csv: `${DATA_BASE_URL}${id}.csv`, json: `${DATA_BASE_URL}${id}.json` });

/** The Frictionless Data Package describing every file under /data/. */
export const DATAPACKAGE_URL = '/data/datapackage.json';

/** A chart as a file (src/pages/charts/), e.g. chartFileUrl('dgi/ranking-2023', 'png') -> /charts/dgi/ranking-2023.png. */
export const chartFileUrl = (key: string, ext: 'svg' | 'png') => `/charts/${key}.${ext}`;
