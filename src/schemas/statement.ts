/**
 * A statement agreed at an E-Leaders meeting, with its commitments and how each was followed up at later
 * meetings. Rules across fields are in statement-rules.ts.
 */
import type { EntryOf, Field } from './fields.ts';
import { FOLLOW_UP_STATUSES } from './follow-up.ts';
import { linkFields } from './practice.ts';

/** One report on a commitment at a later meeting. A commitment with none is shown as "No report". */
export const commitmentFollowUpFields = [
  { name: 'meeting', label: 'Reported at', kind: 'relation', collection: 'meetings', required: true, hint: 'A later E-Leaders meeting' },
  { name: 'status', label: 'Status', kind: 'select', options: FOLLOW_UP_STATUSES, required: true, hint: 'Done, on track, stalled, or no report' },
  { name: 'practices', label: 'Evidence: practices', kind: 'relation', collection: 'practices', multiple: true, required: false, hint: 'Practices in the hub that show the progress' },
  { name: 'links', label: 'Evidence: other sources', kind: 'list', fields: linkFields, required: false, hint: 'Reports or pages that show it' },
  { name: 'note', label: 'Note', kind: 'text', required: false, hint: 'What the evidence shows, in one or two sentences' },
] as const satisfies readonly Field[];

/** Fields of one commitment inside a statement. */
export const commitmentFields = [
  { name: 'text', label: 'Commitment', kind: 'text', required: true },
  { name: 'principles', label: 'Principles', kind: 'relation', collection: 'principles', multiple: true, min: 1, required: true },
  { name: 'followUp', label: 'Follow-up', kind: 'list', fields: commitmentFollowUpFields, required: false, hint: 'Only what a source shows; leave empty when nothing was reported' },
] as const satisfies readonly Field[];

/** Fields of a statement's frontmatter (content/statements/<slug>.mdx). */
export const statementFields = [
  { name: 'title', label: 'Title', kind: 'string', required: true },
  { name: 'meeting', label: 'Meeting', kind: 'relation', collection: 'meetings', required: true, hint: 'The E-Leaders meeting that produced it' },
  { name: 'date', label: 'Date', kind: 'date', required: true },
  { name: 'summary', label: 'Summary', kind: 'text', required: true, hint: 'One or two sentences' },
  { name: 'principles', label: 'Principles addressed', kind: 'relation', collection: 'principles', multiple: true, min: 1, required: true },
  { name: 'commitments', label: 'Commitments', kind: 'list', fields: commitmentFields, required: true },
  { name: 'source', label: 'Source', kind: 'url', required: true, hint: 'The official page of the statement or meeting' },
] as const satisfies readonly Field[];

/** A statement's frontmatter, as the build accepts it. */
export type StatementEntry = EntryOf<typeof statementFields>;
