/** A peer review of a country or of one of its practices (content/reviews/<slug>.mdx). */
import type { Field } from './fields.ts';
import { linkFields } from './practice.ts';

/** Where a review stands. */
export const REVIEW_STATUSES = [
  { value: 'requested', label: 'Requested' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'published', label: 'Published' },
] as const;

/** The four levels of a per-principle assessment. */
export const RATINGS = [
  { value: 'emerging', label: 'Emerging' },
  { value: 'developing', label: 'Developing' },
  { value: 'established', label: 'Established' },
  { value: 'leading', label: 'Leading' },
] as const;

/** Fields of a review's frontmatter. */
export const reviewFields = [
  { name: 'title', label: 'Title', kind: 'string', required: true },
  { name: 'country', label: 'Reviewed country', kind: 'relation', collection: 'countries', required: true },
  { name: 'practice', label: 'Reviewed practice', kind: 'relation', collection: 'practices', required: false, hint: 'Empty for a review of the whole country' },
  { name: 'reviewers', label: 'Peer-reviewer countries', kind: 'relation', collection: 'countries', multiple: true, required: true },
  { name: 'bodies', label: 'Reviewing bodies', kind: 'strings', required: false, hint: 'e.g. OECD Secretariat' },
  { name: 'status', label: 'Status', kind: 'select', options: REVIEW_STATUSES, required: true },
  { name: 'year', label: 'Year', kind: 'integer', min: 2000, max: 2100, required: true, hint: 'Year of publication, or of the request while in progress' },
  { name: 'requested', label: 'Requested on', kind: 'date', required: false },
  { name: 'completed', label: 'Completed on', kind: 'date', required: false },
  { name: 'publisher', label: 'Publisher', kind: 'string', required: false },
  { name: 'series', label: 'Series', kind: 'string', required: false },
  {
    name: 'assessment', label: 'Assessment by principle', kind: 'list', required: true,
    fields: [
      { name: 'principle', label: 'Principle', kind: 'relation', collection: 'principles', required: true },
      { name: 'rating', label: 'Rating', kind: 'select', options: RATINGS, required: true },
      { name: 'comment', label: 'Comment', kind: 'text', required: false },
    ],
  },
  {
    name: 'recommendations', label: 'Recommendations', kind: 'list', required: true,
    fields: [
      { name: 'text', label: 'Recommendation', kind: 'text', required: true },
      { name: 'principle', label: 'Principle', kind: 'relation', collection: 'principles', required: true },
    ],
  },
  { name: 'links', label: 'Links', kind: 'list', fields: linkFields, required: true },
] as const satisfies readonly Field[];
