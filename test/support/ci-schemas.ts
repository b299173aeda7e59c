/**
 * The published JSON schemas of the two pipeline formats, read from npm packages that ship them (no
 * network at test time):
 * - GitHub Actions workflows: SchemaStore's `github-workflow.json` (https://json.schemastore.org/github-workflow.json,
 *   Apache-2.0), embedded verbatim in `@action-validator/core` (GPL-3.0-only; used here as a test tool, not shipped).
 * - GitLab CI: GitLab's own `.gitlab-ci.yml` schema (https://gitlab.com/.gitlab-ci.yml, from the GitLab
 *   repository's app/assets/javascripts/editor/schema/ci.json, MIT), embedded in `gitlab-ci-local` (MIT),
 *   which validates pipelines with it.
 * Both packages are pinned in package-lock.json, so the schemas change only when the lockfile does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The end (exclusive) of the balanced `{...}` starting at `start`, skipping strings quoted with `quotes`. */
function objectEnd(text: string, start: number, quotes: string): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i]!;
    if (quotes.includes(c)) {
      for (i += 1; i < text.length && text[i] !== c; i += 1) if (text[i] === '\\') i += 1;
    } else if (c === '{') depth += 1;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('unbalanced braces');
}

/** The object in `text` whose first keys are `head` (its opening brace included). */
function slice(text: string, head: string, quotes: string, where: string): string {
  const at = text.indexOf(head);
  if (at < 0) throw new Error(`${where} no longer embeds the schema (looked for ${head}): update test/support/ci-schemas.ts`);
  return text.slice(at, objectEnd(text, at, quotes));
}

/** SchemaStore's GitHub workflow schema, as embedded in @action-validator/core. */
export function githubWorkflowSchema(): Record<string, unknown> {
  const wasm = readFileSync(join(packageDir('@action-validator/core'), 'action_validator_bg.wasm')).toString('utf8');
  const id = wasm.indexOf('"$id": "https://json.schemastore.org/github-workflow.json"');
  if (id < 0) throw new Error('@action-validator/core no longer embeds github-workflow.json: update test/support/ci-schemas.ts');
  const start = wasm.lastIndexOf('{', id);
  return JSON.parse(wasm.slice(start, objectEnd(wasm, start, '"'))) as Record<string, unknown>;
}

/** GitLab's CI schema, as embedded in gitlab-ci-local. */
export function gitlabCiSchema(): Record<string, unknown> {
  const bundle = readFileSync(join(packageDir('gitlab-ci-local'), 'dist/index.js'), 'utf8');
  const literal = slice(bundle, '{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"', '"\'`', 'gitlab-ci-local');
  // A JavaScript object literal of plain data: evaluated in an empty context, with nothing to reach.
  return runInNewContext(`(${literal})`, Object.create(null), { timeout: 1000 }) as Record<string, unknown>;
}
