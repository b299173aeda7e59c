/**
 * An outcome document of the E-Leaders: a statement, communiqué or summary of a meeting, or a set of principles,
 * a handbook, a Council Recommendation or a framework they produced, with the commitments it states and how each
 * was followed up at later meetings. Rules across fields are in statement-rules.ts.
 */
import type { EntryOf, Field } from './fields.ts';
import { FOLLOW_UP_STATUSES } from './follow-up.ts';
import { linkFields } from './practice.ts';

/** The kinds of outcome document, with the label pages show and search filters on. */
export const STATEMENT_KINDS = [
  { value: 'statement', label: 'Statement' },
  { value: 'communique', label: 'Communiqué' },
  { value: 'chair-summary', label: "Chair's summary" },
  { value: 'meeting-summary', label: 'Meeting summary' },
  { value: 'principles', label: 'Principles' },
  { value: 'handbook', label: 'Handbook' },
  { value: 'recommendation', label: 'OECD Recommendation' },
  { value: 'framework', label: 'Framework' },
] as const;

/** Kinds that are produced at a meeting, so they name it. */
export const MEETING_KINDS: readonly string[] = ['statement', 'communique', 'chair-summary', 'meeting-summary'];

/** The label of a kind, e.g. "Communiqué". */
export function statementKindLabel(kind: string): string {
  return STATEMENT_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

/** How much of the date a source gives: the day, or only the month (then the date is written with day 01). */
export const DATE_PRECISIONS = [
  { value: 'day', label: 'Day' },
  { value: 'month', label: 'Month only' },
] as const;

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
  { name: 'kind', label: 'Kind of document', kind: 'select', options: STATEMENT_KINDS, required: true, hint: 'A statement, communiqué, chair\'s or meeting summary names its meeting' },
  { name: 'meeting', label: 'Meeting', kind: 'relation', collection: 'meetings', required: false, hint: 'The E-Leaders meeting that produced it; empty for a document not produced at a meeting' },
  { name: 'date', label: 'Date', kind: 'date', required: true, hint: 'Of the document; when only the month is known, write day 01 and choose "Month only" below' },
  { name: 'datePrecision', label: 'Date known to', kind: 'select', options: DATE_PRECISIONS, required: false, hint: 'Leave empty when the day is known' },
  { name: 'summary', label: 'Summary', kind: 'text', required: true, hint: 'One or two sentences' },
  { name: 'principles', label: 'Principles addressed', kind: 'relation', collection: 'principles', multiple: true, min: 1, required: true },
  { name: 'commitments', label: 'Commitments', kind: 'list', fields: commitmentFields, required: false, hint: 'Only what the source states as commitments; leave empty when it states none' },
  { name: 'source', label: 'Source', kind: 'url', required: true, hint: 'The official page of the document or meeting' },
  { name: 'links', label: 'Other sources', kind: 'list', fields: linkFields, required: false, hint: 'Further pages the summary rests on' },
] as const satisfies readonly Field[];

/** A statement's frontmatter, as the build accepts it. */
export type StatementEntry = EntryOf<typeof statementFields>;
