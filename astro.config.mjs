// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { chartPngs } from './src/integrations/chart-pngs.ts';
import { citations } from './src/integrations/citations.ts';
import { dataStore } from './src/integrations/data-store.ts';
import { prerenderLayers } from './src/integrations/prerender-layers.ts';
import { cms } from './src/integrations/cms.ts';
import { cmsMdx } from './src/integrations/cms-mdx.ts';
import { SITE_CSP } from './src/cms/csp.ts';
import { contentDir } from './src/content/content-dir.ts';

/** Public address of the hub; override with SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://eleaders-hub.example.org';

// Each changes what Astro renders or sees it, through one prerenderer (src/integrations/prerender-layers.ts).
const search = pagefind();
const pngs = chartPngs();
const cites = citations();

export default defineConfig({
  site,
  // The build cache (with the content layer's data store) stays in this project, not in node_modules/.astro:
  // test sites and worktrees link node_modules, and a shared store leaks one site's entries into another's build.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  integrations: [
    contentCheck(contentDir()),
    dataStore(),
    cms(),
    cmsMdx(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.includes('/search/') }),
    pngs,
    search,
    cites,
    prerenderLayers(pngs, search, cites),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Every page: same-origin only, hashes of Astro's own scripts and styles added automatically.
  security: { csp: SITE_CSP },
  // Shiki colours code with style attributes, which the policy refuses; Prism uses classes.
  markdown: { syntaxHighlight: 'prism' },
  // Styles that MDX content pulls in are inlined without their hash in the policy; as files they need none.
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      // A page's element is always its own file, never inlined however small: no inline code to hash.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro's MDX output carries a directive Rolldown warns about once per file; it is harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
