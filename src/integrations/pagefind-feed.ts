/**
 * Indexing while pages are generated: each HTML page Astro renders is handed to Pagefind's Node API
 * (`index.addHTMLFile`) as soon as it is rendered, so Pagefind's own process indexes on the second core
 * while Node renders the next pages, instead of reading every page back from disk after the last one.
 * Pagefind is sent only what it reads of a page (`searchablePart`): the <html> tag (its language) and the
 * <main data-pagefind-body> element as Astro writes them, less the elements Pagefind leaves out (data-pagefind-ignore
 * and PAGEFIND_CONFIG's excludeSelectors); a page without that element is not sent
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

/** Any opening tag: its name and attributes. */
const OPEN = /<([a-z][a-z0-9-]*)(?=[\s/>])([^>]*)>/gi;
/** Any Pagefind attribute other than `data-pagefind-ignore`: Pagefind still reads filters and metadata in ignored parts. */
const OTHER_PAGEFIND = /\sdata-pagefind-(?!ignore[\s=>])/i;

/** Whether an opening tag (name, attributes) opens an element Pagefind leaves out of the index. */
export type Excluded = (tag: string, attributes: string) => boolean;

/**
 * The elements Pagefind leaves out: those marked `data-pagefind-ignore`, and those `selectors` (Pagefind's
 * excludeSelectors) name, of the forms `tag`, `.class` and `[attribute]`; other forms are left to Pagefind.
 */
export function excludedBy(selectors: readonly string[] = []): Excluded {
  const tags = new Set(selectors.filter((s) => /^[a-z][a-z0-9-]*$/i.test(s)).map((s) => s.toLowerCase()));
  const classes = selectors.filter((s) => /^\.[\w-]+$/.test(s)).map((s) => s.slice(1));
  const attributes = ['data-pagefind-ignore', ...selectors.filter((s) => /^\[[\w-]+\]$/.test(s)).map((s) => s.slice(1, -1))];
  const attribute = new RegExp(`\\s(?:${attributes.join('|')})(?=[\\s=/]|$)`, 'i');
  const klass = classes.length ? new RegExp(`\\sclass="(?:[^"]*\\s)?(?:${classes.join('|')})(?:\\s[^"]*)?"`) : undefined;
  return (tag, attrs) => tags.has(tag.toLowerCase()) || attribute.test(attrs) || Boolean(klass?.test(attrs));
}

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
 * `html` with the elements Pagefind leaves out of the index (breadcrumbs, facts, tags, tables, charts, related
 * practices, citation blocks) emptied, unless they hold another Pagefind attribute. Markup from the hub's own components
 * (Astro escapes `<` and `>` in text and attribute values); an element whose end is not found stays.
 */
export function withoutExcluded(html: string, excluded: Excluded): string {
  let out = '';
  let from = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m; m = OPEN.exec(html)) {
    if (!excluded(m[1]!, m[2]!)) continue;
    const end = closingEnd(html, m[1]!, OPEN.lastIndex);
    if (end < 0 || OTHER_PAGEFIND.test(html.slice(OPEN.lastIndex, end))) continue;
    // The element stays, empty: Pagefind records an excluded element's id as an anchor of the page.
    out += `${html.slice(from, OPEN.lastIndex)}</${m[1]}>`;
    from = OPEN.lastIndex = end;
  }
  return out + html.slice(from);
}

/**
 * What Pagefind reads of a page: its <html> opening tag and its <main data-pagefind-body> element without the parts
 * it leaves out (`excluded`), or undefined when the page has no such element. Sending only this leaves the index as
 * it is (test/e2e/search-index.test.ts) and pipes Pagefind a fifth of the bytes of whole pages: a page's head,
 * header, footer and navigation are most of its HTML, and the parts left out more than half of its <main>.
 */
export function searchablePart(html: string, excluded: Excluded = excludedBy()): string | undefined {
  const start = html.search(BODY);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return undefined;
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  return `${htmlTag}<body>${withoutExcluded(html.slice(start, end + '</main>'.length), excluded)}</body></html>`;
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
  readonly #excluded: Excluded;

  constructor(config: PagefindServiceConfig) {
    this.#config = config;
    this.#excluded = excludedBy(config.excludeSelectors);
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
    const content = searchablePart(html, this.#excluded);
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
