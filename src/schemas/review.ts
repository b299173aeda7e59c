/**
 * A peer review of a country or of one of its practices (content/reviews/<slug>.mdx).
 * The rules across fields (no self-review, dates in order, follow-up of known recommendations...) are in
 * review-rules.ts.
 */
import type { EntryOf, Field } from './fields.ts';
import { FOLLOW_UP_STATUSES } from './follow-up.ts';
import { linkFields } from './practice.ts';

/** Where a review stands. */
export const REVIEW_STATUSES = [
  { value: 'requested', label: 'Requested' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'published', label: 'Published' },
] as const;

/** The four levels of a per-principle assessment, lowest first. */
export const RATINGS = [
  { value: 'emerging', label: 'Emerging' },
  { value: 'developing', label: 'Developing' },
  { value: 'established', label: 'Established' },
  { value: 'leading', label: 'Leading' },
] as const;

/** How urgent a recommendation is. */
export const PRIORITIES = [
  { value: 'high', label: 'High' },
  { value: 'medium', label: 'Medium' },
  { value: 'low', label: 'Low' },
] as const;

/** One rating of the review against a principle. */
export const assessmentFields = [
  { name: 'principle', label: 'Principle', kind: 'relation', collection: 'principles', required: true, hint: 'For a practice, one of the principles the practice is filed under' },
  { name: 'rating', label: 'Rating', kind: 'select', options: RATINGS, required: true, hint: 'Emerging, developing, established or leading' },
  { name: 'comment', label: 'Comment', kind: 'text', required: true, hint: 'Why the reviewers gave this rating, in one or two sentences' },
] as const satisfies readonly Field[];

/** One recommendation of the review. */
export const recommendationFields = [
  { name: 'id', label: 'Reference', kind: 'string', required: true, hint: 'Short and unique within this review, e.g. R1; follow-ups point at it' },
  { name: 'text', label: 'Recommendation', kind: 'text', required: true },
  { name: 'principle', label: 'Principle', kind: 'relation', collection: 'principles', required: true },
  { name: 'priority', label: 'Priority', kind: 'select', options: PRIORITIES, required: false, hint: 'Only when the report gives one; most reports do not' },
  { name: 'section', label: 'Where in the report', kind: 'string', required: false, hint: 'Chapter or section, e.g. "Executive summary" or "Chapter 2"' },
] as const satisfies readonly Field[];

/** One follow-up report on a recommendation; a recommendation may have several, over time. */
export const reviewFollowUpFields = [
  { name: 'recommendation', label: 'Recommendation', kind: 'string', required: true, hint: 'The reference of a recommendation above, e.g. R1' },
  { name: 'status', label: 'Status', kind: 'select', options: FOLLOW_UP_STATUSES, required: true },
  { name: 'date', label: 'Reported on', kind: 'date', required: true, hint: 'On or after the review was completed' },
  { name: 'note', label: 'Note', kind: 'text', required: false, hint: 'What was done, and where it is reported' },
] as const satisfies readonly Field[];

/** Fields of a review's frontmatter. */
export const reviewFields = [
  { name: 'title', label: 'Title', kind: 'string', required: true },
  { name: 'country', label: 'Reviewed country', kind: 'relation', collection: 'countries', required: true, hint: "For a review of a practice, the practice's country" },
  { name: 'practice', label: 'Reviewed practice', kind: 'relation', collection: 'practices', required: false, hint: 'Empty for a review of the whole country' },
  { name: 'discusses', label: 'Practices the report discusses', kind: 'relation', collection: 'practices', multiple: true, required: false, hint: 'Practices in the hub that the report describes (not the reviewed practice); only where a linked source says so' },
  { name: 'reviewers', label: 'Peer-reviewer countries', kind: 'relation', collection: 'countries', multiple: true, required: false, hint: 'Countries whose officials reviewed as peers; never the reviewed country' },
  { name: 'bodies', label: 'Reviewing bodies', kind: 'strings', required: false, hint: 'e.g. OECD Secretariat; a review needs at least one peer country or body' },
  { name: 'lead', label: 'Lead reviewer', kind: 'string', required: false, hint: 'A code from the peer-reviewer countries or a name from the reviewing bodies' },
  { name: 'status', label: 'Status', kind: 'select', options: REVIEW_STATUSES, required: true, hint: 'Findings, recommendations and follow-up appear once published' },
  { name: 'year', label: 'Year', kind: 'integer', min: 2000, max: 2100, required: true, hint: 'Year of publication, or of the request while not yet published' },
  { name: 'requested', label: 'Requested on', kind: 'date', required: false, hint: 'Leave empty when not known' },
  { name: 'completed', label: 'Completed on', kind: 'date', required: false, hint: 'Only for a published review; leave empty when not known' },
  { name: 'publisher', label: 'Publisher', kind: 'string', required: false },
  { name: 'series', label: 'Series', kind: 'string', required: false },
  { name: 'assessment', label: 'Assessment by principle', kind: 'list', fields: assessmentFields, required: false, hint: 'Leave empty rather than guess: the page then points to the report' },
  { name: 'strengths', label: 'Strengths', kind: 'strings', required: false, hint: 'What the reviewers found works well, one per line' },
  { name: 'recommendations', label: 'Recommendations', kind: 'list', fields: recommendationFields, required: false, hint: 'A published review lists them, or says why not below' },
  { name: 'recommendationsRecorded', label: 'Recommendations recorded in the hub', kind: 'boolean', required: false, hint: 'Set to false when the report has recommendations the hub does not list yet' },
  { name: 'recommendationsComplete', label: 'Every recommendation listed', kind: 'boolean', required: false, hint: 'Set to false when the list above holds only part of the report\'s recommendations' },
  { name: 'recommendationsNote', label: 'Which recommendations are recorded, and where the rest are', kind: 'text', required: false, hint: 'Required when either box above is false, e.g. "From the executive summary; the full list is in chapter 1."' },
  { name: 'response', label: "Reviewed country's response", kind: 'text', required: false, hint: 'In its own words or a faithful summary, with the source in links' },
  { name: 'followUp', label: 'Follow-up of recommendations', kind: 'list', fields: reviewFollowUpFields, required: false },
  { name: 'links', label: 'Links', kind: 'list', fields: linkFields, required: true, hint: 'The first link is the report' },
] as const satisfies readonly Field[];

/** A review's frontmatter, as the build accepts it. */
export type ReviewEntry = EntryOf<typeof reviewFields>;
