/**
 * The hub's content as pages need it: collections loaded once, sorted, and indexed by id.
 * Pages stay thin: they ask this module, never getCollection directly for joins.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { tablesOf } from '../indicators/dataset.ts';
import { datasetOf } from '../indicators/datasets.ts';
import type { EditionTable } from '../indicators/edition-table.ts';
import { practicesByCountry, type PracticesByCountry } from '../charts/peers/state.ts';
import { practiceLists, type Taxonomy } from './practice-lists.ts';
import { recommendationsUnder } from './related.ts';

export type Practice = CollectionEntry<'practices'>;
export type Statement = CollectionEntry<'statements'>;
export type Meeting = CollectionEntry<'meetings'>;
export type Review = CollectionEntry<'reviews'>;
export type Country = CollectionEntry<'countries'>;
export type Principle = CollectionEntry<'principles'>;
export type Dimension = CollectionEntry<'dimensions'>;
export type Indicator = CollectionEntry<'indicators'>;

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((e) => [e.id, e]));

/** Every collection, sorted the way lists show them, plus lookups by id. */
async function load() {
  const [countries, aggregates, principles, dimensions, indicators, meetings, statements, practices, reviews, observations] =
    await Promise.all([
      getCollection('countries'),
      getCollection('aggregates'),
      getCollection('principles'),
      getCollection('dimensions'),
      getCollection('indicators'),
      getCollection('meetings'),
      getCollection('statements'),
      getCollection('practices'),
      getCollection('reviews'),
      getCollection('observations'),
    ]);
  principles.sort((a, b) => a.data.n - b.data.n);
  meetings.sort((a, b) => b.data.year - a.data.year);
  statements.sort((a, b) => b.data.date.localeCompare(a.data.date));
  practices.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  reviews.sort((a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title, 'en'));
  indicators.sort((a, b) => ['dgi', 'ourdata', 'egdi'].indexOf(a.id) - ['dgi', 'ourdata', 'egdi'].indexOf(b.id));
  return {
    countries, aggregates, principles, dimensions, indicators, meetings, statements, practices, reviews,
    observations: observations.map((o) => o.data),
    country: byId(countries),
    aggregate: byId(aggregates),
    principle: byId(principles),
    dimension: byId(dimensions),
    meeting: byId(meetings),
    practice: byId(practices),
    indicator: byId(indicators),
  };
}

let loaded: ReturnType<typeof load> | undefined;

/**
 * The hub's content, loaded once per build: every page asks for it, and reloading and re-sorting every
 * collection per page made builds several times slower at scale (`npm run bench`). The dev server
 * reloads each time, so edits show at once.
 */
export function hub(): ReturnType<typeof load> {
  if (import.meta.env.DEV) return load();
  return (loaded ??= load());
}

/** The loaded hub. */
export type Hub = Awaited<ReturnType<typeof load>>;

/** Display name of a country or aggregate code. */
export function placeName(h: Hub, code: string): string {
  return h.country.get(code)?.data.name ?? h.aggregate.get(code)?.data.name ?? code;
}

/** URL of a country profile (defined in urls.ts, which the browser can import too). */
export { countryUrl } from '../lib/urls.ts';

/** Every edition table of an indicator, newest edition first: the tables of its dataset (src/indicators/dataset.ts). */
export function indicatorTables(h: Hub, id: string): EditionTable[] {
  return tablesOf(datasetOf(h, id));
}

/** The principle and its pillar label for a principle id. */
export function principleLabel(h: Hub, id: string): string {
  const p = h.principle.get(id);
  return p ? `${p.data.n}. ${p.data.short}` : id;
}

/** An outcome document's commitments; a document may state none. */
export function commitmentsOf(s: Statement): NonNullable<Statement['data']['commitments']> {
  return s.data.commitments ?? [];
}

/** The taxonomy's names as the lists of practices show them (src/content/practice-lists.ts). */
export function practiceTaxonomy(h: Hub): Taxonomy {
  return {
    principles: h.principles.map((p) => ({ id: p.id, label: principleLabel(h, p.id) })),
    dimensions: h.dimensions.map((d) => ({ id: d.id, label: d.data.name })),
    countryName: (iso3) => placeName(h, iso3),
  };
}

const browsing = new WeakMap<Hub, ReturnType<typeof practiceLists<Practice>>>();

/** Every list page of practices and the facets with their counts, computed once per loaded hub. */
export function practiceBrowse(h: Hub): ReturnType<typeof practiceLists<Practice>> {
  let b = browsing.get(h);
  if (!b) browsing.set(h, (b = practiceLists(h.practices, practiceTaxonomy(h))));
  return b;
}

const peerPracticeIndex = new WeakMap<Hub, PracticesByCountry>();

/** The practices "Peers like me" may suggest, by country, worked out once per loaded hub. */
export function peerPractices(h: Hub): PracticesByCountry {
  let p = peerPracticeIndex.get(h);
  if (!p) peerPracticeIndex.set(h, (p = practicesByCountry(h.practices.map((x) => ({ id: x.id, title: x.data.title, country: x.data.country, dimensions: x.data.dimensions })))));
  return p;
}

/**
 * What is filed under a principle besides practices: the statement commitments (newest statement first) and the
 * recommendations of published peer reviews (newest review first).
 */
export function underPrinciple(h: Hub, id: string) {
  return {
    commitments: h.statements.flatMap((statement) => commitmentsOf(statement).filter((c) => c.principles.includes(id)).map((commitment) => ({ statement, commitment }))),
    recommendations: recommendationsUnder(id, h.reviews.filter((r) => r.data.status === 'published')),
  };
}
