/** Feeding pages to Pagefind as Astro renders them: the file each address is written to, and what is fed. */
import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { close } from 'pagefind';
import { excludedBy, feedingPrerenderer, outputFile, PageFeed, searchablePart, withoutExcluded } from '../../../src/integrations/pagefind-feed.ts';

describe('outputFile', () => {
  it('names the file Astro writes for an address (directory format, trailing slash)', () => {
    expect(outputFile('/', '/')).toBe('index.html');
    expect(outputFile('/practices/est-x-road/', '/practices/[id]')).toBe('practices/est-x-road/index.html');
    expect(outputFile('/search/', '/search')).toBe('search/index.html');
    expect(outputFile('/404/', '/404')).toBe('404.html');
    expect(outputFile('/caf%C3%A9/', '/[id]')).toBe('café/index.html');
  });
});

describe('feedingPrerenderer', () => {
  it('renders with Astro\'s prerenderer and feeds HTML pages only, not redirects or other files', async () => {
    const responses: Record<string, Response> = {
      '/a/': new Response('<main data-pagefind-body>A</main>', { headers: { 'content-type': 'text/html' } }),
      '/rss.xml': new Response('<rss/>', { headers: { 'content-type': 'application/xml' } }),
      '/old/': new Response(null, { status: 301, headers: { location: '/a/', 'content-type': 'text/html' } }),
    };
    const astro: AstroPrerenderer = { name: 'astro:default', getStaticPaths: async () => [], render: async (req) => responses[new URL(req.url).pathname]! };
    const feed = new PageFeed({});
    const added: string[] = [];
    feed.add = (path, html) => void added.push(`${path} ${html}`);
    const p = feedingPrerenderer(astro, feed);
    for (const path of Object.keys(responses)) {
      const r = await p.render(new Request(`https://x.org${path}`), { routeData: { route: path } as never });
      expect(r).toBe(responses[path]);
    }
    expect(added).toEqual(['a/index.html <main data-pagefind-body>A</main>']);
  });
});

describe('withoutExcluded', () => {
  const ignored = excludedBy();
  const withoutIgnored = (html: string) => withoutExcluded(html, ignored);

  it('empties each element marked data-pagefind-ignore, with its value or without, nested elements of its name included', () => {
    expect(withoutIgnored('<p>a</p><div data-pagefind-ignore><div><p>x</p></div><p>y</p></div><p>b</p>')).toBe('<p>a</p><div data-pagefind-ignore></div><p>b</p>');
    expect(withoutIgnored('<aside class="c" data-pagefind-ignore="all">x</aside><section id="s" data-pagefind-ignore>y</section>b'))
      .toBe('<aside class="c" data-pagefind-ignore="all"></aside><section id="s" data-pagefind-ignore></section>b');
    expect(withoutIgnored('<section data-pagefind-ignore><section-list>x</section-list></section>c')).toBe('<section data-pagefind-ignore></section>c');
  });

  it('empties what Pagefind\'s excludeSelectors name: tags, classes among others, attributes; not look-alikes', () => {
    const excluded = excludedBy(['svg', 'table', '.facts', '.source', '[data-note]', 'main > p', '#id']);
    const html = '<h1>T</h1><svg viewBox="0 0 1 1"><text>1</text></svg><dl class="facts">x</dl><p class="lede source x">s</p>' +
      '<table><tr><td><table><tr><td>n</td></tr></table></td></tr></table><aside data-note="1">a</aside><p class="sources">kept</p>' +
      '<p class="factsheet">kept</p><p id="id">kept</p><tbody-x>kept</tbody-x>';
    expect(withoutExcluded(html, excluded)).toBe(
      '<h1>T</h1><svg viewBox="0 0 1 1"></svg><dl class="facts"></dl><p class="lede source x"></p><table></table><aside data-note="1"></aside>' +
        '<p class="sources">kept</p><p class="factsheet">kept</p><p id="id">kept</p><tbody-x>kept</tbody-x>',
    );
  });

  it('keeps what Pagefind still reads or what it cannot delimit: filters, metadata or sort keys inside, a void or unclosed element, the words in text', () => {
    const kept = [
      '<div data-pagefind-ignore><span data-pagefind-filter="type[data-value]" data-value="practice"></span></div>',
      '<div data-pagefind-ignore><h2 data-pagefind-meta="title">T</h2></div>',
      '<img src="a.png" alt="" data-pagefind-ignore><p>after</p>',
      '<section data-pagefind-ignore><p>never closed</p>',
      '<p>data-pagefind-ignore is an attribute</p>',
      '<div data-pagefind-ignore-x>x</div>',
      '<div title="a" data-pagefind-ignored>x</div>',
    ];
    for (const html of kept) expect(withoutIgnored(html)).toBe(html);
  });
});

describe('searchablePart', () => {
  const page = (main: string) =>
    `<!doctype html><html lang="fr" dir="ltr"><head><title>T</title><link rel="stylesheet" href="/a.css"></head>` +
    `<body><header><nav>Menu</nav></header>${main}<footer>Footer</footer></body></html>`;

  it('keeps the <html> tag and the <main data-pagefind-body> element, byte for byte, and nothing else', () => {
    const main = '<main id="main" tabindex="-1" class="wrap" data-pagefind-body><h1>Title</h1><p>a &lt;main&gt; b</p></main>';
    expect(searchablePart(page(main))).toBe(`<html lang="fr" dir="ltr"><body>${main}</body></html>`);
  });

  it('empties the parts Pagefind ignores', () => {
    const main = '<main data-pagefind-body><nav class="crumbs" data-pagefind-ignore><ol><li>Home</li></ol></nav><h1>Title</h1>' +
      '<section data-pagefind-ignore><h2>Related</h2><section><p>nested</p></section></section><p>Body</p></main>';
    expect(searchablePart(page(main))).toBe(
      '<html lang="fr" dir="ltr"><body><main data-pagefind-body><nav class="crumbs" data-pagefind-ignore></nav><h1>Title</h1><section data-pagefind-ignore></section><p>Body</p></main></body></html>',
    );
  });

  it('is undefined for a page that marks no searchable content, even if its text names the attribute', () => {
    expect(searchablePart(page('<main id="main"><p>data-pagefind-body</p></main>'))).toBeUndefined();
    expect(searchablePart(page('<main data-pagefind-body-x><p>x</p></main>'))).toBeUndefined();
    expect(searchablePart('<rss/>')).toBeUndefined();
  });

  it('feeds Pagefind only the searchable part, and counts what it sent', async () => {
    const feed = new PageFeed({});
    feed.add('a/index.html', page('<main data-pagefind-body=""><h1>A</h1></main>'));
    feed.add('b/index.html', page('<main><h1>B</h1></main>'));
    expect([...feed.files]).toEqual(['a/index.html', 'b/index.html']);
    expect(feed.marked).toBe(1);
    try {
      await feed.settle();
    } finally {
      await close();
    }
  });
});
