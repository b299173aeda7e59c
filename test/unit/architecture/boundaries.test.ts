/**
 * The import directions of README.md ("Import directions"), enforced by ESLint (test/eslint.config.mjs,
 * eslint-plugin-import-x's no-restricted-paths) over the whole tree; `npm run lint` runs the same config.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'test/eslint.config.mjs' });

/** One line per problem: `<file>:<line> imports <target>: <rule message>` (or the parser's error). */
function problems(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.map((m) => {
      const file = relative(root, result.filePath);
      const zone = /^Unexpected path "(.+)" imported in restricted zone\. ?([\s\S]*)$/.exec(m.message);
      return zone ? `${file}:${m.line} imports ${zone[1]}: ${zone[2]}` : `${file}:${m.line}: ${m.message} (${m.ruleId ?? 'parser'})`;
    }),
  );
}

describe('import directions', () => {
  it('hold on the whole tree', async () => {
    const results = await eslint.lintFiles(['.']);
    const files = results.map((r) => relative(root, r.filePath));
    // The lint really covers every kind of file, and skips what it must.
    for (const file of ['astro.config.mjs', 'src/pages/index.astro', 'src/schemas/fields.ts', 'scripts/check-node.mjs', 'scripts/check-node.d.mts', 'test/vitest.config.ts']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => /^(node_modules|dist|public|test\/fixtures)\//.test(f))).toEqual([]);
    const found = problems(results);
    expect(found, `${found.length} import(s) against the directions in README.md ("Import directions"):\n${found.join('\n')}`).toEqual([]);
  }, 240_000); // about 6 s of CPU: parsing every file; far longer when the machine is busy

  it('catch a deliberate violation, naming the file, the line and the target', async () => {
    const lint = async (filePath: string, code: string) => problems(await eslint.lintText(code, { filePath: `${root}${filePath}` }));

    const [lib] = await lint('src/lib/bad.ts', "import { field } from '../schemas/fields.ts';\n");
    expect(lib).toMatch(/^src\/lib\/bad\.ts:1 imports \.\.\/schemas\/fields\.ts: src\/lib\/ holds small pure helpers/);

    const schemas = await lint('src/schemas/bad.ts', "import { z } from 'zod';\nimport type { HubData } from '~/content/hub-data.ts';\n");
    expect(schemas).toEqual([expect.stringMatching(/^src\/schemas\/bad\.ts:2 imports ~\/content\/hub-data\.ts: src\/schemas\/ holds the models/)]);

    const astro = await lint('src/charts/bars/Bad.astro', "---\nimport Base from '../../layouts/Base.astro';\n---\n<Base />\n");
    expect(astro).toEqual([expect.stringMatching(/^src\/charts\/bars\/Bad\.astro:2 imports \.\.\/\.\.\/layouts\/Base\.astro: this folder is logic, not markup/)]);

    expect(await lint('src/cms/admin/bad.ts', "import { contentDir } from '../../content/content-dir.ts';\n")).toHaveLength(1);
    expect(await lint('src/integrations/bad.ts', "import { repoRoot } from '../../scripts/lib/paths.ts';\n")).toHaveLength(1);

    // Imports along the directions pass.
    expect(await lint('src/lib/ok.ts', "import { slugify } from './slug.ts';\n")).toEqual([]);
    expect(await lint('scripts/ok.ts', "import { slugify } from '../src/lib/slug.ts';\n")).toEqual([]);
  });
});
