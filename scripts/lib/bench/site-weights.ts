/**
 * The weight of every page of a built site, grouped by page type (scripts/lib/bench/page-types.ts): what the size
 * budget test checks and what `npm run bench:pages` reports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { median } from './stats.ts';
import { budgetProblems, pageWeight, type PageWeight } from './page-weight.ts';
import { PAGE_TYPES, pageTypeOf, urlPathOf, type PageType } from './page-types.ts';

/** Every HTML page of the site in `dist`, with its weight. Throws when `dist` holds no built site. */
export function readSiteWeights(dist: string): PageWeight[] {
  const root = resolve(dist);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${dist}/ has no built site: run \`npm run build\` first.`);
  const cache = new Map<string, string | undefined>();
  const read = (p: string) => {
    if (!cache.has(p)) {
      const file = join(root, decodeURIComponent(p));
      cache.set(p, file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined);
    }
    return cache.get(p);
  };
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !relative(root, e.parentPath).split('/').includes('pagefind'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort()
    .map((file) => pageWeight(urlPathOf(file), readFileSync(join(root, file), 'utf8'), read));
}

/** What the pages of one type weigh. */
export interface TypeWeight {
  type: PageType;
  pages: number;
  /** The sample page, or the first page of the type. */
  example?: PageWeight;
  /** The heaviest page by gzipped HTML. */
  largest?: PageWeight;
  medianHtmlGzip?: number;
  maxJsGzip?: number;
  maxCssGzip?: number;
  problems: string[];
}

/** Groups page weights by type, in the table's order; a type with no page has `pages: 0` ("not built yet"). */
export function weightsByType(weights: readonly PageWeight[], types: readonly PageType[] = PAGE_TYPES): TypeWeight[] {
  return types.map((type) => {
    const pages = weights.filter((w) => pageTypeOf(w.path, types) === type);
    if (!pages.length) return { type, pages: 0, problems: [] };
    const largest = pages.reduce((a, b) => (b.html.gzip > a.html.gzip ? b : a));
    return {
      type,
      pages: pages.length,
      example: pages.find((p) => p.path === type.sample) ?? pages[0]!,
      largest,
      medianHtmlGzip: median(pages.map((p) => p.html.gzip)),
      maxJsGzip: Math.max(...pages.map((p) => p.js.gzip)),
      maxCssGzip: Math.max(...pages.map((p) => p.css.gzip)),
      problems: pages.flatMap((p) => budgetProblems(p, type)),
    };
  });
}
