/** The Pagefind step of the build, on small real sites: it writes an index, or fails loudly. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagefind } from '../../../src/integrations/pagefind.ts';

const logger = { info: () => undefined } as never;
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Menu words</nav>${body}</body></html>`;

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-pf-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  return dir;
}

type Hook = (o: object) => Promise<void> | void;
/** The two hooks of one build: every page generated, then the build done. */
function build(dir: string) {
  const { hooks } = pagefind();
  const options = { dir: pathToFileURL(`${dir}/`), logger };
  return { generated: () => (hooks['astro:build:generated'] as Hook)(options), done: () => (hooks['astro:build:done'] as Hook)(options) };
}

const run = (dir: string) => (pagefind().hooks['astro:build:done'] as (o: object) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });

describe('the Pagefind build step', () => {
  it('writes an index of the pages that mark their body', async () => {
    const dir = site({
      a: page('<main data-pagefind-body><h1>X-Road</h1><p>Data exchange.</p></main>'),
      b: page('<main><h1>Not indexed</h1></main>'),
    });
    await run(dir);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toHaveLength(1);
  });

  it('starts writing once every page is generated, from the pages there then, and reports when the build is done', async () => {
    const dir = site({ a: page('<main data-pagefind-body><h1>X-Road</h1></main>') });
    const { generated, done } = build(dir);
    await generated();
    // Another integration writing a page in astro:build:done comes too late for the index.
    mkdirSync(join(dir, 'late'));
    writeFileSync(join(dir, 'late', 'index.html'), page('<main data-pagefind-body><h1>Late</h1></main>'));
    await done();
    expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toHaveLength(1);
  });

  it('fails the build when no page is marked for indexing, the failure reported when the build is done', async () => {
    const { generated, done } = build(site({ a: page('<main><h1>Nothing marked</h1></main>') }));
    await generated();
    await expect(done()).rejects.toThrow('Pagefind indexed no page');
  });

  it('fails the build when no page is marked for indexing', async () => {
    const dir = site({ a: page('<main><h1>Nothing marked</h1></main>') });
    await expect(run(dir)).rejects.toThrow('Pagefind indexed no page');
  });
});
