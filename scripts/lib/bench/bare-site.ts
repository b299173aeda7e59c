/**
 * The baseline of the build benchmark: a bare Astro site that renders the same MDX files (practices,
 * statements, reviews; the same Markdown files, should the models move to `.md`) with the same Astro and MDX versions, one page per file in a minimal layout,
 * no schema, no joins, no list pages. The hub's build time is reported as a ratio to this one.
 * Pure: returns the project's files as text; scripts/lib/bench/sites.ts writes them and links node_modules.
 */

/** The MDX collections both sites render. */
export const BARE_COLLECTIONS = ['practices', 'statements', 'reviews'] as const;

/** One file of the bare project, relative to its root. */
export interface BareFile {
  path: string;
  text: string;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://bare.example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // The hub filters the same per-file warning, so both builds print alike.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const all = await Promise.all([getCollection('practices'), getCollection('statements'), getCollection('reviews')]);
  return all.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/**
 * The files of a bare Astro project whose collections read `contentDir` (an absolute path), taking the
 * entry files of each collection by `extension` (the hub's, from src/schemas/models.ts: `mdx` today).
 */
export function bareSiteFiles(contentDir: string, extension: Record<(typeof BARE_COLLECTIONS)[number], string>): BareFile[] {
  const loaders = BARE_COLLECTIONS.map(
    (name) => `  ${name}: defineCollection({ loader: glob({ base: ${JSON.stringify(`${contentDir}/${name}`)}, pattern: '*.${extension[name]}' }) }),`,
  );
  const contentConfig = [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    '',
    'export const collections = {',
    ...loaders,
    '};',
    '',
  ].join('\n');
  return [
    { path: 'package.json', text: `${JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2)}\n` },
    { path: 'astro.config.mjs', text: CONFIG },
    { path: 'src/content.config.ts', text: contentConfig },
    { path: 'src/pages/[collection]/[id].astro', text: PAGE },
  ];
}
