/**
 * THE table of page types and their size budgets. `npm test` checks every built page against its type's
 * budget (test/e2e/budgets.test.ts); `npm run bench:pages` reports bytes per type and runs Lighthouse on
 * the types marked `lighthouse`.
 *
 * To add a page type: add a row above `other` with a `match` on its URL path, an example `sample` path,
 * and its budget. The first row that matches a page wins; a page no row names falls into `other`, which
 * holds it to the budget of a content page.
 */

/** Deterministic limits, in bytes after gzip (zlib level 6). */
export interface Budget {
  /** The HTML document, inline styles and scripts included. */
  htmlGzip: number;
  /**
   * JavaScript the page loads before anyone interacts with it: inline scripts, `<script src>`,
   * modulepreloads and their static imports (lazy `import()` is not counted). `null`: not budgeted yet.
   */
  jsGzip: number | null;
}

/** One kind of page. */
export interface PageType {
  id: string;
  label: string;
  /** Which built pages are of this type, tested on the URL path (e.g. "/practices/est-x-road/"). */
  match: RegExp;
  /** A page of this type that exists in the real content, for the report and Lighthouse. */
  sample?: string;
  /** Whether `bench:pages` runs Lighthouse on it. */
  lighthouse?: boolean;
  /** `null`: not a page for readers (e.g. the CMS), so not held to a budget. */
  budget: Budget | null;
  /** Set while another issue still has to build this type; until then its absence is not a failure. */
  planned?: string;
  /** Why the budget differs from a content page's, when it does. */
  reason?: string;
}

/** Reading pages: no JavaScript at all (search only loads its code once used), HTML within 30 kB. */
export const CONTENT_PAGE: Budget = { htmlGzip: 30_000, jsGzip: 0 };

/** Every page type, most specific first; `other` last. */
export const PAGE_TYPES: readonly PageType[] = [
  { id: 'home', label: 'Home', match: /^\/$/, sample: '/', lighthouse: true, budget: CONTENT_PAGE },
  // Lists of practices come before a practice: /practices/2/ and /practices/by-title/ are list pages (src/lib/urls.ts).
  { id: 'practices', label: 'Practice list', match: /^\/practices\/((by-title|by-country)\/)?(\d+\/)?$/, sample: '/practices/', budget: CONTENT_PAGE,
    reason: 'at most 96 practices a page (PAGE_SIZE in src/lib/urls.ts), so the page does not grow with the corpus' },
  { id: 'practice-facet', label: 'Practice list of a facet', match: /^\/practices\/(principle|dimension|country|status|year)\/[^/]+\/(\d+\/)?$/, sample: '/practices/principle/3/', budget: CONTENT_PAGE,
    reason: 'the practices of one principle, dimension, country, status or start year, at most 96 a page' },
  { id: 'practice', label: 'Practice', match: /^\/practices\/[^/]+\/$/, sample: '/practices/est-x-road/', lighthouse: true, budget: CONTENT_PAGE },
  { id: 'country', label: 'Country', match: /^\/countries\/[^/]+\/$/, sample: '/countries/kor/', lighthouse: true, budget: CONTENT_PAGE,
    reason: 'sums up every indicator in one table; the charts, peers and values are on its page per indicator' },
  { id: 'country-indicator', label: 'Country on an indicator', match: /^\/countries\/[^/]+\/[^/]+\/$/, sample: '/countries/kor/egdi/', lighthouse: true, budget: CONTENT_PAGE },
  { id: 'countries', label: 'Country list', match: /^\/countries\/$/, sample: '/countries/', budget: CONTENT_PAGE },
  { id: 'principle', label: 'Principle', match: /^\/principles\/[^/]+\/$/, sample: '/principles/3/', budget: CONTENT_PAGE },
  { id: 'dimension', label: 'Dimension', match: /^\/dimensions\/[^/]+\/$/, sample: '/dimensions/data_driven_public_sector/', budget: CONTENT_PAGE,
    reason: 'the 12 most recent practices of the dimension and a link to its list, so the page does not grow with the corpus' },
  { id: 'principle-list', label: "A principle's commitments or recommendations", match: /^\/principles\/[^/]+\/(commitments|recommendations)\/(\d+\/)?$/, sample: '/principles/3/commitments/', budget: CONTENT_PAGE,
    reason: 'at most 96 a page (PAGE_SIZE in src/lib/urls.ts); the principle page shows the 12 most recent of each' },
  { id: 'principles', label: 'Principle list', match: /^\/principles\/$/, sample: '/principles/', budget: CONTENT_PAGE },
  {
    id: 'indicator', label: 'Indicator', match: /^\/indicators\/[^/]+\/$/, sample: '/indicators/dgi/',
    budget: { htmlGzip: 45_000, jsGzip: 0 },
    reason: 'the latest complete edition in full (ranking chart and table of every value, without JavaScript): the EGDI covers 193 countries and 5 measures',
  },
  {
    id: 'indicator-edition', label: 'Indicator edition', match: /^\/indicators\/[^/]+\/\d{4}\/$/, sample: '/indicators/egdi/2024/',
    budget: { htmlGzip: 45_000, jsGzip: 0 },
    reason: 'one edition in full (ranking chart and table of every value, without JavaScript): the EGDI covers 193 countries and 5 measures',
  },
  { id: 'indicators', label: 'Indicator list', match: /^\/indicators\/$/, sample: '/indicators/', budget: CONTENT_PAGE },
  { id: 'meeting', label: 'Meeting', match: /^\/meetings\/[^/]+\/$/, sample: '/meetings/2015-tokyo/', budget: CONTENT_PAGE },
  { id: 'meetings', label: 'Meeting list', match: /^\/meetings\/$/, sample: '/meetings/', budget: CONTENT_PAGE },
  { id: 'statements', label: 'Statement list', match: /^\/statements\/(\d+\/)?$/, sample: '/statements/', budget: CONTENT_PAGE,
    reason: 'at most 96 outcome documents a page (PAGE_SIZE in src/lib/urls.ts)' },
  { id: 'statement', label: 'Statement', match: /^\/statements\/[^/]+\/$/, sample: '/statements/2015-tokyo/', budget: CONTENT_PAGE },
  {
    id: 'reviews', label: 'Peer review list', match: /^\/reviews\/(\d+\/)?$/, sample: '/reviews/',
    budget: { htmlGzip: 30_000, jsGzip: 2_000 },
    reason: 'the list filters (status, reviewer, country, principle) run in the page (<hub-review-filter>, about 1 kB gzipped); without JavaScript the whole page of the list shows (96 reviews a page, PAGE_SIZE in src/lib/urls.ts)',
  },
  // Before a review: /reviews/matrix/ is not a review (the content check refuses a review file named "matrix").
  { id: 'review-matrix', label: 'Who reviews whom', match: /^\/reviews\/matrix\/$/, sample: '/reviews/matrix/', budget: CONTENT_PAGE,
    reason: 'at most 30 reviewers × 30 reviewed countries (MATRIX_LIMITS in src/charts/matrix/bound.ts), saying how many are left out; every pair is a download (/data/review-pairs.csv), so the page does not grow with the corpus' },
  { id: 'review', label: 'Peer review', match: /^\/reviews\/[^/]+\/$/, sample: '/reviews/nor-digital-government-review-2017/', budget: CONTENT_PAGE },
  // The default view is in the page; <hub-compare> (about 28 kB gzipped) loads once the controls are used, or at
  // once for a view in the address; test/e2e/budgets.test.ts holds the two together to this budget.
  { id: 'compare', label: 'Compare countries', match: /^\/compare\//, sample: '/compare/', lighthouse: true, budget: { htmlGzip: 30_000, jsGzip: 35_000 } },
  // The search page loads Pagefind's code (about 40 kB gzipped) once the box or the filters are used, or at once
  // for a search in the address; what a query costs is measured by `npm run bench:search`.
  { id: 'search', label: 'Search', match: /^\/search\/$/, sample: '/search/', lighthouse: true, budget: { htmlGzip: 30_000, jsGzip: 5_000 },
    reason: 'the element that keeps the search in the URL and loads Pagefind when it is needed (about 3 kB gzipped)' },
  { id: 'cms', label: 'CMS (editors only)', match: /^\/admin\//, sample: '/admin/', budget: null },
  { id: 'not-found', label: 'Not found', match: /^\/404(\.html|\/)$/, sample: '/404.html', budget: CONTENT_PAGE },
  { id: 'other', label: 'Other pages', match: /^\//, budget: CONTENT_PAGE },
];

/** The type of the page at `urlPath`: the first row that matches. */
export function pageTypeOf(urlPath: string, types: readonly PageType[] = PAGE_TYPES): PageType {
  const t = types.find((x) => x.match.test(urlPath));
  if (!t) throw new Error(`no page type matches ${urlPath}: the last row of PAGE_TYPES must match every path`);
  return t;
}

/** The URL path of a built HTML file, from its path inside dist/ ("practices/x/index.html" -> "/practices/x/"). */
export function urlPathOf(file: string): string {
  const f = file.replace(/\\/g, '/').replace(/^\/+/, '');
  return `/${f.replace(/(^|\/)index\.html$/, '$1')}`;
}
