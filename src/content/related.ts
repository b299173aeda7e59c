/**
 * Related knowledge across the hub: practices like a given one in other countries, the outcome documents whose
 * commitments a practice serves, the review recommendations under a principle, and a country's latest indicator
 * value. Pure: plain data in, plain data out (no Astro), unit-tested.
 */
import type { CommitmentReport } from './follow-up.ts';

/** The smallest practice these helpers need. */
export interface PracticeShape {
  id: string;
  data: { title: string; country: string; principles: readonly string[]; dimensions: readonly string[] };
}

/** A practice like another, with what they share. */
export interface RelatedPractice<P extends PracticeShape> {
  practice: P;
  principles: string[];
  dimensions: string[];
}

/**
 * Practices from other countries that share a principle or a dimension with `practice`, the most shared first
 * (principles and dimensions count alike), then by title; at most `limit`.
 */
export function relatedPractices<P extends PracticeShape>(practice: PracticeShape, all: readonly P[], limit = 4): RelatedPractice<P>[] {
  // Every practice page asks this of all practices, so the work per page is one pass over typed arrays worked out
  // once per list (sorting all practices on every page made the build quadratic; so did reading each practice's
  // arrays and fields on every page, which still cost 1.5 ms a page at 10,000 practices).
  const { byTitle, principleBits, dimensionBits, countries, countryOf, bitsOf } = indexOf(all);
  const myPrinciples = bitsOf('p', practice.data.principles);
  const myDimensions = bitsOf('d', practice.data.dimensions);
  const myCountry = countryOf.get(practice.data.country) ?? -1;
  const most = popcount(myPrinciples) + popcount(myDimensions);
  // The first `limit` practices in title order for each number shared: the best are then the first `limit` from the top.
  const firsts: number[][] = Array.from({ length: most + 1 }, () => []);
  for (let r = 0; r < byTitle.length; r += 1) {
    const i = byTitle[r]!;
    const n = popcount(principleBits[i]! & myPrinciples) + popcount(dimensionBits[i]! & myDimensions);
    if (n === 0 || firsts[n]!.length === limit || countries[i]! === myCountry || all[i]!.id === practice.id) continue;
    firsts[n]!.push(i);
    if (n === most && firsts[n]!.length === limit) break;
  }
  const best = firsts.reverse().flat().slice(0, limit);
  const { principles, dimensions } = practice.data;
  return best.map((i) => {
    const p = all[i]!;
    return { practice: p, principles: p.data.principles.filter((x) => principles.includes(x)), dimensions: p.data.dimensions.filter((x) => dimensions.includes(x)) };
  });
}

/** The number of bits set in a 32-bit integer. */
function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n += 1;
  return n;
}

/**
 * For a list of practices: their positions in title order, and each one's principles and dimensions as bits and its
 * country as a number, so that a page's pass over them reads no object. Principles and dimensions are relations the
 * schema keeps unique, 12 and 6 in the Recommendation and the Framework: 32 of each fit.
 */
interface PracticeIndex {
  byTitle: Uint32Array;
  principleBits: Uint32Array;
  dimensionBits: Uint32Array;
  countries: Int32Array;
  countryOf: Map<string, number>;
  bitsOf: (kind: 'p' | 'd', ids: readonly string[]) => number;
}
/** Per list, which is never changed once loaded (the hub's practices). */
const INDEXES = new WeakMap<readonly PracticeShape[], PracticeIndex>();

function indexOf(all: readonly PracticeShape[]): PracticeIndex {
  const hit = INDEXES.get(all);
  if (hit) return hit;
  const bit = new Map<string, number>();
  const kinds = { p: 0, d: 0 };
  const bitsOf = (kind: 'p' | 'd', ids: readonly string[]) => {
    let bits = 0;
    for (const id of ids) {
      let b = bit.get(`${kind}:${id}`);
      if (b === undefined) {
        if (kinds[kind] === 32) throw new Error(`related practices: more than 32 ${kind === 'p' ? 'principles' : 'dimensions'} (src/content/related.ts counts them in 32 bits)`);
        bit.set(`${kind}:${id}`, (b = kinds[kind]++));
      }
      bits |= 1 << b;
    }
    return bits;
  };
  const countryOf = new Map<string, number>();
  const principleBits = new Uint32Array(all.length);
  const dimensionBits = new Uint32Array(all.length);
  const countries = new Int32Array(all.length);
  all.forEach((p, i) => {
    principleBits[i] = bitsOf('p', p.data.principles);
    dimensionBits[i] = bitsOf('d', p.data.dimensions);
    if (!countryOf.has(p.data.country)) countryOf.set(p.data.country, countryOf.size);
    countries[i] = countryOf.get(p.data.country)!;
  });
  const byTitle = Uint32Array.from(all.map((_, i) => i).sort((a, b) => TITLES.compare(all[a]!.data.title, all[b]!.data.title) || a - b));
  const index = { byTitle, principleBits, dimensionBits, countries, countryOf, bitsOf };
  INDEXES.set(all, index);
  return index;
}

/** Titles in English alphabetical order (as `localeCompare(…, 'en')`, with one collator for every comparison). */
const TITLES = new Intl.Collator('en');

/** The smallest commitment and outcome document these helpers need. */
export interface CommitmentShape {
  text: string;
  principles: readonly string[];
  followUp?: readonly CommitmentReport[] | undefined;
}
export interface StatementShape {
  id: string;
  data: { title: string; commitments?: readonly CommitmentShape[] | undefined };
}

/** An outcome document's commitments that concern a practice, and whether a follow-up report cites it. */
export interface ServedStatement<S extends StatementShape> {
  statement: S;
  commitments: { commitment: CommitmentShape; citedAsEvidence: boolean }[];
  /** Some follow-up report of these commitments lists the practice as evidence. */
  cited: boolean;
}

/**
 * The outcome documents with commitments filed under a principle of the practice. A commitment whose follow-up
 * lists the practice as evidence is marked; documents that cite it come first, then by most commitments.
 */
export function statementsServed<S extends StatementShape>(practice: PracticeShape, statements: readonly S[]): ServedStatement<S>[] {
  return statements
    .map((statement) => {
      const commitments = (statement.data.commitments ?? [])
        .filter((c) => c.principles.some((p) => practice.data.principles.includes(p)))
        .map((commitment) => ({
          commitment,
          citedAsEvidence: (commitment.followUp ?? []).some((f) => f.practices?.includes(practice.id)),
        }));
      return { statement, commitments, cited: commitments.some((c) => c.citedAsEvidence) };
    })
    .filter((s) => s.commitments.length > 0)
    .sort((a, b) => Number(b.cited) - Number(a.cited) || b.commitments.length - a.commitments.length);
}

/** The smallest review these helpers need. */
export interface ReviewShape {
  id: string;
  data: { title: string; recommendations?: readonly { id: string; text: string; principle: string; section?: string | undefined }[] | undefined };
}

/** Every recommendation of every review filed under `principle`, with its review, in the reviews' order. */
export function recommendationsUnder<R extends ReviewShape>(principle: string, reviews: readonly R[]) {
  return reviews.flatMap((review) =>
    (review.data.recommendations ?? []).filter((x) => x.principle === principle).map((recommendation) => ({ review, recommendation })),
  );
}

/** The smallest indicator definition and observation these helpers need. */
export interface IndicatorShape {
  metrics: readonly { id: string; composite?: boolean | undefined }[];
  /** `partial`, when set, says why an edition is partial (any value marks it). */
  editions: readonly { year: number; partial?: unknown }[];
}
export interface ObservationShape {
  iso3: string;
  edition: number;
  indicator: string;
  value: string;
}

/**
 * A country's composite value in the newest complete (not partial) edition where it has one, as published;
 * undefined when no complete edition has a value for it.
 */
export function latestComplete(def: IndicatorShape, observations: readonly ObservationShape[], iso3: string): { edition: number; value: string } | undefined {
  const composite = def.metrics.find((m) => m.composite)?.id;
  if (!composite) return undefined;
  const complete = new Set(def.editions.filter((e) => !e.partial).map((e) => e.year));
  const found = byCountry(observations)
    .get(`${composite}|${iso3}`)
    ?.filter((o) => complete.has(o.edition))
    .sort((a, b) => b.edition - a.edition)[0];
  return found && { edition: found.edition, value: found.value };
}

/** A list's observations by `<indicator>|<iso3>`, worked out once per list: every practice page asks for two values. */
const BY_COUNTRY = new WeakMap<readonly ObservationShape[], Map<string, ObservationShape[]>>();
function byCountry(observations: readonly ObservationShape[]): Map<string, ObservationShape[]> {
  let map = BY_COUNTRY.get(observations);
  if (!map) BY_COUNTRY.set(observations, (map = Map.groupBy(observations, (o) => `${o.indicator}|${o.iso3}`)));
  return map;
}

/** The observations of one dataset, out of a list of several, the same array every time it is asked for (so indexes built on it are kept). */
const BY_DATASET = new WeakMap<readonly (ObservationShape & { dataset: string })[], Map<string, ObservationShape[]>>();
export function observationsOf<O extends ObservationShape & { dataset: string }>(all: readonly O[], dataset: string): readonly O[] {
  let map = BY_DATASET.get(all);
  if (!map) BY_DATASET.set(all, (map = Map.groupBy(all, (o) => o.dataset)));
  return (map.get(dataset) ?? []) as O[];
}
