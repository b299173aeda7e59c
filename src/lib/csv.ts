/** Reading CSV files with the line number of every row, so errors can point at it; writing CSV through csvField. */
import { parse } from 'csv-parse/sync';
import { csvField, isFormulaLike } from './csv-field.ts';
import { readText } from './text-file.ts';

/** One data row with its 1-based line number in the file. */
export interface CsvRow {
  line: number;
  record: Record<string, string>;
}

/** Each cell a spreadsheet would run as a formula, as `file:line: column: problem: fix`. */
export function formulaCells(rows: readonly CsvRow[], file: string): string[] {
  return rows.flatMap(({ line, record }) =>
    Object.entries(record)
      .filter(([, v]) => typeof v === 'string' && isFormulaLike(v))
      .map(([col, v]) => `${file}:${line}: ${col}: "${v.slice(0, 40)}" starts with ${JSON.stringify(v.trimStart()[0] ?? v[0])}, so a spreadsheet would run it as a formula: remove the leading character (a negative number such as -0.5 is fine)`),
  );
}

/**
 * Parses a UTF-8 CSV file (a byte-order mark and CRLF are fine) with a header row; fails naming the file when
 * it is not valid CSV, lacks a required column, or holds a cell a spreadsheet would run as a formula.
 */
export function readCsv(file: string, requiredColumns: readonly string[] = []): CsvRow[] {
  const text = readText(file);
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(text, { columns: true, info: true, skip_empty_lines: true, bom: true });
  } catch (err) {
    throw new Error(`${file}: not valid CSV (${(err as Error).message})`);
  }
  const header = (text.split(/\r?\n/, 1)[0] ?? '').split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new Error(`${file}:1: header: lacks the column(s) ${missing.join(', ')}: the first line must be ${requiredColumns.join(',')}`);
  }
  const rows = parsed.map(({ record, info }) => ({ line: info.lines, record }));
  const formulas = formulaCells(rows, file);
  if (formulas.length) throw new Error(`${formulas.length} cell(s) a spreadsheet would run as formulas:\n${formulas.join('\n')}`);
  return rows;
}

/** Serialises rows as CSV: every cell through csvField (formula-neutralised, quoted where needed). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  return [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? '')).join(','))].join('\n') + '\n';
}
