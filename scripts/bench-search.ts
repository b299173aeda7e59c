/**
 * `npm run bench:search`: on the hub built from a synthetic corpus (10,000 practices unless
 * --practices says otherwise; built once per commit and reused, see ensureHubSite), runs 20 queries
 * with and without filters in headless Chromium and reports, for each, the time from starting the
 * search to the first result on screen and the bytes transferred, with the HTTP cache off. Writes
 * bench-results/search-<N>.json and .md.
 *
 *   npm run bench:search                        10,000 practices
 *   npm run bench:search -- --practices 2000    a smaller corpus
 *   npm run bench:search -- --dist dist         a site already built (e.g. the real content)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium-flags.ts';
import { wholeNumber } from './lib/cli-number.ts';
import { createVocabulary } from './lib/corpus/corpus-text.ts';
import { benchQueries, searchMarkdown, type BenchQuery, type QueryResult } from './lib/bench/search-bench.ts';
import { serveStatic } from './lib/static-server.ts';
import { ensureHubSite, RESULTS } from './lib/bench/sites.ts';

const { values } = parseArgs({ options: { practices: { type: 'string' }, seed: { type: 'string' }, dist: { type: 'string' } } });
const say = (s: string) => console.log(`[bench:search] ${s}`);

/** Runs one query in a fresh page that has loaded /search/; the page's own load is not counted. */
async function runQuery(context: BrowserContext, base: string, query: BenchQuery): Promise<QueryResult> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let counting = false;
  const sizes: Promise<number>[] = [];
  // Pagefind fetches from a Web Worker; Playwright reports those requests as the page's.
  page.on('requestfinished', (r) => {
    if (counting) sizes.push(r.sizes().then((z) => z.responseBodySize + z.responseHeadersSize));
  });
  await page.goto(`${base}/search/`);
  // Pagefind loads when the reader first uses the box (src/search/hub-search.ts): focus it, as a person does before
  // typing. A person types once the page has settled: Pagefind loaded, its own first (faceted) search shown, the main
  // thread idle; the query is timed from there.
  await page.getByRole('searchbox', { name: 'Search words' }).focus();
  await page.locator('pagefind-summary').filter({ hasText: /\d+ results?/ }).waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise<void>((ok) => requestIdleCallback(() => ok(), { timeout: 10_000 })));
  counting = true;
  const { ms, results } = await page.evaluate(async ({ q, filters }) => {
    type Instance = { on(e: 'results', cb: (r: { results: unknown[] }) => void): void; triggerSearchWithFilters(q: string, f: Record<string, string[]>): void };
    const w = window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(n: string): Instance } } };
    const instance = w.PagefindComponents.getInstanceManager().getInstance('default');
    // Results already on screen (the empty faceted search) must not count as this query's.
    for (const li of document.querySelectorAll<HTMLElement>('pagefind-results li')) li.dataset.old = '1';
    const started = performance.now();
    return new Promise<{ ms: number; results: number }>((done) => {
      instance.on('results', (r) => {
        const count = r.results.length;
        if (count === 0) return done({ ms: performance.now() - started, results: 0 });
        const shown = () => {
          const title = document.querySelector('pagefind-results li:not([data-old]) .pf-result-title:not(.pf-skeleton)');
          if (title?.textContent) done({ ms: performance.now() - started, results: count });
          else requestAnimationFrame(shown);
        };
        shown();
      });
      instance.triggerSearchWithFilters(q, filters);
    });
  }, query);
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await page.close();
  return { ...query, results, firstResultMs: ms, bytes };
}

/**
 * Pagefind's search() alone for every query, in one page with two instances of its JavaScript API: one with
 * every filter loaded (as the search page has, for its counts per filter value), and a new one per query with none
 * loaded (a search then loads only the filters it uses). Each query runs once to load its chunks, then three times timed.
 */
async function engineTimes(context: BrowserContext, base: string, queries: readonly BenchQuery[]): Promise<NonNullable<QueryResult['engine']>[]> {
  const page = await context.newPage();
  await page.goto(`${base}/search/`);
  const times = await page.evaluate(async (qs) => {
    type Search = (q: string | null, o: { filters: Record<string, string[]> }) => Promise<unknown>;
    type Api = { search: Search; filters(): Promise<unknown> };
    const url = '/pagefind/pagefind.js';
    const { createInstance } = (await import(url)) as { createInstance(o: object): Api };
    const counted = createInstance({});
    await counted.filters();
    const median3 = async (api: Api, q: string, filters: Record<string, string[]>) => {
      await api.search(q || null, { filters });
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await api.search(q || null, { filters });
        runs.push(performance.now() - t);
      }
      return runs.sort((a, b) => a - b)[1]!;
    };
    const out: { withCounts: number; withoutCounts: number }[] = [];
    // A new instance per query for the times without counts: a search keeps the filters it loaded.
    for (const { q, filters } of qs) out.push({ withCounts: await median3(counted, q, filters), withoutCounts: await median3(createInstance({}), q, filters) });
    return out;
  }, queries.map(({ q, filters }) => ({ q, filters })));
  await page.close();
  return times;
}

async function main() {
  const practices = wholeNumber('practices', values.practices, 10_000);
  const seed = wholeNumber('seed', values.seed, 1);
  let site: string;
  if (values.dist) site = resolve(values.dist);
  else {
    say(`the hub on ${practices.toLocaleString('en')} synthetic practices (built once per commit, then reused)…`);
    site = (await ensureHubSite(practices, seed)).site;
  }
  if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) throw new Error(`${site} has no Pagefind index: build it with npm run build (or omit --dist)`);
  const server = await serveStatic(site, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'hub-bench-search-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS], headless: true });
  const rows: QueryResult[] = [];
  try {
    for (const q of benchQueries(createVocabulary().words, 'Estonia', '3. Data-driven culture in the public sector')) {
      const r = await runQuery(context, base, q);
      say(`${r.label}: ${r.results} results, first after ${Math.round(r.firstResultMs)} ms, ${(r.bytes / 1000).toFixed(1)} kB`);
      rows.push(r);
    }
    say("Pagefind's search() alone, with and without filter counts…");
    const engine = await engineTimes(context, base, rows);
    rows.forEach((r, i) => (r.engine = engine[i]));
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const name = values.dist ? `search-${basename(site)}` : `search-${practices}`;
  const title = values.dist ? `Search on ${site}` : `Search at ${practices.toLocaleString('en')} practices`;
  mkdirSync(RESULTS, { recursive: true });
  const md = searchMarkdown(title, rows);
  writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify({ site, practices: values.dist ? undefined : practices, rows }, null, 2));
  writeFileSync(join(RESULTS, `${name}.md`), md);
  console.log(`\n${md}\nWritten: bench-results/${name}.json and .md`);
}

main().catch((err: unknown) => {
  console.error(`[bench:search] ${(err as Error).message}`);
  process.exit(1);
});
