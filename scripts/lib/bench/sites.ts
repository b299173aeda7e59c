/**
 * What every benchmark needs: build the hub or the bare baseline on a corpus, index a built site with
 * Pagefind, and measure each step's wall time and peak memory (process tree) in a child process.
 * `npm run bench`, `npm run bench:pages` and `npm run bench:search` share these.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bareSiteFiles } from './bare-site.ts';
import { MODELS } from '../../../src/schemas/models.ts';
import { childPids, residentBytes } from './process-tree.ts';
import { phaseTimes, type PhaseTimes } from './phases.ts';
import { BENCH_TMP, corpusDir, writeCorpus, type Corpus } from '../../generate-corpus.ts';

/** The repository root (every npm script runs from it). */
export const ROOT = process.cwd();

/** Where the benchmarks write their JSON, Markdown and logs (git-ignored). */
export const RESULTS = resolve(ROOT, 'bench-results');

/** The environment every build runs with: no telemetry, no colours in the logs. */
export const BUILD_ENV: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Wall time, peak memory and log of one measured step. */
export interface Measured {
  ms: number;
  /** Peak resident bytes of the step's whole process tree (sampled) or of its Node process (exact), whichever is larger. */
  peakRss: number;
  /** CPU time of the step's Node process (user + system, all threads): steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Lines of the log that are warnings. */
  warnings: number;
  log: string;
  /** What the step reported (e.g. pages indexed). */
  result: Record<string, number>;
  /** Time per build phase, read from the log (scripts/lib/bench/phases.ts). */
  phases: PhaseTimes;
}

/**
 * Extra options of Node for every measured step: `--cpu-prof` when `npm run bench -- --profile` asks for
 * CPU profiles (written to bench-results/profiles/, one per step, for Chrome DevTools or speedscope).
 */
export const nodeOptions: string[] = [];

function treeRss(pid: number): number {
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    try {
      total += residentBytes(readFileSync(`/proc/${p}/statm`, 'utf8'));
      for (const tid of readdirSync(`/proc/${p}/task`)) queue.push(...childPids(readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8')));
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** A line Astro, Vite or Pagefind prints as a warning. */
const WARNING = /\[WARN\]|\bwarn(ing)?\b/i;

let counter = 0;

/** Runs `scripts/bench-child.ts <args>` with its output in `log`; resolves with its time and memory, or rejects with the log's end. */
export async function runChild(args: string[], log: string, env: NodeJS.ProcessEnv = BUILD_ENV, cwd?: string): Promise<Measured> {
  mkdirSync(BENCH_TMP, { recursive: true });
  mkdirSync(resolve(log, '..'), { recursive: true });
  const resultFile = join(BENCH_TMP, `result-${process.pid}-${(counter += 1)}.json`);
  const fd = openSync(log, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, join(ROOT, 'scripts/bench-child.ts'), ...args, '--result', resultFile], { cwd: cwd ?? ROOT, env, stdio: ['ignore', fd, fd] });
  let peak = 0;
  const timer = setInterval(() => child.pid && (peak = Math.max(peak, treeRss(child.pid))), 200);
  const code = await new Promise<number>((ok) => child.on('exit', (c) => ok(c ?? 1)));
  const ms = performance.now() - started;
  clearInterval(timer);
  closeSync(fd);
  const text = readFileSync(log, 'utf8');
  if (code !== 0) throw new Error(`${args[0]} failed (exit ${code}); the end of ${log}:\n${text.split('\n').slice(-25).join('\n')}`);
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, number>;
  rmSync(resultFile, { force: true });
  const { ownPeakRss = 0, cpuMs = 0, ...rest } = result;
  return { ms, peakRss: Math.max(peak, ownPeakRss), cpuMs, warnings: text.split('\n').filter((l) => WARNING.test(l)).length, log, result: rest, phases: phaseTimes(text) };
}

/** What a build of the hub reads, besides content/ and node_modules/. */
const PROJECT = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A copy of the hub's code in `dest` (node_modules linked), so a benchmark builds a fixed snapshot and
 * never writes into the working tree's .astro/ while someone builds or runs the dev server there.
 */
export function snapshotHub(dest = join(BENCH_TMP, 'hub-project')): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const f of PROJECT) if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(dest, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
  return dest;
}

/** Builds the hub project at `project` (see snapshotHub) on the content folder `content` into `out`, cold (as in CI). */
export async function buildHub(project: string, content: string, out: string, log: string): Promise<Measured> {
  return coldBuild(project, out, log, { ...BUILD_ENV, HUB_CONTENT_DIR: resolve(content) });
}

async function coldBuild(root: string, out: string, log: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  const cache = `${out}.cache`;
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  try {
    return await runChild(['build', '--root', root, '--out', out, '--cache', cache], log, env, root);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/** Writes the bare baseline project for `content` into `dir` (its node_modules links to the hub's). */
export function writeBareSite(content: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  const ext = { practices: MODELS.practices.extension, statements: MODELS.statements.extension, reviews: MODELS.reviews.extension };
  for (const f of bareSiteFiles(resolve(content), ext)) {
    mkdirSync(resolve(dir, f.path, '..'), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Builds the bare project in `dir` into `out`, cold. */
export async function buildBare(dir: string, out: string, log: string): Promise<Measured> {
  return coldBuild(dir, out, log, BUILD_ENV);
}

/** Files and bytes under a folder, and how many of them are HTML pages. */
export function folderStats(dir: string): { files: number; bytes: number; pages: number } {
  const s = { files: 0, bytes: 0, pages: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    s.files += 1;
    s.bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) s.pages += 1;
  }
  return s;
}

/** The Pagefind index of a built site: how it was made, its time (when measured here), size and pages. */
export interface PagefindIndex {
  /** `bench` when this step indexed the site; `build` when the build had already written dist/pagefind/. */
  by: 'bench' | 'build';
  measured?: Measured;
  files: number;
  bytes: number;
  pages?: number;
}

/**
 * Indexes a built site with Pagefind's Node API, unless the build already did (the hub's search
 * integration writes <site>/pagefind/ during `astro build`; then only its size is reported).
 */
export async function indexPagefind(site: string, log: string): Promise<PagefindIndex> {
  const dir = join(site, 'pagefind');
  if (existsSync(join(dir, 'pagefind-entry.json'))) return { by: 'build', ...folderStats(dir) };
  const measured = await runChild(['pagefind', '--site', site], log);
  const { files, bytes } = folderStats(dir);
  return { by: 'bench', measured, files, bytes, ...(measured.result.pages ? { pages: measured.result.pages } : {}) };
}

/**
 * A hub built on a synthetic corpus of `practices` practices, with its Pagefind index, kept in the bench
 * folder and reused while it was built from the current commit (for `bench:search`, which needs the
 * 10,000-practice site; uncommitted changes are not seen, so commit or delete the folder first).
 */
export async function ensureHubSite(practices: number, seed = 1): Promise<{ site: string; corpus: Corpus | undefined }> {
  const site = join(BENCH_TMP, `site-hub-${practices}-s${seed}`);
  const marker = join(BENCH_TMP, `site-hub-${practices}-s${seed}.json`);
  const commit = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const built = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { commit?: string }) : {};
  if (built.commit === commit && existsSync(join(site, 'pagefind'))) return { site, corpus: undefined };
  const corpus = writeCorpus({ practices, seed, out: corpusDir(practices, seed) });
  await buildHub(snapshotHub(), corpus.dir, site, join(RESULTS, 'logs', `hub-${practices}-site.log`));
  await indexPagefind(site, join(RESULTS, 'logs', `pagefind-${practices}-site.log`));
  writeFileSync(marker, JSON.stringify({ practices, seed, commit, builtAt: new Date().toISOString() }));
  return { site, corpus };
}
