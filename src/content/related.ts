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
  const { principles, dimensions, country } = practice.data;
  // One pass keeping the best `limit` (every practice page runs this over all practices: sorting them all made the
  // build quadratic with a string comparison per step). Equal candidates keep their order, as a stable sort would.
  const best: RelatedPractice<P>[] = [];
  const shared = (r: RelatedPractice<P>) => r.principles.length + r.dimensions.length;
  const before = (a: RelatedPractice<P>, b: RelatedPractice<P>) => shared(b) - shared(a) || TITLES.compare(a.practice.data.title, b.practice.data.title);
  for (const p of all) {
    if (p.id === practice.id || p.data.country === country) continue;
    const r = { practice: p, principles: p.data.principles.filter((x) => principles.includes(x)), dimensions: p.data.dimensions.filter((x) => dimensions.includes(x)) };
    if (shared(r) === 0) continue;
    if (best.length === limit && before(r, best[limit - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && before(r, best[i - 1]!) < 0) i -= 1;
    best.splice(i, 0, r);
    if (best.length > limit) best.pop();
  }
  return best;
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
