/**
 * /data/review-pairs.csv: who reviewed whom, complete. One row per reviewer of a review (a reviewing body or a
 * peer country), so the "who reviews whom" matrix, which draws only the most active reviewers and countries,
 * loses nothing: counting the rows by reviewer and country gives every cell of the whole matrix.
 * Pure: takes the reviews as `{ id, data }` and a way to name a country.
 */
import { reviewersOf, type ReviewLike } from '../content/reviews.ts';
import { reviewUrl } from '../lib/urls.ts';
import type { Column } from './tables.ts';

/** The table as datapackage.json and the list of downloads name it; it belongs with the reviews. */
export const REVIEW_PAIRS = {
  name: 'review-pairs',
  title: 'Who reviewed whom',
  description:
    'One row per reviewer of a peer review, of any status: a reviewing body or a peer country, and the reviewed country. ' +
    'Counting the rows by reviewer and reviewed country gives the "who reviews whom" matrix in full.',
  model: 'reviews',
} as const;

/** The columns, in order. */
export const REVIEW_PAIR_COLUMNS: readonly Column[] = [
  { name: 'review', type: 'string', title: 'Review', description: "The review's id (its file name under content/reviews/)" },
  { name: 'page', type: 'string', title: 'Page', description: 'Address of the review on the hub' },
  { name: 'reviewer', type: 'string', title: 'Reviewer', description: 'ISO 3166-1 alpha-3 code of a peer country, or the name of a reviewing body' },
  { name: 'reviewerKind', type: 'string', title: 'Kind of reviewer', description: 'country (a peer country) or body (a reviewing body)' },
  { name: 'reviewerName', type: 'string', title: 'Reviewer name', description: "The country's name, or the body's" },
  { name: 'lead', type: 'boolean', title: 'Lead', description: 'true when this reviewer led the review' },
  { name: 'country', type: 'string', title: 'Reviewed country', description: 'ISO 3166-1 alpha-3 code of the reviewed country (for a practice, its country)' },
  { name: 'countryName', type: 'string', title: 'Reviewed country name', description: "The reviewed country's name" },
  { name: 'practice', type: 'string', title: 'Practice', description: 'The reviewed practice, empty for a review of the whole country' },
  { name: 'status', type: 'string', title: 'Status', description: 'requested, in-progress or published' },
  { name: 'year', type: 'integer', title: 'Year', description: 'Year of publication (of the request until then)' },
];

/**
 * The rows, review by review in the order given, each review's reviewers as the matrix counts them: bodies first,
 * then peer countries, a reviewer listed twice once. `name` names an ISO3 code.
 */
export function reviewPairRows(reviews: readonly ReviewLike[], name: (iso3: string) => string): Record<string, string>[] {
  return reviews.flatMap(({ id, data: r }) => {
    const countries = new Set(r.reviewers ?? []);
    return [...new Set(reviewersOf(r))].map((who) => ({
      review: id,
      page: reviewUrl(id),
      reviewer: who,
      reviewerKind: countries.has(who) ? 'country' : 'body',
      reviewerName: countries.has(who) ? name(who) : who,
      lead: String(r.lead === who),
      country: r.country,
      countryName: name(r.country),
      practice: r.practice ?? '',
      status: r.status,
      year: String(r.year),
    }));
  });
}
