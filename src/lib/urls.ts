/** Page addresses, importable in the browser too (hub-data.ts needs Astro's content layer). */

/** URL of a country profile, e.g. /countries/kor/ (hub-data.ts re-exports it). */
export const countryUrl = (iso3: string) => `/countries/${iso3.toLowerCase()}/`;

/** URL of an indicator page, e.g. /indicators/dgi/. */
export const indicatorUrl = (id: string) => `/indicators/${id}/`;

/** URL of one edition of an indicator, e.g. /indicators/egdi/2024/. */
export const indicatorEditionUrl = (id: string, year: number) => `/indicators/${id}/${year}/`;

/** URL of a practice. */
export const practiceUrl = (slug: string) => `/practices/${slug}/`;

/** Addresses of a dataset's static downloads. */
export const dataUrls = (id: string) => ({ csv: `/data/${id}.csv`, json: `/data/${id}.json` });
