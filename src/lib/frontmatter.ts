/** Splitting an MDX or Markdown file into its YAML frontmatter and its body. */
import { parse } from 'yaml';

/** The parsed frontmatter, the body after it, and the line the body starts on (1-based). */
export interface Split {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses `---` fenced YAML frontmatter; `file` only names the file in error messages. */
export function splitFrontmatter(text: string, file: string): Split {
  const m = FENCE.exec(text);
  if (!m) throw new Error(`${file}: line 1: no frontmatter; the file must start with a line "---", the fields, and a closing "---"`);
  let data: unknown;
  try {
    data = parse(m[1]!);
  } catch (err) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(err as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the frontmatter must be a set of "field: value" lines`);
  }
  const body = text.slice(m[0].length);
  return { data: data as Record<string, unknown>, body, bodyLine: m[0].split('\n').length };
}
