/** Feeding pages to Pagefind as Astro renders them: the file each address is written to, and what is fed. */
import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { feedingPrerenderer, outputFile, PageFeed } from '../../../src/integrations/pagefind-feed.ts';

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
