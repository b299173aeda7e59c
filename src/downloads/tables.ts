/**
 * The hub's own content as tables: one row per practice, statement, commitment, follow-up report, review,
 * recommendation, assessment or meeting. Columns come from the models' field declarations (src/schemas), so a
 * field added to a model appears in the downloads and in datapackage.json without touching this file.
 * Pure: takes entries as `{ id, data }`.
 */
import type { Field } from '../schemas/fields.ts';
import { MODELS } from '../schemas/models.ts';
import { meetingUrl, practiceUrl, reviewUrl, statementUrl } from '../lib/urls.ts';

/** A Table Schema field type (https://specs.frictionlessdata.io/table-schema/). */
export type ColumnType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

/** One column of a table, described for datapackage.json. */
export interface Column {
  name: string;
  type: ColumnType;
  title: string;
  description?: string;
}

/** A list inside a model's entries that becomes a table of its own (e.g. a statement's commitments). */
interface Level {
  /** The list field. */
  field: string;
  /** The column naming an item's position in its list (1-based), e.g. `commitment`. */
  key: string;
}

/** One table of the hub's content. */
export interface TableSpec {
  /** File name without extension, e.g. `statement-commitments`. */
  name: string;
  title: string;
  description: string;
  model: 'practices' | 'statements' | 'reviews' | 'meetings';
  /** The lists to descend into; empty for the model's entries themselves. */
  levels: readonly Level[];
}

const URLS = { practices: practiceUrl, statements: statementUrl, reviews: reviewUrl, meetings: meetingUrl } as const;

/** The tables, in the order datapackage.json lists them. */
export const TABLES: readonly TableSpec[] = [
  { name: 'practices', title: 'Practices', description: 'Country practices, one row per published practice.', model: 'practices', levels: [] },
  { name: 'meetings', title: 'E-Leaders meetings', description: 'E-Leaders meetings, one row per meeting.', model: 'meetings', levels: [] },
  { name: 'statements', title: 'Meeting statements', description: 'Statements agreed at E-Leaders meetings, one row per statement.', model: 'statements', levels: [] },
  { name: 'statement-commitments', title: 'Commitments of meeting statements', description: 'One row per commitment of a statement.', model: 'statements', levels: [{ field: 'commitments', key: 'commitment' }] },
  { name: 'statement-follow-up', title: 'Follow-up of commitments', description: 'One row per report on a commitment at a later meeting. A commitment with no row has no report.', model: 'statements', levels: [{ field: 'commitments', key: 'commitment' }, { field: 'followUp', key: 'report' }] },
  { name: 'reviews', title: 'Peer reviews', description: 'Peer reviews of a country or of a practice, one row per review.', model: 'reviews', levels: [] },
  { name: 'review-assessments', title: 'Assessments of peer reviews', description: 'One row per principle rated by a published review.', model: 'reviews', levels: [{ field: 'assessment', key: 'assessment' }] },
  { name: 'review-recommendations', title: 'Recommendations of peer reviews', description: 'One row per recommendation recorded for a published review.', model: 'reviews', levels: [{ field: 'recommendations', key: 'position' }] },
  { name: 'review-follow-up', title: 'Follow-up of review recommendations', description: 'One row per follow-up report on a recommendation.', model: 'reviews', levels: [{ field: 'followUp', key: 'report' }] },
];

/** An entry as the content layer gives it. */
export interface Entry {
  id: string;
  data: Readonly<Record<string, unknown>>;
}

const isLinkList = (f: Field) => f.kind === 'list' && f.fields.map((x) => x.name).join() === 'label,url';
const TYPES: Partial<Record<Field['kind'], ColumnType>> = { integer: 'integer', number: 'number', date: 'date', boolean: 'boolean' };

/** The fields of the entries or items at the end of `levels`. */
function fieldsAt(spec: TableSpec): readonly Field[] {
  let fields: readonly Field[] = MODELS[spec.model].fields;
  for (const level of spec.levels) {
    const f = fields.find((x) => x.name === level.field);
    if (!f || f.kind !== 'list') throw new Error(`downloads: ${spec.model} has no list field "${level.field}"`);
    fields = f.fields;
  }
  return fields;
}

/** A field as a column; lists other than links get tables of their own and no column. */
function columnOf(f: Field): Column | undefined {
  if ((f.kind === 'list' && !isLinkList(f)) || f.kind === 'object') return undefined;
  const many = f.kind === 'strings' || isLinkList(f) || ('multiple' in f && f.multiple);
  const joined = isLinkList(f) ? 'Addresses, separated by a space; the first is the main source.' : many ? 'Several values, separated by "; ".' : '';
  const description = [f.hint, joined].filter(Boolean).join('. ').replace(/\.\./g, '.');
  return { name: f.name, type: many ? 'string' : (TYPES[f.kind] ?? 'string'), title: f.label, ...(description ? { description } : {}) };
}

/** The columns of a table: the entry's id and page, the positions in its lists, then the fields. */
export function columnsOf(spec: TableSpec): Column[] {
  const singular = MODELS[spec.model].singular;
  const keys: Column[] = [{ name: singular, type: 'string', title: `${singular[0]!.toUpperCase()}${singular.slice(1)}`, description: `The ${singular}'s id (its file name under content/${MODELS[spec.model].path}/)` }];
  if (!spec.levels.length) keys.push({ name: 'page', type: 'string', title: 'Page', description: 'Address of its page on the hub' });
  for (const level of spec.levels) keys.push({ name: level.key, type: 'integer', title: `Position in ${level.field}`, description: 'Position in its list, from 1' });
  return [...keys, ...fieldsAt(spec).flatMap((f) => columnOf(f) ?? [])];
}

/** A value as CSV text: dates as YYYY-MM-DD, lists joined, links as their addresses. */
export function cellOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    if (value.every((v) => v && typeof v === 'object' && 'url' in v)) return value.map((v) => String((v as { url: string }).url)).join(' ');
    return value.map(cellOf).join('; ');
  }
  return String(value);
}

/** The rows of a table, one per entry or list item, in the entries' order. */
export function rowsOf(spec: TableSpec, entries: readonly Entry[]): Record<string, string>[] {
  const columns = columnsOf(spec);
  const singular = MODELS[spec.model].singular;
  const rows: Record<string, string>[] = [];
  const walk = (item: Readonly<Record<string, unknown>>, depth: number, keys: Record<string, string>) => {
    if (depth === spec.levels.length) {
      rows.push(Object.fromEntries(columns.map((c) => [c.name, keys[c.name] ?? cellOf(item[c.name])])));
      return;
    }
    const level = spec.levels[depth]!;
    const list = (item[level.field] ?? []) as Record<string, unknown>[];
    list.forEach((child, i) => walk(child, depth + 1, { ...keys, [level.key]: String(i + 1) }));
  };
  for (const e of entries) walk(e.data, 0, { [singular]: e.id, page: URLS[spec.model](e.id) });
  return rows;
}

/** An entry as JSON: its id and page, then its fields (nested lists kept), dates as YYYY-MM-DD. */
export function recordOf(model: TableSpec['model'], e: Entry): Record<string, unknown> {
  return { id: e.id, page: URLS[model](e.id), ...(plain(e.data) as Record<string, unknown>) };
}

function plain(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}
