/** A country practice: something a government did, with its principles, dimensions and status. */
import type { Field } from './fields.ts';

/** Lifecycle of a practice, from first idea to retirement. */
export const PRACTICE_STATUSES = [
  { value: 'idea', label: 'Idea' },
  { value: 'pilot', label: 'Pilot' },
  { value: 'implemented', label: 'Implemented' },
  { value: 'evaluated', label: 'Evaluated' },
  { value: 'retired', label: 'Retired' },
] as const;

/** A labelled link; shared by every model that cites sources. */
export const linkFields = [
  { name: 'label', label: 'Label', kind: 'string', required: true, hint: 'What the link is, e.g. "Official page"' },
  { name: 'url', label: 'Address', kind: 'url', required: true, hint: 'Full address starting with https://' },
] as const satisfies readonly Field[];

/** Fields of a practice's frontmatter (content/practices/<slug>.mdx). */
export const practiceFields = [
  { name: 'title', label: 'Title', kind: 'string', required: true, hint: 'The name of the practice as its country calls it' },
  { name: 'country', label: 'Country', kind: 'relation', collection: 'countries', required: true },
  { name: 'organisation', label: 'Organisation', kind: 'string', required: true, hint: 'Who runs it' },
  { name: 'startYear', label: 'Start year', kind: 'integer', min: 1990, max: 2100, required: true, hint: 'Launch year of a service, adoption year of a law, creation year of a body' },
  { name: 'status', label: 'Status', kind: 'select', options: PRACTICE_STATUSES, required: true },
  { name: 'principles', label: 'Principles', kind: 'relation', collection: 'principles', multiple: true, min: 1, max: 4, required: true, hint: 'The 2014 Recommendation principles it serves (1-4)' },
  { name: 'dimensions', label: 'Dimensions', kind: 'relation', collection: 'dimensions', multiple: true, min: 1, required: true, hint: 'Digital Government Policy Framework dimensions' },
  { name: 'summary', label: 'Summary', kind: 'text', required: true, hint: 'Two or three sentences; shown in lists and search results' },
  { name: 'outcomes', label: 'Outcomes', kind: 'strings', required: false, hint: 'Results a source supports, one per line' },
  { name: 'links', label: 'Sources and links', kind: 'list', fields: linkFields, min: 1, required: true, hint: 'The first link is the main source' },
] as const satisfies readonly Field[];
