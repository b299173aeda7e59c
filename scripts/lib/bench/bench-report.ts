/**
 * The build benchmark's results: summaries of the timed runs and the Markdown table printed and saved
 * by `npm run bench`, with each target of the benchmarks issue marked met or not.
 */
import { formatBytes, formatDuration } from './bytes.ts';
import { PHASES, type PhaseTimes } from './phases.ts';
import { median, range, ratio } from './stats.ts';

/** One timed build. */
export interface Run {
  ms: number;
  /** CPU time of the build's Node process: steadier than wall time when others share the machine. */
  cpuMs: number;
  peakRss: number;
  warnings: number;
  /** Time per build phase (scripts/lib/bench/phases.ts); absent in results saved before phases were read. */
  phases?: PhaseTimes & { 'content check'?: number };
}

/** Every run of one site on the corpus, and what it wrote. */
export interface SiteRuns {
  runs: Run[];
  pages: number;
  outputBytes: number;
}

/** What `npm run bench` measured. */
export interface BuildBench {
  date: string;
  machine: { cpus: number; memoryBytes: number; node: string; astro: string; cpuModel?: string; os?: string };
  /** The commit measured (`+dirty` when the working tree had changes) and the branch. */
  commit?: string;
  /** The machine's 1-, 5- and 15-minute load averages when the benchmark started and ended: above ~0.5 × cores, timings are not publishable. */
  load?: { start: number[]; end: number[] };
  corpus: { practices: number; statements: number; reviews: number; bytes: number; seed: number };
  hub: SiteRuns;
  bare: SiteRuns;
  /** The Pagefind index of the last hub build; `ms` and `peakRss` only when the benchmark indexed it. */
  pagefind: { by: 'bench' | 'build'; ms?: number; peakRss?: number; files: number; bytes: number; pages?: number };
}

/** Median, fastest and slowest wall time, highest peak memory, and pages per second at the median. */
export interface Summary {
  medianMs: number;
  medianCpuMs: number;
  minMs: number;
  maxMs: number;
  peakRss: number;
  pagesPerSecond: number;
  warnings: number;
}

/** Summarises the runs of one site. */
export function summarise(site: SiteRuns): Summary {
  const times = site.runs.map((r) => r.ms);
  const medianMs = median(times);
  const { min, max } = range(times);
  return {
    medianMs,
    medianCpuMs: median(site.runs.map((r) => r.cpuMs)),
    minMs: min,
    maxMs: max,
    peakRss: Math.max(...site.runs.map((r) => r.peakRss)),
    pagesPerSecond: Math.round((site.pages / medianMs) * 1000),
    warnings: Math.max(...site.runs.map((r) => r.warnings)),
  };
}

/** The targets of the issue that a build benchmark can check, each with whether this run met it. */
export function targets(b: BuildBench): { target: string; value: string; met: boolean }[] {
  const hub = summarise(b.hub);
  const r = ratio(hub.medianMs, summarise(b.bare).medianMs);
  const indexMs = b.pagefind.ms ?? 0;
  const total = hub.medianMs + indexMs;
  const peak = Math.max(hub.peakRss, b.pagefind.peakRss ?? 0);
  const out = [];
  if (b.corpus.practices === 2000) out.push({ target: 'hub/bare build time ≤ 1.25 at 2,000 practices', value: r.toFixed(2), met: r <= 1.25 });
  if (b.corpus.practices >= 10_000) {
    out.push({ target: 'build + index < 3 min at 10,000 practices', value: formatDuration(total), met: total < 180_000 });
    out.push({ target: 'peak memory < 4 GB at 10,000 practices', value: formatBytes(peak), met: peak < 4e9 });
  }
  return out;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function siteRow(name: string, s: Summary, pages: number, bytes: number): string {
  return row([
    name,
    formatDuration(s.medianMs),
    `${formatDuration(s.minMs)} – ${formatDuration(s.maxMs)}`,
    formatDuration(s.medianCpuMs),
    formatBytes(s.peakRss),
    pages,
    s.pagesPerSecond,
    formatBytes(bytes),
    s.warnings,
  ]);
}

/** Median milliseconds of one phase over the runs that went through it, or undefined. */
function medianPhase(runs: Run[], phase: keyof NonNullable<Run['phases']>): number | undefined {
  const ms = runs.map((r) => r.phases?.[phase]).filter((v): v is number => v !== undefined);
  return ms.length ? median(ms) : undefined;
}

/** The per-phase table: median time of each phase for the hub and bare Astro, and their difference. */
export function phaseTable(b: BuildBench): string[] {
  const names = ['content check', ...PHASES] as const;
  const rows = names.flatMap((phase) => {
    const [hub, bare] = [medianPhase(b.hub.runs, phase), medianPhase(b.bare.runs, phase)];
    if (hub === undefined && bare === undefined) return [];
    const cell = (v: number | undefined) => (v === undefined ? '–' : formatDuration(v));
    const diff = hub !== undefined && bare !== undefined ? `${hub >= bare ? '+' : '−'}${formatDuration(Math.abs(hub - bare))}` : '';
    return [row([phase === 'content check' ? '(of which content check)' : phase, cell(hub), cell(bare), diff])];
  });
  if (!rows.length) return [];
  return ['', row(['phase (median wall time)', 'hub', 'bare', 'hub − bare']), row(['---', '---:', '---:', '---:']), ...rows];
}

/** The lines that say where, when and on what a benchmark ran, and how busy the machine was. */
export function header(b: BuildBench): string[] {
  const m = b.machine;
  const c = b.corpus;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  const lines = [
    `${b.date.slice(0, 16).replace('T', ' ')} UTC · commit ${b.commit ?? 'unknown'} · ${m.cpus} cores${m.cpuModel ? ` (${m.cpuModel})` : ''}, ${formatBytes(m.memoryBytes)}` +
      `${m.os ? ` · ${m.os}` : ''} · Node ${m.node} · Astro ${m.astro} · ` +
      `corpus (seed ${c.seed}): ${c.practices} practices, ${c.statements} statements, ${c.reviews} reviews, ${formatBytes(c.bytes)} of MDX · ` +
      `${b.hub.runs.length} cold run(s) of each site, alternating`,
  ];
  if (b.load) {
    const busy = b.load.start[0]! > m.cpus / 2;
    lines.push(
      '',
      `load average at start: ${load(b.load.start)} (1, 5, 15 min); at end: ${load(b.load.end)}` +
        (busy ? ` · **the machine was busy: do not publish these timings**` : ''),
    );
  }
  return lines;
}

/** The results as Markdown: corpus, a table per site, the ratio, the Pagefind index and the targets. */
export function buildMarkdown(b: BuildBench): string {
  const hub = summarise(b.hub);
  const bare = summarise(b.bare);
  const pf = b.pagefind;
  const c = b.corpus;
  const lines = [
    `## Build benchmark: ${c.practices.toLocaleString('en-GB')} practices`,
    '',
    ...header(b),
    '',
    row(['site', 'median wall time', 'range', 'median CPU time', 'peak RSS', 'pages', 'pages/s', 'output', 'warning lines']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    siteRow('hub', hub, b.hub.pages, b.hub.outputBytes),
    siteRow('bare Astro + MDX', bare, b.bare.pages, b.bare.outputBytes),
    '',
    `**hub / bare build time: ${ratio(hub.medianMs, bare.medianMs).toFixed(2)}** (median wall times; ` +
      `${ratio(hub.medianCpuMs, bare.medianCpuMs).toFixed(2)} in CPU time)`,
    '',
    pf.by === 'bench'
      ? `**Pagefind** (Node API, after the build): ${formatDuration(pf.ms ?? 0)}, peak RSS ${formatBytes(pf.peakRss ?? 0)}, ` +
        `${pf.pages ?? '?'} pages indexed, index ${formatBytes(pf.bytes)} in ${pf.files} files`
      : `**Pagefind** (indexed inside \`astro build\`, its time is in the hub's): index ${formatBytes(pf.bytes)} in ${pf.files} files`,
    ...phaseTable(b),
  ];
  const t = targets(b);
  if (t.length) lines.push('', row(['target', 'measured', 'met']), row(['---', '---:', ':---:']), ...t.map((x) => row([x.target, x.value, x.met ? 'yes' : '**no**'])));
  return `${lines.join('\n')}\n`;
}
