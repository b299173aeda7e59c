// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentDir } from './src/lib/content-dir.ts';

/** Public address of the hub; override with SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://eleaders-hub.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [contentCheck(contentDir()), mdx(), sitemap({ filter: (page) => !page.includes('/admin/') })],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX output carries a directive Rolldown warns about once per file; it is harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
