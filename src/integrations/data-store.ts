/**
 * Astro bundles the content layer's data store into a build as one JavaScript module holding the whole store as one
 * string literal (`export default JSON.parse("…")`). V8's time to compile a string literal grows with the square of
 * its length: the 48 MB store of 10,000 practices took 25 s to compile, 1 MB takes 0.06 s (Astro's experimental
 * chunked storage would split it, but writes its chunks a character at a time: slower still). In a build, this
 * integration turns that module into one that reads the same file when the pages first need it: JSON.parse of the
 * file, under a second. The module is left as Astro made it whenever it is not the expected shape, and the build
 * fails if the file changed between Astro reading it and the pages reading it.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module of the data store (astro/dist/content/consts.js: RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
const INLINED = 'export default JSON.parse(';

/** The module that reads `file` (the store Astro inlined into `code`) at run time; undefined to keep Astro's own. */
export function readAtRunTime(code: string, file: string): string | undefined {
  if (!code.startsWith(INLINED)) return undefined;
  const { size, mtimeMs } = statSync(file);
  return [
    "import { readFileSync, statSync } from 'node:fs';",
    `const file = ${JSON.stringify(file)};`,
    `const { size, mtimeMs } = statSync(file);`,
    `if (size !== ${size} || mtimeMs !== ${mtimeMs}) throw new Error(\`the content data store \${file} changed during the build (src/integrations/data-store.ts): build again\`);`,
    "export default JSON.parse(readFileSync(file, 'utf8'));",
  ].join('\n');
}

/** The data store read at run time, as an Astro integration (builds only: `astro dev` keeps Astro's own module). */
export function dataStore(): AstroIntegration {
  let file = '';
  let replaced = false;
  return {
    name: 'hub:data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        replaced = false;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'hub:data-store',
                apply: 'build',
                transform: {
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
                  handler(code: string, id: string) {
                    if (id !== DATA_STORE_MODULE) return null;
                    const module = readAtRunTime(code, file);
                    if (module === undefined) return null;
                    replaced = true;
                    return { code: module, map: null };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        // Astro changed how it bundles the store: the build is right, only slower. Say so rather than hide it.
        if (file && existsSync(file) && !replaced) logger.warn(`Astro inlined the content data store (${file}) in a shape src/integrations/data-store.ts does not know: the build is right, but large stores compile slowly`);
      },
    },
  };
}
