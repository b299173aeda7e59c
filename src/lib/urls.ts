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

/** The list of every download (indicators and the hub's own tables), on the indicators page. */
export const DOWNLOADS_URL = '/indicators/#downloads';

/** Folder of the static data downloads (CSV and JSON per dataset). */
export const DATA_BASE_URL = '/data/';

/** The list of datasets with their downloads. */
export const DATA_INDEX_URL = '/data/index.json';

/** URL of a country profile, e.g. /countries/kor/ (hub-data.ts re-exports it). */
export const countryUrl = (iso3: string) => `/countries/${iso3.toLowerCase()}/`;

/**
 * URL of one country's page on one indicator (its charts, peers and every value), e.g. /countries/kor/dgi/; the
 * country profile (countryUrl) sums up every indicator in one table and links here.
 */
export const countryIndicatorUrl = (iso3: string, indicator: string) => `${countryUrl(iso3)}${indicator}/`;

/** URL of a practice, e.g. /practices/est-x-road/. */
export const practiceUrl = (slug: string) => `/practices/${slug}/`;

/**
 * The browsable lists of practices, built as static pages (src/pages/practices/[...list].astro), at most
 * PAGE_SIZE practices a page; page 1 has no number, page n ends in `<n>/` (as /statements/2/):
 *
 *   /practices/, /practices/2/                   all practices, newest first (by start year, then title)
 *   /practices/by-title/, /practices/by-country/ all practices, by title (A-Z), by country (then newest first)
 *   /practices/<facet>/<value>/, .../<value>/2/  one facet value, newest first: principle/3, dimension/<id>,
 *                                                country/kor, status/pilot, year/2015
 *
 * A practice's own page is /practices/<slug>/: the content check refuses a practice slug that is a list's
 * segment (a number, or one of PRACTICE_ORDERS' segments).
 */
/** At most this many entries on a page of a list (practices, statements): 96 fills rows of 2, 3 and 4 cards. */
export const PAGE_SIZE = 96;

/** The orders of the list of all practices: the URL segment of each ('' for the default) and its name. */
export const PRACTICE_ORDERS = [
  { id: 'newest', segment: '', label: 'Newest first' },
  { id: 'title', segment: 'by-title', label: 'Title (A–Z)' },
  { id: 'country', segment: 'by-country', label: 'Country' },
] as const;

/** One order of the list of all practices. */
export type PracticeOrder = (typeof PRACTICE_ORDERS)[number]['id'];

/** The facets practices are browsed by, as their URL segment. */
export const PRACTICE_FACETS = ['principle', 'dimension', 'country', 'status', 'year'] as const;

/** One facet of practices. */
export type PracticeFacet = (typeof PRACTICE_FACETS)[number];

/** The address of page `page` (1 = the list's own address) of a list at `base`. */
const pageOf = (base: string, page: number) => (page > 1 ? `${base}${page}/` : base);

/** URL of a page of all practices in one order, e.g. practicesUrl('title', 2) is /practices/by-title/2/. */
export function practicesUrl(order: PracticeOrder = 'newest', page = 1): string {
  const segment = PRACTICE_ORDERS.find((o) => o.id === order)!.segment;
  return pageOf(segment ? `${LIST_URLS.practices}${segment}/` : LIST_URLS.practices, page);
}

/** URL of a page of the practices of one facet value, e.g. practiceFacetUrl('country', 'KOR') is /practices/country/kor/. */
export function practiceFacetUrl(facet: PracticeFacet, value: string | number, page = 1): string {
  return pageOf(`${LIST_URLS.practices}${facet}/${String(value).toLowerCase()}/`, page);
}

/** Whether a practice slug would take the address of a list page (/practices/2/, /practices/by-title/). */
export function isPracticeListSegment(slug: string): boolean {
  return isListPageSegment(slug) || PRACTICE_ORDERS.some((o) => o.segment === slug);
}

/** URL of a principle of the 2014 Recommendation, e.g. /principles/3/. */
export const principleUrl = (id: string | number) => `/principles/${id}/`;

/** What a principle gathers beyond its page: the statement commitments and review recommendations filed under it. */
export type PrincipleList = 'commitments' | 'recommendations';

/** URL of a page of a principle's commitments or recommendations, e.g. /principles/3/commitments/ and /principles/3/commitments/2/. */
export const principleListUrl = (id: string | number, list: PrincipleList, page = 1) => pageOf(`${principleUrl(id)}${list}/`, page);

/** URL of an E-Leaders meeting, e.g. /meetings/2015-tokyo/. */
export const meetingUrl = (id: string) => `/meetings/${id}/`;

/** URL of page `page` of the list of outcome documents: /statements/, /statements/2/, ... */
export const statementsUrl = (page = 1) => pageOf(LIST_URLS.statements, page);

/** Whether an entry slug would take the address of a page of its section's list (/statements/2/). */
export const isListPageSegment = (slug: string) => /^\d+$/.test(slug);

/** URL of a meeting statement, e.g. /statements/2015-tokyo/. */
export const statementUrl = (id: string) => `/statements/${id}/`;

/** URL of page `page` of the list of peer reviews: /reviews/, /reviews/2/, ... */
export const reviewsUrl = (page = 1) => pageOf(LIST_URLS.reviews, page);

/** The "who reviews whom" matrix of the peer reviews, on a page of its own. */
export const REVIEW_MATRIX_URL = '/reviews/matrix/';

/** Whether a review slug would take the address of a page of the reviews section (/reviews/2/, /reviews/matrix/). */
export const isReviewListSegment = (slug: string) => isListPageSegment(slug) || `${LIST_URLS.reviews}${slug}/` === REVIEW_MATRIX_URL;

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

/** The compare page's citation templates (src/citations/compare.ts), fetched by the page when it re-renders. */
export const COMPARE_CITATIONS_URL = '/compare/citations.json';

/** URL of a download of the default compare view, written by the build next to the page, e.g. /compare/dgi-2023-KOR.csv. */
export const compareFileUrl = (name: string) => `${LIST_URLS.compare}${name}`;

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
