/**
 * Peer reviews as pages need them: who reviewed, which principles a review concerns, where a practice's
 * review stands, and how much of the hub's practices peers have reviewed. Pure: no Astro, unit-tested.
 */
import type { ReviewEntry } from '../schemas/review.ts';

/** The smallest review a helper needs: its id and frontmatter. */
export interface ReviewLike {
  id: string;
  data: ReviewEntry;
}

/** The smallest practice a helper needs. */
export interface PracticeLike {
  id: string;
  data: { country: string; principles: readonly string[] };
}

/** Everyone who reviewed: reviewing bodies first, then peer countries (ISO3 codes), as written. */
export function reviewersOf(r: ReviewEntry): string[] {
  return [...(r.bodies ?? []), ...(r.reviewers ?? [])];
}

/** The principles a review concerns: a reviewed practice's principles, then those assessed or recommended on. */
export function reviewPrinciples(r: ReviewEntry, practice?: PracticeLike): string[] {
  const all = [
    ...(practice?.data.principles ?? []),
    ...(r.assessment ?? []).map((a) => a.principle),
    ...(r.recommendations ?? []).map((x) => x.principle),
  ];
  return [...new Set(all)].sort((a, b) => Number(a) - Number(b));
}

/** The date a review is known by: its completion date, else its request date, else its year. */
export function reviewDate(r: ReviewEntry): string {
  return r.completed ?? r.requested ?? String(r.year);
}

const newestFirst = (a: ReviewLike, b: ReviewLike) => reviewDate(b.data).localeCompare(reviewDate(a.data));

/**
 * A list's reviews by the practice they review and by the practices they discuss, newest first, worked out once per
 * list: every practice page and every practice card asks, and reviews grow with the practices.
 */
interface ReviewIndex<R> { of: Map<string, R[]>; discussing: Map<string, R[]> }
const INDEXES = new WeakMap<readonly ReviewLike[], ReviewIndex<ReviewLike>>();
function indexOf<R extends ReviewLike>(reviews: readonly R[]): ReviewIndex<R> {
  let index = INDEXES.get(reviews) as ReviewIndex<R> | undefined;
  if (!index) {
    const of = new Map<string, R[]>();
    const discussing = new Map<string, R[]>();
    const add = (map: Map<string, R[]>, key: string, r: R) => (map.get(key) ?? map.set(key, []).get(key)!).push(r);
    for (const r of [...reviews].sort(newestFirst)) {
      if (r.data.practice) add(of, r.data.practice, r);
      if (r.data.status === 'published') for (const id of new Set(r.data.discusses ?? [])) if (id !== r.data.practice) add(discussing, id, r);
    }
    INDEXES.set(reviews, (index = { of, discussing }));
  }
  return index;
}

/** Where a practice's peer review stands: its newest published review, and the reviews still under way. */
export function practiceReviewState(reviews: readonly ReviewLike[], practiceId: string) {
  const own = indexOf(reviews).of.get(practiceId) ?? [];
  return {
    published: own.find((r) => r.data.status === 'published'),
    pending: own.filter((r) => r.data.status !== 'published'),
  };
}

/** The published reviews whose report discusses a practice (other than reviewing it), newest first. */
export function reviewsDiscussing<R extends ReviewLike>(reviews: readonly R[], practiceId: string): R[] {
  return [...(indexOf(reviews).discussing.get(practiceId) ?? [])];
}

/** The reviews a country received (of itself or of its practices) and gave (as a peer or as lead). */
export function countryReviews(reviews: readonly ReviewLike[], iso3: string) {
  return {
    received: reviews.filter((r) => r.data.country === iso3),
    given: reviews.filter((r) => (r.data.reviewers ?? []).includes(iso3)),
  };
}

/** How many practices a group holds and how many of them have a published peer review. */
export interface CoverageRow {
  key: string;
  practices: number;
  reviewed: number;
}

/** Adds one practice to the row of `key`, creating the row when needed. */
function tally(rows: Map<string, CoverageRow>, key: string, reviewed: boolean) {
  const row = rows.get(key) ?? { key, practices: 0, reviewed: 0 };
  row.practices += 1;
  if (reviewed) row.reviewed += 1;
  rows.set(key, row);
}

/**
 * The share of practices with a published peer review: overall, by principle (a practice counts under each
 * of its principles) and by country. Every principle in `principleIds` gets a row, even with no practice.
 */
export function coverage(practices: readonly PracticeLike[], reviews: readonly ReviewLike[], principleIds: readonly string[]) {
  const reviewed = new Set(reviews.filter((r) => r.data.status === 'published' && r.data.practice).map((r) => r.data.practice!));
  const total: CoverageRow = { key: 'all', practices: 0, reviewed: 0 };
  const byPrinciple = new Map(principleIds.map((id) => [id, { key: id, practices: 0, reviewed: 0 }]));
  const byCountry = new Map<string, CoverageRow>();
  for (const p of practices) {
    const done = reviewed.has(p.id);
    total.practices += 1;
    if (done) total.reviewed += 1;
    for (const id of p.data.principles) tally(byPrinciple, id, done);
    tally(byCountry, p.data.country, done);
  }
  return { total, byPrinciple: [...byPrinciple.values()], byCountry: [...byCountry.values()] };
}

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** "40%", or undefined for a group with no practice (a share of nothing is not 0%). */
export function sharePercent(row: CoverageRow): string | undefined {
  return row.practices ? PERCENT.format(row.reviewed / row.practices) : undefined;
}

/** "2 of 5 (40%)"; a group with no practice says "no practice". */
export function shareText(row: CoverageRow): string {
  return row.practices ? `${row.reviewed} of ${row.practices} (${sharePercent(row)})` : 'no practice';
}

/** "A", "A and B", "A, B and C". */
export function listText(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
