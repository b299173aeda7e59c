/**
 * The Markdown report of `npm run bench:pages`: bytes per page type against their budgets, and the
 * Lighthouse scores (mobile) of the audited page types with what kept any score under 1.
 */
import { formatBytes } from './bytes.ts';
import type { TypeWeight } from './site-weights.ts';

/** Lighthouse's four category scores (0-1) for one page, and the audits that did not pass. */
/** Lighthouse audits per page: the median run is reported (lighthouse.ts). */
export const LIGHTHOUSE_RUNS = 3;

export interface LighthouseResult {
  type: string;
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>;
  /** `category: audit title (score)` of every audit under 1 that counts toward a score. */
  failing: string[];
  /** The performance score of every run, in order: `scores` are the median run's (lighthouse.ts). */
  performanceRuns: (number | null)[];
}

/** Why a Lighthouse row is empty: the type has no page yet, or Lighthouse failed on it. */
export interface LighthouseSkip {
  type: string;
  reason: string;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const kb = (n: number | undefined) => (n === undefined ? '—' : formatBytes(n));

function status(t: TypeWeight): string {
  if (!t.pages) return t.type.planned ? `not built yet (${t.type.planned})` : t.type.sample ? 'not built yet' : 'none';
  if (!t.type.budget) return 'not budgeted (not a reader page)';
  return t.problems.length ? `**over budget** (${t.problems.length})` : 'within budget';
}

function budgetCell(t: TypeWeight): string {
  const b = t.type.budget;
  if (!b) return '—';
  return `HTML ≤ ${formatBytes(b.htmlGzip)}, JS ${b.jsGzip === null ? 'not budgeted' : `≤ ${formatBytes(b.jsGzip)}`}`;
}

/** The bytes table: one row per page type. */
export function weightsTable(types: readonly TypeWeight[]): string[] {
  return [
    row(['page type', 'pages', 'example', 'HTML raw', 'HTML gz', 'CSS gz', 'JS gz', 'heaviest HTML gz', 'budget (gz)', 'status']),
    row(['---', '---:', '---', '---:', '---:', '---:', '---:', '---', '---', '---']),
    ...types.map((t) =>
      row([
        t.type.label,
        t.pages,
        t.example ? `\`${t.example.path}\`` : '—',
        kb(t.example?.html.raw),
        kb(t.example?.html.gzip),
        kb(t.example?.css.gzip),
        kb(t.example?.js.gzip),
        t.largest ? `${kb(t.largest.html.gzip)} \`${t.largest.path}\`` : '—',
        budgetCell(t),
        status(t),
      ]),
    ),
  ];
}

const score = (s: number | null) => (s === null ? '—' : s.toFixed(2));

/** The Lighthouse table, then the audits that kept a score under 1. */
export function lighthouseTable(results: readonly (LighthouseResult | LighthouseSkip)[]): string[] {
  const lines = [row(['page type', 'page', 'performance', 'accessibility', 'best practices', 'SEO']), row(['---', '---', '---:', '---:', '---:', '---:'])];
  for (const r of results) {
    if ('reason' in r) lines.push(row([r.type, r.reason, '—', '—', '—', '—']));
    else lines.push(row([r.type, `\`${r.path}\``, `${score(r.scores.performance)} (runs: ${r.performanceRuns.map(score).join(', ')})`, score(r.scores.accessibility), score(r.scores['best-practices']), score(r.scores.seo)]));
  }
  const failing = results.filter((r): r is LighthouseResult => 'failing' in r && r.failing.length > 0);
  if (failing.length) {
    lines.push('', 'Audits under 1 (median run):');
    for (const r of failing) lines.push(`- \`${r.path}\`: ${r.failing.join('; ')}`);
  }
  return lines;
}

/** The whole report. */
export function pagesMarkdown(title: string, types: readonly TypeWeight[], lighthouse: readonly (LighthouseResult | LighthouseSkip)[] | undefined): string {
  const problems = types.flatMap((t) => t.problems);
  const lines = [
    `## ${title}`,
    '',
    'Bytes a first visit downloads, per page type (gzip level 6). CSS and JS count external files and inline blocks; ' +
      'JS counts scripts, modulepreloads and their static imports, not lazy `import()`. "Example" is the sample page of the type.',
    '',
    ...weightsTable(types),
  ];
  if (problems.length) lines.push('', 'Over budget:', ...problems.slice(0, 20).map((p) => `- ${p}`), ...(problems.length > 20 ? [`- … and ${problems.length - 20} more`] : []));
  if (lighthouse) lines.push('', `### Lighthouse (mobile, simulated throttling; the median of ${LIGHTHOUSE_RUNS} runs a page, after one warm-up)`, '', ...lighthouseTable(lighthouse));
  return `${lines.join('\n')}\n`;
}
