/**
 * Indexing while pages are generated: each HTML page Astro renders is handed to Pagefind's Node API
 * (`index.addHTMLFile`) as soon as it is rendered, so Pagefind's own process indexes on the second core
 * while Node renders the next pages, instead of reading every page back from disk after the last one.
 * The HTML is the response Astro writes to the file, byte for byte; the path given to Pagefind is that
 * file's, so results get the same URLs as when Pagefind read dist/.
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

/** Pages fed to one Pagefind index as they are rendered. */
export class PageFeed {
  #index: Promise<PagefindIndex> | undefined;
  #pending: Promise<{ errors: string[]; file?: string }>[] = [];
  /** The files of the pages fed so far (relative to the output folder). */
  readonly files = new Set<string>();
  /** Whether any page marks its content with data-pagefind-body. */
  marked = false;

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

  /** Hands one page to Pagefind without waiting for it; `settle` collects the answers. */
  add(sourcePath: string, content: string): void {
    this.files.add(sourcePath);
    if (!this.marked && content.includes('data-pagefind-body')) this.marked = true;
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
