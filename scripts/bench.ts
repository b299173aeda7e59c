/**
 * `npm run bench -- --practices 2000 [--runs 3] [--seed 1] [--profile]`: builds the hub and a bare Astro
 * site on the same synthetic corpus, alternating, cold, several runs each; indexes the last hub build with
 * Pagefind (unless the build did); prints a header (date, commit, machine, load average at start and end),
 * median wall and CPU time, peak memory, pages per second, the hub/bare ratio, the index's time and size,
 * and a per-phase table; writes bench-results/build-<N>.json and .md. `--profile` also writes a CPU profile
 * of every build (node --cpu-prof) to bench-results/profiles/. Timings live here, never in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildMarkdown, type BuildBench, type Run } from './lib/bench/bench-report.ts';
import { formatBytes, formatDuration } from './lib/bench/bytes.ts';
import { wholeNumber } from './lib/cli-number.ts';
import { buildBare, buildHub, folderStats, indexPagefind, nodeOptions, RESULTS, snapshotHub, writeBareSite, type Measured, type PagefindIndex } from './lib/bench/sites.ts';
import { BENCH_TMP, corpusDir, writeCorpus } from './generate-corpus.ts';

const { values } = parseArgs({ options: { practices: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, profile: { type: 'boolean' } } });

function options() {
  try {
    return {
      practices: wholeNumber('practices', values.practices, 2000),
      runs: wholeNumber('runs', values.runs, 3),
      seed: wholeNumber('seed', values.seed, 1, 0),
    };
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}

const say = (s: string) => console.log(`[bench] ${s}`);
const asRun = (m: Measured): Run => ({ ms: Math.round(m.ms), cpuMs: m.cpuMs, peakRss: m.peakRss, warnings: m.warnings, phases: m.phases });

/** The commit measured, `+dirty` when the working tree differs from it (the snapshot copies the tree as it is). */
function commit(): string {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
  const head = git('rev-parse', '--short=12', 'HEAD') || 'unknown';
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  return `${head}${git('status', '--porcelain') ? '+dirty' : ''}${branch ? ` (${branch})` : ''}`;
}

type Site = 'hub' | 'bare';

/** Runs each site's build `runs` times, alternating which goes first so a drift in the machine's load falls on both alike. */
async function alternate(runs: number, steps: Record<Site, (run: number) => Promise<Measured>>): Promise<Record<Site, Run[]>> {
  const timed: Record<Site, Run[]> = { hub: [], bare: [] };
  for (let i = 1; i <= runs; i += 1) {
    for (const site of i % 2 ? (['hub', 'bare'] as const) : (['bare', 'hub'] as const)) {
      const m = await steps[site](i);
      timed[site].push(asRun(m));
      say(`run ${i}/${runs} ${site}: ${formatDuration(m.ms)} (CPU ${formatDuration(m.cpuMs)}), peak RSS ${formatBytes(m.peakRss)}, ${m.warnings} warning line(s)`);
    }
  }
  return timed;
}

function pagefindFigures(pf: PagefindIndex): BuildBench['pagefind'] {
  return {
    by: pf.by,
    files: pf.files,
    bytes: pf.bytes,
    ...(pf.measured ? { ms: Math.round(pf.measured.ms), peakRss: pf.measured.peakRss } : {}),
    ...(pf.pages ? { pages: pf.pages } : {}),
  };
}

function save(practices: number, result: BuildBench): string {
  const md = buildMarkdown(result);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `build-${practices}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(RESULTS, `build-${practices}.md`), md);
  return md;
}

async function main() {
  const { practices, runs, seed } = options();
  const load = { start: loadavg(), end: [] as number[] };
  const measured = commit();
  say(`commit ${measured}`);
  say(`load average at start: ${load.start.map((x) => x.toFixed(2)).join(', ')} (1, 5, 15 min) on ${cpus().length} cores` +
    (load.start[0]! > cpus().length / 2 ? ': the machine is busy, so these timings are not publishable' : ''));
  if (values.profile) {
    const dir = join(RESULTS, 'profiles');
    mkdirSync(dir, { recursive: true });
    nodeOptions.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
    say(`CPU profiles go to ${dir}/ (profiling slows the builds: do not compare their times with unprofiled runs)`);
  }
  const corpus = writeCorpus({ practices, seed, out: corpusDir(practices, seed) });
  say(`corpus: ${corpus.practices} practices, ${corpus.statements} statements, ${corpus.reviews} reviews in ${corpus.dir}`);
  const project = snapshotHub();
  const bareDir = writeBareSite(corpus.dir, join(BENCH_TMP, `bare-${practices}`));
  const out = { hub: join(BENCH_TMP, `out-hub-${practices}`), bare: join(BENCH_TMP, `out-bare-${practices}`) };
  const logs = join(RESULTS, 'logs');
  const timed = await alternate(runs, {
    hub: (i) => buildHub(project, corpus.dir, out.hub, join(logs, `hub-${practices}-run${i}.log`)),
    bare: (i) => buildBare(bareDir, out.bare, join(logs, `bare-${practices}-run${i}.log`)),
  });
  say('indexing the last hub build with Pagefind');
  const pf = await indexPagefind(out.hub, join(logs, `pagefind-${practices}.log`));
  const [hubStats, bareStats] = [folderStats(out.hub), folderStats(out.bare)];
  const astro = (JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string }).version;
  load.end = loadavg();
  const md = save(practices, {
    date: new Date().toISOString(),
    commit: measured,
    load,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim(), os: `${type()} ${release()}`, memoryBytes: totalmem(), node: process.versions.node, astro },
    corpus: { practices: corpus.practices, statements: corpus.statements, reviews: corpus.reviews, bytes: corpus.bytes, seed },
    // The index lives inside the hub's output folder once written; count the site without it.
    hub: { runs: timed.hub, pages: hubStats.pages, outputBytes: hubStats.bytes - pf.bytes },
    bare: { runs: timed.bare, pages: bareStats.pages, outputBytes: bareStats.bytes },
    pagefind: pagefindFigures(pf),
  });
  console.log(`\n${md}`);
  say(`wrote ${join(RESULTS, `build-${practices}.json`)} and .md; build logs in ${logs}/; the hub build and its index stay in ${out.hub}`);
}

main().catch((err: unknown) => {
  console.error(`[bench] ${(err as Error).message}`);
  process.exit(1);
});
