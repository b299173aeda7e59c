/**
 * Builds the Pagefind search index inside `astro build`, from the pages just written, with Pagefind's
 * Node API. Every response is checked: an error fails the build rather than leaving a site without
 * (or with half) an index. Only what pages mark with data-pagefind-body is indexed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Throws when Pagefind answered with errors. */
function must<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * Whether any HTML page under `dir` marks its content with data-pagefind-body. Pagefind indexes whole
 * pages (menus, footers) when no page is marked, so that must stop the build.
 */
export function anyPageMarked(dir: string): boolean {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .some((f) => readFileSync(join(dir, f), 'utf8').includes('data-pagefind-body'));
}

/**
 * What is not indexed as text: drawings, and the facts, tags, tables, sources and charts that search offers as
 * filters and result metadata. Excerpts then come from a page's prose, not from labels glued to values.
 */
const EXCLUDE = ['svg', '[data-pagefind-ignore]', '.facts', '.tags', 'table', '.source', '.chart', '.crumbs'];

/** The Pagefind indexing step as an Astro integration. */
export function pagefind(): AstroIntegration {
  return {
    name: 'hub:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        if (!anyPageMarked(site)) throw new Error(`Pagefind indexed no page in ${site}: no page marks its content with data-pagefind-body`);
        try {
          const { index } = must('createIndex', await createIndex({ excludeSelectors: EXCLUDE }));
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = must('addDirectory', await index.addDirectory({ path: site }));
          if (added.page_count === 0) throw new Error(`Pagefind indexed no page in ${site}`);
          must('writeFiles', await index.writeFiles({ outputPath: `${site}pagefind` }));
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
