/**
 * Checks everything under content/ against the models before Astro compiles anything, and reports
 * each problem with its file, line, field, the bad value and the fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Refs } from '../schemas/fields.ts';
import { MODELS, schemaFor, type ModelName } from '../schemas/models.ts';
import { loadRefs } from '../content/refs.ts';
import { readCsv } from '../lib/csv.ts';
import { splitFrontmatter, yamlErrorLine } from '../lib/frontmatter.ts';
import { checkMedia, MEDIA_FOLDER } from './media.ts';
import { checkMdx } from './mdx-gate.ts';
import { checkObservations, metricScales } from './observations.ts';
import { folderEntries, readContentFile, readList, slugProblem, type Problem } from './files.ts';
import { LIMITS } from '../schemas/limits.ts';
import { isListPageSegment, isPracticeListSegment, isReviewListSegment, practicesUrl, reviewsUrl, statementsUrl } from '../lib/urls.ts';

export type { Problem };

/** Formats a problem as `file:line: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

/** The line (1-based) where a top-level `field:` is written in `text`, if it is. */
function lineOf(text: string, field: string): number | undefined {
  const i = text.split('\n').findIndex((l) => l.startsWith(`${field}:`));
  return i < 0 ? undefined : i + 1;
}

/** The value at `path` inside `data`, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

function issuesToProblems(file: string, text: string, data: unknown, issues: z.core.$ZodIssue[], prefix = ''): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    const field = prefix + issue.path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i || prefix ? '.' : ''}${String(k)}`)).join('');
    const value = issue.code === 'invalid_type' ? valueAt(data, issue.path) : 0;
    const message =
      value === undefined ? `field "${field}" is required but missing: add it`
      : value === null ? `field "${field}" is empty: fill it in, or remove the line if the field is optional`
      : `field "${field}": ${issue.message}`;
    const line = path[0] ? lineOf(text, path[0]) : undefined;
    return line ? { file, line, message } : { file, message };
  });
}

// One schema per model and set of refs: building a zod schema costs far more than using it, and a
// content folder holds thousands of entries (see `npm run bench`).
const schemas = new WeakMap<Refs, Map<ModelName, ReturnType<typeof schemaFor>>>();
function cachedSchema(name: ModelName, refs: Refs) {
  const byName = schemas.get(refs) ?? new Map<ModelName, ReturnType<typeof schemaFor>>();
  schemas.set(refs, byName);
  if (!byName.has(name)) byName.set(name, schemaFor(name, refs));
  return byName.get(name)!;
}

/**
 * Checks one entry file of a folder model (`.mdx` frontmatter or a `.yaml` file) against its schema,
 * and an `.mdx` file's body against the safe-MDX gate (src/checks/mdx-gate.ts). `file` is the name used in
 * messages; `mediaExists` tells the gate whether an upload exists (not checked when omitted).
 */
export function checkEntry(name: ModelName, file: string, text: string, refs: Refs, mediaExists?: (name: string) => boolean): Problem[] {
  const gate = file.endsWith('.mdx') ? checkMdx(text, mediaExists ? { mediaExists } : {}).map((p) => ({ file, ...p })) : [];
  try {
    const data = file.endsWith('.mdx') ? splitFrontmatter(text, file).data : parseYaml(text, file);
    const r = cachedSchema(name, refs).safeParse(data);
    return r.success ? gate : [...issuesToProblems(file, text, data, r.error.issues), ...gate];
  } catch (err) {
    const m = /^(?:[^\n]*?):(\d+): ([\s\S]*)$/.exec((err as Error).message.startsWith(file) ? (err as Error).message.slice(file.length) : '');
    return [m ? { file, line: Number(m[1]), message: m[2]! } : { file, message: (err as Error).message.replace(`${file}: `, '') }, ...gate];
  }
}

/** A YAML entry file's data; throws `file:line: problem: fix` when it is not valid YAML. */
function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false });
  const e = doc.errors[0];
  if (e) throw new Error(`${file}:${yamlErrorLine(text, e)}: not valid YAML (${e.message.split('\n')[0]}): fix the quoting or indentation on that line`);
  return doc.toJS();
}

function checkList(path: string, file: string, name: ModelName, refs: Refs): Problem[] {
  const read = readList(path, file);
  if ('problems' in read) return read.problems;
  const schema = cachedSchema(name, refs);
  return read.entries.flatMap(({ value, line }, i) => {
    const r = schema.safeParse(value);
    return r.success ? [] : issuesToProblems(file, '', value, r.error.issues, `[${i}]`).map((p) => ({ ...p, line }));
  });
}

/** A practice, statement or review named like a page of its list (/practices/2/, /practices/by-title/, /statements/2/, /reviews/matrix/) would lose its address to it. */
function listAddressProblem(name: ModelName, file: string, slug: string): Problem | undefined {
  if (name === 'practices' && isPracticeListSegment(slug)) {
    return { file, message: `file name: "${slug}" is the address of a page of the lists of practices (${practicesUrl()}${slug}/): rename it to the country code and a short name, e.g. est-x-road` };
  }
  if (name === 'statements' && isListPageSegment(slug)) {
    return { file, message: `file name: "${slug}" is the address of a page of the list of outcome documents (${statementsUrl()}${slug}/): rename it to the year and the place or subject, e.g. 2015-tokyo` };
  }
  if (name === 'reviews' && isReviewListSegment(slug)) {
    return { file, message: `file name: "${slug}" is the address of a page of the peer reviews section (${reviewsUrl()}${slug}/): rename it to the country code, the subject and the year, e.g. nor-digital-government-review-2017` };
  }
  return undefined;
}

function checkModel(root: string, name: ModelName, refs: Refs, mediaExists: (name: string) => boolean): Problem[] {
  const model = MODELS[name];
  const path = resolve(root, model.path);
  const rel = (f: string) => relative(resolve(root, '..'), f);
  if (!existsSync(path)) return [];
  if (model.storage === 'list') return checkList(path, rel(path), name, refs);
  const ext = `.${'extension' in model ? model.extension : 'yaml'}`;
  const { names, problems } = folderEntries(path, (f) => rel(join(path, f)), 'companion' in model ? model.companion : undefined);
  const slugs = new Set(names.map((f) => f.slice(0, -ext.length)));
  return [
    ...problems,
    ...names.flatMap((f) => {
        const file = join(path, f);
        if (!f.endsWith(ext)) return [{ file: rel(file), message: `unexpected file: entries of ${name} are ${ext} files; rename or remove it` }];
        const read = readContentFile(file, rel(file), LIMITS.entryFileBytes);
        if ('problem' in read) return [read.problem];
        const slug = slugProblem(rel(file), f.slice(0, -ext.length), slugs) ?? listAddressProblem(name, rel(file), f.slice(0, -ext.length));
        return [...(slug ? [slug] : []), ...checkEntry(name, rel(file), read.text, refs, mediaExists)];
      }),
  ];
}

function checkIndicatorData(root: string, refs: Refs): Problem[] {
  const dir = resolve(root, 'indicators');
  if (!existsSync(dir)) return [];
  const places = new Set([...refs.countries.ids, ...parseIds(resolve(root, 'aggregates.yaml'))]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const csv = join(dir, f.replace(/\.yaml$/, '.csv'));
      const file = relative(resolve(root, '..'), csv);
      if (!existsSync(csv)) return [{ file, message: `missing: the observations of ${f} belong here; run \`npm run import\`` }];
      try {
        const def = parse(readFileSync(join(dir, f), 'utf8')) as { editions?: { year: number }[] } | null;
        checkObservations(readCsv(csv, ['iso3', 'country', 'edition', 'indicator', 'value']), {
          file,
          places,
          editions: new Set((def?.editions ?? []).map((e) => e.year)),
          metrics: metricScales(def),
        });
        return [];
      } catch (err) {
        return splitRows(file, (err as Error).message);
      }
    });
}

/** An error listing bad rows (`file:line: …` lines) as one problem per row. */
function splitRows(file: string, message: string): Problem[] {
  const rows = message.split('\n').flatMap((l) => {
    const m = /^(.*?):(\d+): (.*)$/.exec(l);
    return m && m[1]!.endsWith(file) ? [{ file, line: Number(m[2]), message: m[3]! }] : [];
  });
  return rows.length ? rows : [{ file, message: message.replace(/^.*?: /, '') }];
}

function parseIds(file: string): string[] {
  try {
    const list = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as unknown) : [];
    return Array.isArray(list) ? list.map((e) => String((e as { id?: unknown })?.id)) : [];
  } catch {
    return []; // reported by checkList
  }
}

/**
 * Checks every model, the indicator data and the uploads (public/media/, beside `contentDir`);
 * returns the problems (empty when all is well).
 */
export function checkContent(contentDir: string): Problem[] {
  const root = resolve(contentDir);
  const refs = loadRefs(root);
  const names = Object.keys(MODELS) as ModelName[];
  const project = resolve(root, '..');
  const mediaExists = (file: string) => existsSync(join(project, MEDIA_FOLDER, file));
  return [
    ...names.flatMap((n) => guarded(MODELS[n].path, () => checkModel(root, n, refs, mediaExists))),
    ...guarded('indicators', () => checkIndicatorData(root, refs)),
    ...guarded(MEDIA_FOLDER, () => checkMedia(project)),
  ];
}

/** Runs one part of the check; an unexpected failure becomes a problem naming the part, never a crash. */
function guarded(where: string, run: () => Problem[]): Problem[] {
  try {
    return run();
  } catch (err) {
    return [{ file: where.startsWith(MEDIA_FOLDER) ? where : `content/${where}`, message: `could not be checked (${(err as Error).message.split('\n')[0]}): fix or remove the file named` }];
  }
}
