/**
 * Builds the Pagefind search index inside `astro build`, with Pagefind's Node API. Pages are indexed
 * while they are generated (src/integrations/pagefind-feed.ts): Pagefind's process works on the second
 * core while Astro renders, and only writing the index is left after the last page. HTML files the feed
 * did not see (public/admin/) are read from the output folder at the end, so the index is the one
 * Pagefind would build from the folder. Every response is
 * checked: an error fails the build rather than leaving a site without (or with half) an index. Only
 * what pages mark with data-pagefind-body is indexed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, type PagefindServiceConfig } from 'pagefind';
import { collectGarbage } from './collect-garbage.ts';
import { feedingPrerenderer, must, PageFeed } from './pagefind-feed.ts';
import type { LayeredIntegration } from './prerender-layers.ts';


/** The HTML files under `dir`, relative to it. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** What writing the index did: HTML pages, those seen while they were generated, those sent to Pagefind, the wait for the last of them, the writing. */
interface Written { pages: number; during: number; searchable: number; settleMs: number; writeMs: number }

/**
 * Feeds the HTML files under `site` that `feed` has not had (copied from public/, or every page when the
 * build's pages did not go through the feed), waits for Pagefind, and writes the index into
 * <site>/pagefind. Pagefind indexes whole pages (menus, footers) when no page marks its content with
 * data-pagefind-body, so that stops the build. Returns the number of HTML pages, and of those sent to Pagefind.
 */
async function writeIndex(feed: PageFeed, site: string): Promise<Written> {
  const started = performance.now();
  const during = feed.files.size;
  const files = htmlFiles(site);
  for (const f of files) if (!feed.files.has(f)) feed.add(f, readFileSync(join(site, f), 'utf8'));
  // While Pagefind works through the last pages: its process grows most while it builds the index, so this one
  // frees what rendering left first (src/integrations/collect-garbage.ts).
  collectGarbage();
  await feed.settle();
  if (!feed.marked) throw new Error(`Pagefind indexed no page in ${site}: no page marks its content with data-pagefind-body`);
  const settled = performance.now();
  const index = await feed.index();
  must('writeFiles', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
  return { pages: files.length, during, searchable: feed.marked, settleMs: Math.round(settled - started), writeMs: Math.round(performance.now() - settled) };
}

/**
 * What is not indexed as text: drawings, and the facts, tags, tables, sources and charts that search offers as
 * filters and result metadata. Excerpts then come from a page's prose, not from labels glued to values.
 */
export const PAGEFIND_CONFIG: PagefindServiceConfig = { excludeSelectors: ['svg', '[data-pagefind-ignore]', '.facts', '.tags', 'table', '.source', '.chart', '.crumbs'] };

/** The Pagefind indexing step as an Astro integration; its layer goes to `prerenderLayers` (astro.config.mjs). */
export function pagefind(): LayeredIntegration {
  let feed = new PageFeed(PAGEFIND_CONFIG);
  /** The index being written, from astro:build:generated on. */
  let writing: Promise<Written> | undefined;
  return {
    name: 'hub:pagefind',
    layer: (inner) => feedingPrerenderer(inner, feed),
    hooks: {
      'astro:build:start': () => {
        feed = new PageFeed(PAGEFIND_CONFIG);
        writing = undefined;
      },
      // Every page is written (public/ was copied before them): the index is written while the other integrations
      // finish in astro:build:done (the last chart PNGs, the citations), not after them.
      'astro:build:generated': ({ dir }) => {
        writing = writeIndex(feed, fileURLToPath(dir));
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { pages, during, searchable, settleMs, writeMs } = await (writing ?? writeIndex(feed, fileURLToPath(dir)));
          // The benchmark reads this line (scripts/lib/bench/phases.ts): the wait for pages still queued, then the writing.
          logger.info(
            `indexed ${searchable} searchable pages of ${pages} (${during} pages seen while they were generated); finished in ${settleMs + writeMs} ms ` +
              `after the last page (${settleMs} ms for pages still queued, ${writeMs} ms to write the index)`,
          );
        } finally {
          writing = undefined;
          await close();
        }
      },
    },
  };
}
