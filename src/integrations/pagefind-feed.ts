/**
 * Indexing while pages are generated: each HTML page Astro renders is handed to Pagefind's Node API
 * (`index.addHTMLFile`) as soon as it is rendered, so Pagefind's own process indexes on the second core
 * while Node renders the next pages, instead of reading every page back from disk after the last one.
 * Pagefind is sent only what it reads of a page (`searchablePart`): the <html> tag (its language) and the
 * <main data-pagefind-body> element, byte for byte as Astro writes them; a page without that element is not sent
 * (Pagefind leaves such pages out once any page has it). The path given to Pagefind is the file's, so results get
 * the same URLs, and the index the same files, as when Pagefind reads dist/ (test/e2e/search-index.test.ts).
 */
import type { AstroPrerenderer } from 'astro';
import { createIndex, type PagefindIndex, type PagefindServiceConfig } from 'pagefind';
import { over } from './prerender-layers.ts';

/** Throws when Pagefind answered with errors. */
export function must<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * The file Astro writes for a page address (trailingSlash 'always', build.format 'directory'):
 * `/practices/x/` -> `practices/x/index.html`, `/` -> `index.html`, the 404 and 500 routes -> `404.html`, `500.html`.
 */
export function outputFile(pathname: string, route: string): string {
  if (route === '/404' || route === '/500') return `${route.slice(1)}.html`;
  const path = decodeURI(pathname).replace(/^\/+/, '');
  if (path.endsWith('.html')) return path;
  return path === '' ? 'index.html' : `${path.replace(/\/?$/, '/')}index.html`;
}

/** The <main> element that marks a page's searchable content (src/layouts/Base.astro). */
const BODY = /<main\b[^>]*\sdata-pagefind-body[\s=>]/;

/** An opening tag that carries `data-pagefind-ignore` (with or without a value). */
const IGNORED = /<([a-z][a-z0-9-]*)(?=[\s/>])[^>]*\sdata-pagefind-ignore(?=[\s=>])[^>]*>/gi;
/** Any Pagefind attribute other than `data-pagefind-ignore`: Pagefind still reads filters and metadata in ignored parts. */
const OTHER_PAGEFIND = /\sdata-pagefind-(?!ignore[\s=>])/i;

/** Where the element whose opening tag ends at `from` closes (after its end tag), or -1 if it does not (void, unclosed). */
function closingEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  for (let depth = 1, m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/**
 * `html` without the elements Pagefind leaves out of the index (`data-pagefind-ignore`: breadcrumbs, related practices,
 * citation blocks), unless they hold another Pagefind attribute. Markup from the hub's own components (Astro escapes
 * `<` and `>` in text and attribute values); an element whose end is not found stays.
 */
export function withoutIgnored(html: string): string {
  let out = '';
  let from = 0;
  IGNORED.lastIndex = 0;
  for (let m = IGNORED.exec(html); m; m = IGNORED.exec(html)) {
    const end = closingEnd(html, m[1]!, IGNORED.lastIndex);
    if (end < 0 || OTHER_PAGEFIND.test(html.slice(IGNORED.lastIndex, end))) continue;
    out += html.slice(from, m.index);
    from = IGNORED.lastIndex = end;
  }
  return out + html.slice(from);
}

/**
 * What Pagefind reads of a page: its <html> opening tag and its <main data-pagefind-body> element without the parts
 * Pagefind ignores, or undefined when the page has no such element. Sending only this leaves the index as it is
 * (test/e2e/search-index.test.ts) and pipes Pagefind a third of the bytes of whole pages: a page's head, header,
 * footer and navigation are most of its HTML, and a practice's related practices and citation a third of its <main>.
 */
export function searchablePart(html: string): string | undefined {
  const start = html.search(BODY);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return undefined;
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  return `${htmlTag}<body>${withoutIgnored(html.slice(start, end + '</main>'.length))}</body></html>`;
}

/** Pages fed to one Pagefind index as they are rendered. */
export class PageFeed {
  #index: Promise<PagefindIndex> | undefined;
  #pending: Promise<{ errors: string[]; file?: string }>[] = [];
  /** The files of the pages fed so far (relative to the output folder). */
  readonly files = new Set<string>();
  /** How many of them mark content with data-pagefind-body, and were sent to Pagefind. */
  marked = 0;

  readonly #config: PagefindServiceConfig;

  constructor(config: PagefindServiceConfig) {
    this.#config = config;
  }

  /** The index, started on first use (Pagefind runs in its own process). */
  index(): Promise<PagefindIndex> {
    return (this.#index ??= createIndex(this.#config).then((r) => {
      const { index } = must('createIndex', r);
      if (!index) throw new Error('Pagefind createIndex returned no index');
      return index;
    }));
  }

  /** Hands one page's searchable part to Pagefind without waiting for it; `settle` collects the answers. */
  add(sourcePath: string, html: string): void {
    this.files.add(sourcePath);
    const content = searchablePart(html);
    if (content === undefined) return;
    this.marked += 1;
    this.#pending.push(this.index().then((index) => index.addHTMLFile({ sourcePath, content })).then((r) => ({ errors: r.errors, file: sourcePath })));
  }

  /** Waits for every page handed over; throws with every error Pagefind reported. */
  async settle(): Promise<void> {
    const answers = await Promise.all(this.#pending);
    const errors = answers.flatMap((a) => a.errors.map((e) => `${a.file}: ${e}`));
    must('addHTMLFile', { errors });
  }
}

/** A prerenderer that renders with Astro's own and feeds every HTML page it renders to `feed`. */
export function feedingPrerenderer(astro: AstroPrerenderer, feed: PageFeed): AstroPrerenderer {
  return over(astro, {
    name: 'hub:pagefind-feed',
    render: async (request, options) => {
      const result = await astro.render(request, options);
      const response = result instanceof Response ? result : result.response;
      // Redirects are written as a small page of their own, not this response; every other HTML page as is (404 too).
      const redirect = response.status >= 300 && response.status < 400;
      if (!redirect && response.headers.get('content-type')?.startsWith('text/html')) {
        feed.add(outputFile(new URL(request.url).pathname, options.routeData.route), await response.clone().text());
      }
      return result;
    },
  });
}
