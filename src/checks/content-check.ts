/**
 * Checks everything under content/ against the models before Astro compiles anything, and reports
 * each problem with its file, line, field, the bad value and the fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { Refs } from '../schemas/fields.ts';
import { MODELS, schemaFor, type ModelName } from '../schemas/models.ts';
import { loadRefs } from '../content/refs.ts';
import { readCsv } from '../lib/csv.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { checkMedia, MEDIA_FOLDER } from './media.ts';
import { checkMdx } from './mdx-gate.ts';
import { checkObservations, metricScales } from './observations.ts';

/** One problem found in content. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
}

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
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    const message = missing ? `field "${field}" is required but missing: add it` : `field "${field}": ${issue.message}`;
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
    const data = file.endsWith('.mdx') ? splitFrontmatter(text, file).data : parse(text);
    const r = cachedSchema(name, refs).safeParse(data);
    return r.success ? gate : [...issuesToProblems(file, text, data, r.error.issues), ...gate];
  } catch (err) {
    return [{ file, message: (err as Error).message.replace(`${file}: `, '') }, ...gate];
  }
}

function checkModel(root: string, name: ModelName, refs: Refs, mediaExists: (name: string) => boolean): Problem[] {
  const model = MODELS[name];
  const path = resolve(root, model.path);
  const rel = (f: string) => relative(resolve(root, '..'), f);
  if (!existsSync(path)) return [];
  if (model.storage === 'list') {
    const schema = cachedSchema(name, refs);
    const list = parse(readFileSync(path, 'utf8')) as unknown[];
    if (!Array.isArray(list)) return [{ file: rel(path), message: 'expected a YAML list of entries, each starting with "- id:"' }];
    return list.flatMap((entry, i) => {
      const r = schema.safeParse(entry);
      return r.success ? [] : issuesToProblems(rel(path), '', entry, r.error.issues, `[${i}]`);
    });
  }
  const ext = `.${'extension' in model ? model.extension : 'yaml'}`;
  return readdirSync(path)
    .filter((f) => !f.startsWith('.') && !('companion' in model && f.endsWith(`.${model.companion}`)))
    .flatMap((f) => {
      const file = join(path, f);
      if (!f.endsWith(ext)) return [{ file: rel(file), message: `unexpected file: entries of ${name} are ${ext} files; rename or remove it` }];
      return checkEntry(name, rel(file), readFileSync(file, 'utf8'), refs, mediaExists);
    });
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
      const def = parse(readFileSync(join(dir, f), 'utf8')) as { editions?: { year: number }[] } | null;
      try {
        checkObservations(readCsv(csv, ['iso3', 'country', 'edition', 'indicator', 'value']), {
          file,
          places,
          editions: new Set((def?.editions ?? []).map((e) => e.year)),
          metrics: metricScales(def),
        });
        return [];
      } catch (err) {
        return [{ file, message: (err as Error).message }];
      }
    });
}

function parseIds(file: string): string[] {
  return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((e) => e.id) : [];
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
    ...names.flatMap((n) => checkModel(root, n, refs, mediaExists)),
    ...checkIndicatorData(root, refs),
    ...checkMedia(project),
  ];
}
