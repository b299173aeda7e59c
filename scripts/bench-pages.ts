/**
 * `npm run bench:pages`: builds the hub (into dist/, like `npm run build`), then reports the bytes of
 * HTML, CSS and JS per page type, raw and gzipped, against the budgets of scripts/lib/bench/page-types.ts, and
 * Lighthouse's mobile scores for the page types marked `lighthouse` (home, practice, country, country on an
 * indicator, /compare/, /search/; the median of three runs each, lighthouse.ts). A page type not built yet is reported as such. Writes bench-results/pages.json and .md.
 *
 *   npm run bench:pages                       the real content
 *   npm run bench:pages -- --no-build         measure dist/ as it is
 *   npm run bench:pages -- --dist DIR         measure another built site (bench-results/pages-<folder name>.*)
 *   npm run bench:pages -- --practices 10000  a synthetic corpus (bench-results/pages-10000.*)
 *   npm run bench:pages -- --no-lighthouse    bytes only
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { wholeNumber } from './lib/cli-number.ts';
import { pagesMarkdown, type LighthouseResult, type LighthouseSkip } from './lib/bench/pages-report.ts';
import { readSiteWeights, weightsByType, type TypeWeight } from './lib/bench/site-weights.ts';
import { serveStatic } from './lib/static-server.ts';
import { runLighthouse } from './lib/bench/lighthouse.ts';
import { BUILD_ENV, buildHub, RESULTS, snapshotHub } from './lib/bench/sites.ts';
import { BENCH_TMP, corpusDir, writeCorpus } from './generate-corpus.ts';

const { values } = parseArgs({
  options: { 'no-build': { type: 'boolean' }, 'no-lighthouse': { type: 'boolean' }, practices: { type: 'string' }, dist: { type: 'string' } },
});
const say = (s: string) => console.log(`[bench:pages] ${s}`);

/** Builds what is to be measured and returns its folder. */
async function site(practices: number | undefined): Promise<string> {
  if (practices) {
    const corpus = writeCorpus({ practices, seed: 1, out: corpusDir(practices, 1) });
    const out = join(BENCH_TMP, `pages-hub-${practices}`);
    say(`building the hub on ${practices} synthetic practices into ${out}`);
    await buildHub(snapshotHub(), corpus.dir, out, join(RESULTS, 'logs', `pages-hub-${practices}.log`));
    return out;
  }
  const dist = values.dist ?? 'dist';
  if (!values['no-build'] && !values.dist) {
    say('building the hub (astro build)');
    const r = spawnSync('node_modules/.bin/astro', ['build', '--silent'], { stdio: 'inherit', env: BUILD_ENV });
    if (r.status !== 0) throw new Error('the build failed; fix it, then run bench:pages again');
  }
  return dist;
}

/** The pages Lighthouse audits: each `lighthouse` type's sample page, or its first page, or why not. */
async function audit(dist: string, types: readonly TypeWeight[]): Promise<(LighthouseResult | LighthouseSkip)[]> {
  const wanted = types.filter((t) => t.type.lighthouse);
  // Gzipped, as the deployed site is served: Lighthouse's simulated network counts the bytes sent.
  const server = await serveStatic(dist, 0, '127.0.0.1', { gzip: true });
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const built = wanted.filter((t) => t.example).map((t) => ({ type: t.type.label, path: t.example!.path }));
    say(`Lighthouse (mobile) on ${built.map((b) => b.path).join(', ')}`);
    const results = await runLighthouse(base, built);
    return wanted.map((t) => results.find((r) => r.type === t.type.label) ?? { type: t.type.label, reason: 'not built yet' });
  } finally {
    await new Promise((ok) => server.close(ok));
  }
}

async function main() {
  const practices = values.practices ? wholeNumber('practices', values.practices, 2000) : undefined;
  const dist = await site(practices);
  const types = weightsByType(readSiteWeights(dist));
  const lighthouse = values['no-lighthouse'] ? undefined : await audit(dist, types);
  const name = practices ? `pages-${practices}` : values.dist ? `pages-${basename(resolve(dist))}` : 'pages';
  const title = practices
    ? `Page weight: hub on ${practices.toLocaleString('en-GB')} synthetic practices`
    : values.dist ? `Page weight: the site in ${dist}` : 'Page weight: hub on the real content';
  const md = pagesMarkdown(title, types, lighthouse);
  const json = {
    date: new Date().toISOString(),
    dist,
    types: types.map(({ type, example, largest, ...t }) => ({ ...t, id: type.id, budget: type.budget, example: example?.path, exampleWeight: example, largest: largest?.path })),
    lighthouse,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(RESULTS, `${name}.md`), md);
  console.log(`\n${md}`);
  say(`wrote ${join(RESULTS, name)}.json and .md`);
}

main().catch((err: unknown) => {
  console.error(`[bench:pages] ${(err as Error).message}`);
  process.exit(1);
});
