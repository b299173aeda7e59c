/**
 * The compare page's state and its permalink: `?countries=KOR,DNK,EST&indicator=dgi&edition=2023`.
 * Parsing never throws: anything unknown is dropped, the defaults fill in, and `problems` says what changed. Pure.
 */

/** At most this many countries are compared at once. */
export const MAX_COUNTRIES = 12;

/** What the compare page shows. */
export interface Selection {
  indicator: string;
  edition: number;
  countries: string[];
}

/** The choices the page offers: indicators and their editions, and the default selection. */
export interface Catalog {
  indicators: {
    id: string;
    shortName: string;
    name: string;
    /** Newest first; `countries` is how many countries have a value (0: the OECD average only). */
    editions: { year: number; series: string; countries: number; partial?: boolean }[];
    /** The edition shown when none is asked for: the newest complete one with country values. */
    latest: number;
  }[];
  defaults: { indicator: string; countries: string[] };
}

/** How an edition is named in the edition menu: its year, and whether it covers only part of the edition or only the OECD average. */
export function editionLabel(e: { year: number; countries: number; partial?: boolean }): string {
  if (!e.countries) return `${e.year} (OECD average only)`;
  return e.partial ? `${e.year} (partial)` : String(e.year);
}

/** A selection as asked for (from the address or a control), before it is checked. */
export interface Query {
  indicator?: string;
  edition?: number;
  countries?: string[];
}

/** Reads the address's query string; only the three known parameters count. */
export function parseQuery(search: string): Query {
  const p = new URLSearchParams(search);
  const q: Query = {};
  const indicator = p.get('indicator');
  if (indicator) q.indicator = indicator.trim().toLowerCase();
  const edition = p.get('edition');
  if (edition && /^\d{4}$/.test(edition.trim())) q.edition = Number(edition.trim());
  const countries = p.get('countries');
  if (countries !== null) q.countries = countries.split(/[,\s]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
  return q;
}

/** The permalink's query string for a selection. */
export function toQuery(s: Selection): string {
  return `?countries=${s.countries.join(',')}&indicator=${s.indicator}&edition=${s.edition}`;
}

/** Whether a code can be a country code (three capital letters). */
const isCode = (c: string) => /^[A-Z]{3}$/.test(c);

/**
 * Turns a query into a valid selection. `known` (the hub's names by code) filters the countries once the data
 * is loaded; without it, only the form of each code is checked.
 */
export function resolveQuery(q: Query, catalog: Catalog, known?: Readonly<Record<string, string>>): { selection: Selection; problems: string[] } {
  const problems: string[] = [];
  let ind = catalog.indicators.find((i) => i.id === q.indicator);
  if (!ind) {
    ind = catalog.indicators.find((i) => i.id === catalog.defaults.indicator) ?? catalog.indicators[0]!;
    if (q.indicator) problems.push(`There is no indicator "${q.indicator}"; showing the ${ind.shortName}.`);
  }
  let edition = q.edition;
  if (edition === undefined || !ind.editions.some((e) => e.year === edition)) {
    if (edition !== undefined) problems.push(`The ${ind.shortName} has no ${edition} edition; showing ${ind.latest}.`);
    edition = ind.latest;
  }
  const asked = [...new Set(q.countries ?? [])];
  const unknown = asked.filter((c) => !isCode(c) || (known && !(c in known)));
  if (unknown.length) problems.push(`Left out unknown country code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}.`);
  let countries = asked.filter((c) => !unknown.includes(c));
  if (countries.length > MAX_COUNTRIES) {
    problems.push(`At most ${MAX_COUNTRIES} countries can be compared; kept the first ${MAX_COUNTRIES}.`);
    countries = countries.slice(0, MAX_COUNTRIES);
  }
  if (countries.length === 0) {
    if (q.countries) problems.push('No country was given; showing the default selection.');
    countries = [...catalog.defaults.countries];
  }
  return { selection: { indicator: ind.id, edition, countries }, problems };
}
