/**
 * File-level checks of content/, before any file is parsed: an entry is a regular file (not a folder, not a
 * link), of a bounded size, UTF-8 (a byte-order mark and CRLF are fine), named by its canonical slug, and no two
 * entries of a folder share one address. List files: YAML that parses, ids unique.
 */
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { LIMITS, SLUG } from '../schemas/limits.ts';
import { slugify } from '../lib/slug.ts';
import { decodeText, notAFile } from '../lib/text-file.ts';
import { yamlErrorLine } from '../lib/frontmatter.ts';

/** One problem found in content. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
}

/** The message of an error thrown by a reader, without the `file:` or `file:line:` it starts with. */
function errorProblem(file: string, err: unknown): Problem {
  const message = err instanceof Error ? err.message : String(err);
  const m = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?::(\\d+))?: ?`).exec(message);
  if (!m) return { file, message };
  const rest = message.slice(m[0].length);
  return m[1] ? { file, line: Number(m[1]), message: rest } : { file, message: rest };
}

/** Reads `path` as text within `maxBytes`, or returns the problem that stops it, named `file`. */
export function readContentFile(path: string, file: string, maxBytes: number): { text: string } | { problem: Problem } {
  const why = notAFile(path, file);
  if (why) return { problem: errorProblem(file, new Error(why)) };
  const { size } = lstatSync(path);
  if (size > maxBytes) {
    return { problem: { file, message: `file size: ${(size / 1024).toFixed(0)} KB is over the limit of ${maxBytes / 1024} KB: shorten it or split it` } };
  }
  try {
    return { text: decodeText(readFileSync(path), file) };
  } catch (err) {
    return { problem: errorProblem(file, err) };
  }
}

/** A file name (without extension) is its canonical slug, or the problem saying what to rename it to. */
export function slugProblem(file: string, slug: string, taken: ReadonlySet<string>): Problem | undefined {
  if (SLUG.test(slug)) return undefined;
  const fix = slugify(slug);
  const clash = taken.has(fix) ? `; ${fix} already exists: merge the two entries into it` : '';
  return { file, message: `file name: "${slug}" is not a canonical slug (lower-case letters, digits and single hyphens), so its address would change: rename it to ${fix || 'a slug such as est-x-road'}${clash}` };
}

/** The entry files of a folder model: each name (not hidden, not a `companion` data file), with duplicates of one address refused by name. */
export function folderEntries(dir: string, rel: (name: string) => string, companion?: string): { names: string[]; problems: Problem[] } {
  const names = readdirSync(dir).filter((f) => !f.startsWith('.') && !(companion && f.endsWith(`.${companion}`))).sort();
  const byAddress = new Map<string, string>();
  const problems: Problem[] = [];
  for (const f of names) {
    const address = slugify(f.replace(/\.[^.]*$/, ''));
    const first = byAddress.get(address);
    if (first) problems.push({ file: rel(f), message: `file name: same address as ${first} (/${address}/): one entry would be dropped; keep one file, merge the other into it` });
    else byAddress.set(address, f);
  }
  return { names, problems };
}

/** Parses a YAML list file; each entry with the line it starts on; duplicate ids refused with both lines. */
export function readList(path: string, file: string): { entries: { value: unknown; line: number }[] } | { problems: Problem[] } {
  const read = readContentFile(path, file, LIMITS.dataFileBytes);
  if ('problem' in read) return { problems: [read.problem] };
  const doc = parseDocument(read.text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return { problems: doc.errors.slice(0, 5).map((e) => ({ file, line: yamlErrorLine(read.text, e), message: `not valid YAML: ${e.message.split('\n')[0]}: fix the indentation or quoting on that line` })) };
  }
  const lines = lineStarts(read.text);
  const seq = doc.contents as { items?: { range?: number[]; toJSON?: () => unknown }[] } | null;
  const value = doc.toJS() as unknown;
  if (!Array.isArray(value) || !seq?.items) return { problems: [{ file, line: 1, message: 'expected a YAML list of entries, each starting with "- id:"' }] };
  const entries = value.map((v, i) => ({ value: v, line: lineAt(lines, seq.items![i]?.range?.[0] ?? 0) }));
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { value: v, line } of entries) {
    const id = v !== null && typeof v === 'object' ? (v as { id?: unknown }).id : undefined;
    if (id === undefined || id === null) continue;
    const first = seen.get(String(id));
    if (first) problems.push({ file, line, message: `id: "${String(id)}" is given twice (first on line ${first}): the later entry would replace the first on every page; keep one` });
    else seen.set(String(id), line);
  }
  return problems.length ? { problems } : { entries };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
