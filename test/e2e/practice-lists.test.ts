/**
 * The lists of practices in dist/: browsable without search, by facet, in pages, every practice once per list,
 * every count equal to content/. (The same walk runs on 300 synthetic practices, where lists span several
 * pages, in test/e2e/corpus-build.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPracticeLists, contentPractices } from '../support/practice-lists.ts';

const page = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');

describe('lists of practices in dist/', () => {
  it('hold every practice once per list, within the page size, with counts equal to content/', () => {
    const report = checkPracticeLists('dist', 'content');
    expect(report.problems).toEqual([]);
    // 3 orders, 12 principles, 6 dimensions, 5 statuses, and the countries and years of the practices.
    const practices = contentPractices('content');
    const expected = 3 + 12 + 6 + 5 + new Set(practices.map((p) => p.country)).size + new Set(practices.map((p) => p.startYear)).size;
    expect(report.lists).toBe(expected);
  });

  it('are in the sitemap and out of the search index', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    for (const path of ['/practices/', '/practices/by-title/', '/practices/principle/3/', '/practices/country/est/', '/practices/year/2015/']) {
      expect(sitemap).toContain(`${path}</loc>`);
      expect(page(path)).not.toMatch(/data-pagefind-body/);
    }
  });

  it('say so when a list is empty, and link back to all practices', () => {
    const statuses = new Set(contentPractices('content').map((p) => p.status));
    const empty = ['idea', 'pilot', 'implemented', 'evaluated', 'retired'].find((s) => !statuses.has(s));
    const html = page(`/practices/status/${empty ?? 'retired'}/`);
    if (empty) expect(html).toMatch(new RegExp(`<p class="muted">No practice has the status ${empty[0]!.toUpperCase()}${empty.slice(1)} yet.</p>`));
    else expect(html).toMatch(/<li class="card">/);
    expect(html).toMatch(/<a href="\/practices\/">All practices<\/a>/);
  });

  it('carry breadcrumbs, mark the current order and facet, and link a facet to its page', () => {
    const est = page('/practices/country/est/');
    expect(est).toMatch(/<nav aria-label="Breadcrumb"[^>]*>.*<a href="\/practices\/">Practices<\/a>.*<span aria-current="page">Estonia<\/span>/s);
    expect(est).toMatch(/<a href="\/practices\/country\/est\/" aria-current="page">Estonia<\/a>/);
    expect(est).toMatch(/<a href="\/countries\/est\/">About Estonia<\/a>/);
    expect(page('/practices/by-title/')).toMatch(/<span aria-current="page">Title \(A–Z\)<\/span>/);
  });

  it('are what tags and counts elsewhere link to, not the search page', () => {
    expect(page('/practices/est-x-road/')).toMatch(/<a class="status status-\w+" href="\/practices\/status\/\w+\/">/);
    expect(page('/practices/est-x-road/')).toMatch(/<dt>Since<\/dt><dd><a href="\/practices\/year\/\d{4}\/">/);
    expect(page('/principles/')).toMatch(/<a href="\/practices\/principle\/3\/">\d+ practices<\/a>/);
    expect(page('/countries/')).toMatch(/<a href="\/practices\/country\/est\/">\d+<\/a>/);
    expect(page('/countries/est/')).toMatch(/<a href="\/practices\/country\/est\/">/);
    for (const path of ['/practices/', '/dimensions/data_driven_public_sector/', '/principles/3/', '/countries/est/']) {
      expect(page(path), path).not.toMatch(/href="\/search\/\?[^"]*type=practice/);
    }
  });
});
