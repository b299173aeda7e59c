/** Reading CSV files with the line number of every row, so errors can point at it. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { csvField } from './csv-field.ts';

/** One data row with its 1-based line number in the file. */
export interface CsvRow {
  line: number;
  record: Record<string, string>;
}

/** Parses a CSV file with a header row; fails naming the file when it is not valid CSV. */
export function readCsv(file: string, requiredColumns: readonly string[] = []): CsvRow[] {
  const text = readFileSync(file, 'utf8');
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(text, { columns: true, info: true, skip_empty_lines: true, bom: true });
  } catch (err) {
    throw new Error(`${file}: not valid CSV (${(err as Error).message})`);
  }
  const header = text.split(/\r?\n/, 1)[0]?.split(',') ?? [];
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new Error(`${file}: line 1 lacks the column(s) ${missing.join(', ')}; expected ${requiredColumns.join(',')}`);
  }
  return parsed.map(({ record, info }) => ({ line: info.lines, record }));
}

/** Serialises rows as CSV, quoting only where needed. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? '')).join(','))].join('\n') + '\n';
}
