/**
 * One measured step of a benchmark, run in its own process so its time and memory are its own
 * (scripts/lib/bench/sites.ts starts it and samples its memory):
 *
 *   node scripts/bench-child.ts build --root DIR --out DIR --cache DIR --result FILE
 *   node scripts/bench-child.ts pagefind --site DIR --result FILE
 *
 * `build` runs Astro's build (the same as `astro build`) with its own output and cache folders, so every
 * run is cold. `pagefind` indexes a built site with Pagefind's Node API into <site>/pagefind/.
 * The result file gets this process's own peak memory and CPU time (all its threads, plus the processes it
 * started and reaped, such as Pagefind's) and, for `pagefind`,
 * the number of pages indexed. Every line printed is prefixed with the milliseconds since this process
 * started (`@12345 `), from which scripts/lib/bench/phases.ts reads the time of each build phase.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Prefixes each line written to `stream` with the milliseconds since the process started. */
function stampLines(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  let atLineStart = true;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const stamp = `@${Math.round(performance.now())} `;
    const out = (atLineStart ? stamp : '') + text.replace(/\n(?!$)/g, `\n${stamp}`);
    atLineStart = text.endsWith('\n');
    return write(out, ...rest);
  }) as typeof stream.write;
}

stampLines(process.stdout);
stampLines(process.stderr);

const [task, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { root: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' }, site: { type: 'string' }, result: { type: 'string' } },
});

function required(name: keyof typeof values): string {
  const v = values[name];
  if (!v) throw new Error(`bench-child ${task}: --${name} is required`);
  return resolve(v);
}

async function buildSite(): Promise<Record<string, number>> {
  const { build } = await import('astro');
  await build({ root: required('root'), outDir: required('out'), cacheDir: required('cache'), mode: 'production' });
  return {};
}

async function indexSite(): Promise<Record<string, number>> {
  const pagefind = await import('pagefind');
  const site = required('site');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}

try {
  const tasks: Record<string, () => Promise<Record<string, number>>> = { build: buildSite, pagefind: indexSite };
  const run = tasks[task ?? ''];
  if (!run) throw new Error(`bench-child: unknown task "${task}": use build or pagefind`);
  const extra = await run();
  const use = process.resourceUsage();
  // Pagefind indexes in a process of its own: its CPU time (reaped children, /proc/self/stat fields 16-17, in ticks of 10 ms) counts too.
  const procStat = readFileSync('/proc/self/stat', 'utf8');
  const stat = procStat.slice(procStat.lastIndexOf(')') + 2).split(' ');
  const childrenMs = (Number(stat[13]) + Number(stat[14])) * 10 || 0;
  const cpuMs = Math.round((use.userCPUTime + use.systemCPUTime) / 1000) + childrenMs;
  writeFileSync(required('result'), JSON.stringify({ ...extra, ownPeakRss: use.maxRSS * 1024, cpuMs }));
  process.exit(0);
} catch (err) {
  console.error((err as Error).stack ?? String(err));
  process.exit(1);
}
