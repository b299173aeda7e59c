/**
 * Imports shared/data/practices.csv into content/practices/<slug>.mdx.
 *
 * The importer owns only the model fields it maps from a CSV column (`COLUMN_OF`); each cell is read as its
 * field's kind declares (src/schemas/practice.ts). Every other frontmatter field of an existing file (a field
 * added to the model later, `outcomes`, fields the model does not know) and the body are kept untouched.
 * Fields are written in model order, then the unknown ones in their order. A practice file that has no row
 * in the CSV is never read, rewritten or removed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { readCsv } from '../src/lib/csv.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { NUMERIC_REFS, type Field } from '../src/schemas/fields.ts';
import { practiceFields } from '../src/schemas/practice.ts';
import { CONTENT, sharedDataDir } from './lib/paths.ts';
import { writeIfChanged, type WriteResult } from './lib/import/write-files.ts';

type PracticeField = (typeof practiceFields)[number]['name'];

/** The practice fields the import owns, each with the practices.csv column it comes from. */
export const COLUMN_OF = {
  title: 'title',
  country: 'iso3',
  organisation: 'organisation',
  startYear: 'start_year',
  status: 'status',
  principles: 'principles',
  dimensions: 'dimensions',
  summary: 'summary',
  // The main source: the first link; an editor's further links follow it.
  links: 'source_url',
} as const satisfies Partial<Record<PracticeField, string>>;

const COLUMNS = ['slug', ...Object.values(COLUMN_OF)] as const;

/** A CSV cell as the value its field's kind declares (lists are written `a;b`). */
export function cellValue(f: Field, cell: string): unknown {
  const list = () => (cell === '' ? [] : cell.split(';'));
  switch (f.kind) {
    case 'integer':
      return Number(cell);
    case 'relation':
      return f.multiple ? list().map((v) => (NUMERIC_REFS.has(f.collection) ? Number(v) : v)) : cell;
    case 'select':
      return f.multiple ? list() : cell;
    case 'strings':
      return list();
    default:
      return cell;
  }
}

/** An owned field's new value: the cell's value, or for `links` the source first, then the other existing links. */
function ownedValue(f: Field, cell: string, old: unknown): unknown {
  if (f.name !== 'links') return cellValue(f, cell);
  const source = { label: 'Source', url: cell };
  const others = (Array.isArray(old) ? (old as { url?: unknown }[]) : []).filter((l) => l?.url !== cell);
  return [source, ...others];
}

/** The frontmatter of a practice: owned fields from the CSV row, every other field as it was; model order, then unknown fields. */
export function practiceData(fields: readonly Field[], row: Record<string, string>, old: Record<string, unknown>): Record<string, unknown> {
  const owned: Record<string, string> = COLUMN_OF;
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.name in owned) data[f.name] = ownedValue(f, row[owned[f.name]!] ?? '', old[f.name]);
    else if (f.name in old) data[f.name] = old[f.name];
  }
  for (const [k, v] of Object.entries(old)) if (!(k in data) && !fields.some((f) => f.name === k)) data[k] = v;
  return data;
}

/** Where the import writes and which model it follows (tests point these at copies). */
export interface PracticeImportOptions {
  /** The content folder (default: content/). */
  content?: string;
  /** The practice model's fields (default: src/schemas/practice.ts). */
  fields?: readonly Field[];
}

/** Writes or updates one MDX file per practice of practices.csv. */
export function importPractices(check = false, opts: PracticeImportOptions = {}): Record<string, WriteResult> {
  const fields = opts.fields ?? practiceFields;
  const missing = Object.keys(COLUMN_OF).filter((k) => !fields.some((f) => f.name === k));
  if (missing.length) throw new Error(`practices.csv maps to field(s) ${missing.join(', ')} that src/schemas/practice.ts no longer declares`);
  const file = resolve(sharedDataDir(), 'practices.csv');
  const results: Record<string, WriteResult> = {};
  for (const { line, record: r } of readCsv(file, COLUMNS)) {
    if (!/^[a-z0-9-]+$/.test(r.slug ?? '')) throw new Error(`${file}:${line}: slug "${r.slug}" must be lower-case letters, digits and hyphens`);
    const target = resolve(opts.content ?? CONTENT, 'practices', `${r.slug}.mdx`);
    const old = existsSync(target) ? splitFrontmatter(readFileSync(target, 'utf8'), target) : { data: {}, body: '\n' };
    const data = practiceData(fields, r, old.data);
    results[`${r.slug}.mdx`] = writeIfChanged(target, `---\n${stringify(data, { lineWidth: 0 })}---\n${old.body}`, check);
  }
  return results;
}
