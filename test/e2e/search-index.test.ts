/**
 * The search index `astro build` writes: pages are fed to Pagefind as they are rendered, and only their searchable
 * part (src/integrations/pagefind-feed.ts). Fed in the same order, that part gives the index that whole pages give,
 * file for file; and the build's index holds the same pages as one Pagefind writes by reading dist/ itself.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import { PAGEFIND_CONFIG, htmlFiles } from '../../src/integrations/pagefind.ts';
import { PageFeed } from '../../src/integrations/pagefind-feed.ts';

const tmp = mkdtempSync(join(tmpdir(), 'hub-search-index-'));
afterAll(async () => {
  await close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Every file of an index folder, sorted: fragment, index and filter files are named by their content's hash. */
const filesOf = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
const fragments = (dir: string) => filesOf(dir).filter((f) => f.startsWith('fragment/'));

async function wholePages(pages: [string, string][], out: string): Promise<void> {
  const { index } = await createIndex(PAGEFIND_CONFIG);
  if (!index) throw new Error('Pagefind could not start');
  for (const [sourcePath, content] of pages) expect((await index.addHTMLFile({ sourcePath, content })).errors).toEqual([]);
  expect((await index.writeFiles({ outputPath: out })).errors).toEqual([]);
}

describe('the search index of the build', () => {
  const pages = htmlFiles('dist')
    .filter((f) => !f.startsWith('pagefind/'))
    .sort()
    .map((f): [string, string] => [f, readFileSync(join('dist', f), 'utf8')]);

  it('is, from each page\'s searchable part, the index Pagefind writes from whole pages, file for file', async () => {
    const whole = join(tmp, 'whole');
    await wholePages(pages, whole);
    const feed = new PageFeed(PAGEFIND_CONFIG);
    for (const [file, html] of pages) feed.add(file, html);
    await feed.settle();
    const part = join(tmp, 'part');
    expect((await (await feed.index()).writeFiles({ outputPath: part })).errors).toEqual([]);

    expect(feed.marked).toBeGreaterThan(300);
    expect(feed.marked).toBeLessThan(pages.length);
    expect(filesOf(part)).toEqual(filesOf(whole));
    for (const f of filesOf(whole).filter((f) => f.includes('.'))) expect(readFileSync(join(part, f)).equals(readFileSync(join(whole, f))), f).toBe(true);
    // The build fed pages in the order it rendered them, so its word and filter files number them otherwise; each page's
    // own record (its fragment, named by its hash) is the same.
    expect(fragments(join('dist', 'pagefind'))).toEqual(fragments(whole));
  }, 120_000);
});
