/** A statement agreed at an E-Leaders meeting, with its commitments. */
import type { Field } from './fields.ts';

/** Fields of one commitment inside a statement. */
export const commitmentFields = [
  { name: 'text', label: 'Commitment', kind: 'text', required: true },
  { name: 'principles', label: 'Principles', kind: 'relation', collection: 'principles', multiple: true, min: 1, required: true },
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
