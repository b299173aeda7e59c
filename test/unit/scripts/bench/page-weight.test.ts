/** Page weight: what a page loads, counted in bytes, and held to its type's budget. */
import { describe, expect, it } from 'vitest';
import { gzipLength } from '../../../../scripts/lib/bench/bytes.ts';
import { budgetProblems, lazyImports, lazyWeight, pageRefs, pageWeight, staticImports } from '../../../../scripts/lib/bench/page-weight.ts';
import { CONTENT_PAGE, PAGE_TYPES, pageTypeOf, urlPathOf, type PageType } from '../../../../scripts/lib/bench/page-types.ts';

const SITE: Record<string, string> = {
  '/_astro/Base.css': 'body{margin:0}',
  '/_astro/hub-compare.js': 'import{a as b}from"./chunk.js";import"./side.js";const c=()=>import("./lazy.js");b(c);',
  '/_astro/chunk.js': 'export const a=(f)=>f();',
  '/_astro/side.js': 'console.log(1)',
  '/_astro/lazy.js': 'export default 1',
};
const read = (p: string) => SITE[p];

const html = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('pageRefs', () => {
  it('finds stylesheets, scripts, modulepreloads and inline blocks, and skips data blocks', () => {
    const refs = pageRefs(
      html(
        '<link rel="stylesheet" href="/_astro/Base.css"><link rel=modulepreload href="/_astro/chunk.js"><link rel="icon" href="/favicon.svg"><style>h1{color:red}</style>',
        '<script type="module" src="/_astro/hub-compare.js"></script><script>window.x=1</script><script type="application/ld+json">{"a":1}</script>',
      ),
    );
    expect(refs).toEqual({ css: ['/_astro/Base.css'], js: ['/_astro/hub-compare.js', '/_astro/chunk.js'], inlineCss: ['h1{color:red}'], inlineJs: ['window.x=1'] });
  });
});

describe('staticImports', () => {
  it('follows import and export-from, not lazy import()', () => {
    expect(staticImports(SITE['/_astro/hub-compare.js']!)).toEqual(['./chunk.js', './side.js']);
    expect(staticImports('export*from"./x.js";export{y}from"./y.js"')).toEqual(['./x.js', './y.js']);
  });
});

describe('lazyImports', () => {
  it('finds import() with a literal address in any quotes, once each', () => {
    expect(lazyImports(SITE['/_astro/hub-compare.js']!)).toEqual(['./lazy.js']);
    expect(lazyImports('a(()=>import(`./x.js`));b(()=>import( "./x.js" ));import(y)')).toEqual(['./x.js']);
  });
});

describe('lazyWeight', () => {
  it('counts the lazy modules and their static imports, not what the page loaded already', () => {
    const files: Record<string, string> = {
      '/_astro/entry.js': 'import"./shared.js";const go=()=>import(`./big.js`);go();',
      '/_astro/shared.js': 'export const s=1',
      '/_astro/big.js': 'import{s}from"./shared.js";import"./chart.js";export default s',
      '/_astro/chart.js': 'export const c=2',
    };
    const w = lazyWeight('/compare/', html('', '<script type="module" src="/_astro/entry.js"></script>'), (p) => files[p]);
    const expected = ['/_astro/big.js', '/_astro/chart.js'].reduce((n, p) => n + gzipLength(files[p]!), 0);
    expect(w.gzip).toBe(expected);
    expect(lazyWeight('/a/', html('', '<script type="module" src="/_astro/shared.js"></script>'), (p) => files[p])).toEqual({ raw: 0, gzip: 0 });
  });
});

describe('pageWeight', () => {
  it('counts a page with no script as 0 bytes of JavaScript', () => {
    const w = pageWeight('/practices/a/', html('<link rel="stylesheet" href="/_astro/Base.css">', '<h1>A</h1>'), read);
    expect(w.js).toEqual({ raw: 0, gzip: 0 });
    expect(w.css.raw).toBe(14);
    expect(w.assets).toEqual(['/_astro/Base.css']);
  });

  it('counts each script and its static imports once, resolving relative paths', () => {
    const page = html('<link rel="modulepreload" href="/_astro/chunk.js">', '<script type="module" src="../_astro/hub-compare.js"></script>');
    const w = pageWeight('/compare/', page, read);
    expect([...w.assets].sort()).toEqual(['/_astro/chunk.js', '/_astro/hub-compare.js', '/_astro/side.js']);
    const files = ['/_astro/chunk.js', '/_astro/hub-compare.js', '/_astro/side.js'].map((p) => SITE[p]!);
    expect(w.js.raw).toBe(files.join('').length);
    expect(w.js.gzip).toBe(files.reduce((n, f) => n + gzipLength(f), 0));
    expect(w.html.gzip).toBe(gzipLength(page));
  });

  it('reports what the site does not hold: another host, or a missing file', () => {
    const w = pageWeight('/', html('<script src="https://cdn.example.com/x.js"></script><link rel="stylesheet" href="/_astro/gone.css">'), read);
    expect([...w.missing].sort()).toEqual(['/_astro/gone.css', 'https://cdn.example.com/x.js']);
  });
});

describe('budgetProblems', () => {
  const practice = pageTypeOf('/practices/a/');

  it('says which page is over, by how much, and where the budget is set', () => {
    const w = pageWeight('/practices/a/', html('', `<script>${'let v=Math.random();'.repeat(10)}</script>`), read);
    expect(budgetProblems(w, practice)).toEqual([
      expect.stringMatching(/^\/practices\/a\/: loads \d+ B of JavaScript gzipped, over 0 B \(budget of "Practice" pages in scripts\/lib\/bench\/page-types.ts\)/),
    ]);
  });

  it('holds HTML to its gzipped budget', () => {
    const tight: PageType = { ...practice, budget: { htmlGzip: 10, jsGzip: 0 } };
    expect(budgetProblems(pageWeight('/practices/a/', html('', '<p>text</p>'), read), tight)[0]).toMatch(/HTML is \d+ B gzipped, over 10 B/);
  });

  it('does not budget pages that are not for readers', () => {
    const w = pageWeight('/admin/', html('', '<script src="/_astro/side.js"></script>'), read);
    expect(budgetProblems(w, pageTypeOf('/admin/'))).toEqual([]);
  });
});

describe('PAGE_TYPES', () => {
  it('gives each sample path its own type, so no row hides another', () => {
    for (const t of PAGE_TYPES.filter((x) => x.sample)) expect(pageTypeOf(t.sample!).id, t.sample).toBe(t.id);
  });

  it('has unique ids and ends with a row that takes any page, at the budget of a content page', () => {
    expect(new Set(PAGE_TYPES.map((t) => t.id)).size).toBe(PAGE_TYPES.length);
    expect(pageTypeOf('/some/new/page/')).toMatchObject({ id: 'other', budget: CONTENT_PAGE });
  });

  it('holds content pages to 0 JS and 30 kB of HTML, /compare/ to 35 kB of JS', () => {
    for (const id of ['home', 'practice', 'country', 'review', 'statement']) expect(PAGE_TYPES.find((t) => t.id === id)!.budget).toEqual({ htmlGzip: 30_000, jsGzip: 0 });
    expect(pageTypeOf('/compare/').budget).toEqual({ htmlGzip: 30_000, jsGzip: 35_000 });
  });

  it('marks the six page types Lighthouse audits', () => {
    expect(PAGE_TYPES.filter((t) => t.lighthouse).map((t) => t.id)).toEqual(['home', 'practice', 'country', 'country-indicator', 'compare', 'search']);
  });
});

describe('urlPathOf', () => {
  it('turns built files into the paths readers visit', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('practices/est-x-road/index.html')).toBe('/practices/est-x-road/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});
