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
  // Every practice page asks this of all practices, so the work per page is kept to counting: which practices carry
  // each principle and dimension, and the title order, are worked out once per list (sorting all practices on every
  // page made the build quadratic; so did a pair of small arrays per practice and page at 10,000 practices).
  const { holders, rank } = indexOf(all);
  const { principles, dimensions, country } = practice.data;
  const shared = new Uint16Array(all.length);
  for (const x of new Set(principles)) for (const i of holders.get(`p:${x}`) ?? []) shared[i]! += 1;
  for (const x of new Set(dimensions)) for (const i of holders.get(`d:${x}`) ?? []) shared[i]! += 1;
  // The best `limit`: most shared first, then by title; equal titles keep their order, as a stable sort would.
  const best: number[] = [];
  const before = (a: number, b: number) => shared[b]! - shared[a]! || rank[a]! - rank[b]!;
  for (let i = 0; i < all.length; i += 1) {
    if (shared[i] === 0) continue;
    const p = all[i]!;
    if (p.id === practice.id || p.data.country === country) continue;
    if (best.length === limit && before(i, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(i, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return best.map((i) => {
    const p = all[i]!;
    return { practice: p, principles: p.data.principles.filter((x) => principles.includes(x)), dimensions: p.data.dimensions.filter((x) => dimensions.includes(x)) };
  });
}

/** For a list of practices: the positions of those carrying each principle (`p:<id>`) and dimension (`d:<id>`), once per entry, and each one's place in title order. */
interface PracticeIndex { holders: Map<string, number[]>; rank: Uint32Array }
/** Per list, which is never changed once loaded (the hub's practices). */
const INDEXES = new WeakMap<readonly PracticeShape[], PracticeIndex>();

function indexOf(all: readonly PracticeShape[]): PracticeIndex {
  const hit = INDEXES.get(all);
  if (hit) return hit;
  const holders = new Map<string, number[]>();
  const hold = (key: string, i: number) => (holders.get(key) ?? holders.set(key, []).get(key)!).push(i);
  all.forEach((p, i) => {
    for (const x of p.data.principles) hold(`p:${x}`, i);
    for (const x of p.data.dimensions) hold(`d:${x}`, i);
  });
  const rank = new Uint32Array(all.length);
  all.map((_, i) => i).sort((a, b) => TITLES.compare(all[a]!.data.title, all[b]!.data.title) || a - b).forEach((i, r) => (rank[i] = r));
  const index = { holders, rank };
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
  const found = observations
    .filter((o) => o.iso3 === iso3 && o.indicator === composite && complete.has(o.edition))
    .sort((a, b) => b.edition - a.edition)[0];
  return found && { edition: found.edition, value: found.value };
}
