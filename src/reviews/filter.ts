/**
 * Filtering the list of peer reviews by status, reviewer, reviewed country and principle.
 * Shared by the page (which writes each row's data-* attributes) and the <hub-review-filter> element.
 */

/** The filters, in the order the form shows them; each is also a URL query parameter. */
export const FILTER_KEYS = ['status', 'reviewer', 'country', 'principle'] as const;

/** One filter key. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The chosen value of each filter; empty or absent means "any". */
export type Filter = Partial<Record<FilterKey, string>>;

/** What a row of the list says about its review. */
export interface FilterRow {
  status: string;
  reviewers: readonly string[];
  country: string;
  principles: readonly string[];
}

/** Separator of list values inside one data-* attribute (body names contain spaces). */
export const LIST_SEPARATOR = '|';

/** A list as one data-* attribute value. */
export const joinList = (values: readonly string[]) => values.join(LIST_SEPARATOR);

/** A data-* attribute value back to its list. */
export const splitList = (value: string | undefined) => (value ? value.split(LIST_SEPARATOR) : []);

/** Whether a review row passes every chosen filter. */
export function matches(row: FilterRow, f: Filter): boolean {
  return (
    (!f.status || row.status === f.status) &&
    (!f.reviewer || row.reviewers.includes(f.reviewer)) &&
    (!f.country || row.country === f.country) &&
    (!f.principle || row.principles.includes(f.principle))
  );
}

/** "Showing 3 of 7 reviews." */
export function countText(shown: number, total: number): string {
  const noun = total === 1 ? 'review' : 'reviews';
  return shown === total ? `Showing all ${total} ${noun}.` : `Showing ${shown} of ${total} ${noun}.`;
}
