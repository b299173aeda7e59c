/**
 * Where a build's time goes, read from its log. scripts/bench-child.ts prefixes every line the build
 * prints with the milliseconds since the build process started (`@12345 `); Astro's own markers
 * ("Syncing content", "Collecting build info…", "generating static routes", …) then give each phase's
 * span. Pure: the caller reads the log.
 */

/** The phases of a build, in the order they run. */
export const PHASES = [
  'setup + content check',
  'content sync',
  'types',
  'build info',
  'Vite',
  'page generation',
  'sitemap',
  'search index',
  'rest',
] as const;

/** One phase's name. */
export type Phase = (typeof PHASES)[number];

/** Milliseconds per phase; a phase the build did not go through (bare Astro has no sitemap) is absent. */
export type PhaseTimes = Partial<Record<Phase, number>>;

/** The prefix bench-child.ts writes before each line. */
export const STAMP = /^@(\d+) /;

/** Each phase ends at the first line matching its pattern (after the previous phase's end); `rest` ends with the log. */
const ENDS: [Phase, RegExp][] = [
  ['setup + content check', /\[content\] Syncing content/],
  ['content sync', /\[content\] Synced content/],
  ['types', /\[types\] Generated/],
  ['build info', /✓ Completed in/],
  ['Vite', /generating static routes/],
  ['page generation', /✓ Completed in/],
  ['sitemap', /\[@astrojs\/sitemap\]/],
  ['search index', /\[hub:pagefind\] indexed/],
];

/** `line` without its stamp, and the stamp's milliseconds (undefined for a line without one). */
function stamped(line: string): { ms: number | undefined; text: string } {
  const m = STAMP.exec(line);
  return m ? { ms: Number(m[1]), text: line.slice(m[0].length) } : { ms: undefined, text: line };
}

/**
 * The phases of a stamped build log. A phase whose end marker is missing is left out and its time
 * falls into the next phase found; the content check's own time, when the hub logs it
 * ("content checked in N ms"), is reported as `content check` inside the setup.
 */
export function phaseTimes(log: string): PhaseTimes & { 'content check'?: number } {
  const lines = log.split('\n').map(stamped).filter((l) => l.ms !== undefined) as { ms: number; text: string }[];
  const out: PhaseTimes & { 'content check'?: number } = {};
  let from = 0;
  let i = 0;
  for (const [phase, end] of ENDS) {
    const j = lines.findIndex((l, k) => k >= i && end.test(l.text));
    if (j < 0) continue;
    out[phase] = lines[j]!.ms - from;
    from = lines[j]!.ms;
    i = j + 1;
  }
  const last = lines.at(-1);
  if (last && last.ms > from) out.rest = last.ms - from;
  const check = lines.map((l) => /content checked in (\d+) ms/.exec(l.text)).find(Boolean);
  if (check) out['content check'] = Number(check[1]);
  return out;
}
