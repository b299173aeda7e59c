/** Splitting an MDX or Markdown file into its YAML frontmatter and its body. */
import { parse } from 'yaml';

/** The parsed frontmatter, the body after it, and the line the body starts on (1-based). */
export interface Split {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

const FENCE = /^\ufeff?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * The line (1-based) of a YAML error in `yaml`: where the parser stopped, except for a missing closing quote,
 * which the parser finds only at the end: then the line that opens the unclosed quote.
 */
export function yamlErrorLine(yaml: string, err: { pos?: readonly number[]; code?: string; message?: string }): number {
  const at = Math.min(err.pos?.[0] ?? 0, yaml.length);
  const line = yaml.slice(0, at).split('\n').length;
  const quote = /closing (["'])/.exec(err.message ?? '')?.[1];
  if (err.code !== 'MISSING_CHAR' || !quote) return line;
  const lines = yaml.split('\n').slice(0, line);
  let open = -1;
  lines.forEach((l, i) => {
    if ((l.split(quote).length - 1) % 2 === 1) open = open < 0 ? i : -1;
  });
  return open < 0 ? line : open + 1;
}

/** A frontmatter YAML error as `file:line: field: problem: fix`, the line counted in the file (the fence is line 1). */
function yamlProblem(file: string, yaml: string, err: Error & { pos?: number[]; code?: string }): string {
  const inner = yamlErrorLine(yaml, err);
  const lines = yaml.split('\n');
  // The field is the nearest `name:` at the start of a line, at or above the bad line.
  const field = lines.slice(0, inner).reverse().map((l) => /^([A-Za-z_][\w-]*):/.exec(l)?.[1]).find(Boolean);
  const what = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `${file}:${inner + 1}: ${field ? `${field}: ` : ''}the frontmatter is not valid YAML (${what}): quote a value that holds a colon, a # or starts with a special character, and indent lists evenly`;
}

/**
 * Frontmatter already parsed, by its YAML text, for the whole process: a build reads every MDX file's frontmatter
 * three times (the content check, the CMS's labels, and the references the content layer's schemas check against),
 * and YAML is the costliest part (about 2.5 s a reading at 10,000 practices). Kept on a global key, so that the copy
 * of this module Astro bundles into the content configuration shares it. The values are frozen: readers share them.
 */
const PARSED_KEY = Symbol.for('eleaders-hub.frontmatter');
const parsed: Map<string, unknown> = ((globalThis as { [PARSED_KEY]?: Map<string, unknown> })[PARSED_KEY] ??= new Map());

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Parses `---` fenced YAML frontmatter; `file` only names the file in error messages. The data is frozen. */
export function splitFrontmatter(text: string, file: string): Split {
  const m = FENCE.exec(text);
  if (!m) throw new Error(`${file}: line 1: no frontmatter; the file must start with a line "---", the fields, and a closing "---"`);
  const yaml = m[1]!;
  let data = parsed.get(yaml);
  if (data === undefined) {
    try {
      data = deepFreeze(parse(yaml, { prettyErrors: false }) as unknown);
    } catch (err) {
      throw new Error(yamlProblem(file, yaml, err as Error & { pos?: number[]; code?: string }));
    }
    parsed.set(yaml, data);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the frontmatter must be a set of "field: value" lines`);
  }
  const body = text.slice(m[0].length);
  return { data: data as Record<string, unknown>, body, bodyLine: m[0].split('\n').length };
}
