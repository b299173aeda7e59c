/** The benchmark reports: medians, ratios and targets, printed as Markdown. */
import { describe, expect, it } from 'vitest';
import { bareSiteFiles } from '../../../../scripts/lib/bench/bare-site.ts';
import { buildMarkdown, summarise, targets, type BuildBench } from '../../../../scripts/lib/bench/bench-report.ts';
import { LIGHTHOUSE_RUNS, lighthouseTable, pagesMarkdown } from '../../../../scripts/lib/bench/pages-report.ts';
import { pageWeight } from '../../../../scripts/lib/bench/page-weight.ts';
import { weightsByType } from '../../../../scripts/lib/bench/site-weights.ts';

const run = (s: number, gb = 1.5) => ({ ms: s * 1000, cpuMs: s * 900, peakRss: gb * 1e9, warnings: 0 });

function bench(practices: number, hub: number[], bare: number[], indexMs = 20_000): BuildBench {
  return {
    date: '2026-01-02T03:04:05.000Z',
    machine: { cpus: 2, memoryBytes: 24e9, node: '24.0.0', astro: '7.3.5' },
    corpus: { practices, statements: practices / 20, reviews: Math.round(practices / 6), bytes: 5e6, seed: 1 },
    hub: { runs: hub.map((s) => run(s)), pages: 2700, outputBytes: 60e6 },
    bare: { runs: bare.map((s) => run(s, 1.2)), pages: 2400, outputBytes: 9e6 },
    pagefind: { by: 'bench', ms: indexMs, peakRss: 0.5e9, files: 900, bytes: 12e6, pages: 2700 },
  };
}

describe('summarise', () => {
  it('takes the median time, the widest range, the highest memory and pages per second at the median', () => {
    expect(summarise(bench(2000, [30, 20, 25], [10]).hub)).toEqual({ medianMs: 25_000, medianCpuMs: 22_500, minMs: 20_000, maxMs: 30_000, peakRss: 1.5e9, pagesPerSecond: 108, warnings: 0 });
  });
});

describe('targets', () => {
  it('checks the hub/bare ratio at 2,000 practices against 1.25', () => {
    expect(targets(bench(2000, [24, 25, 26], [20, 20, 21]))).toEqual([{ target: 'hub/bare build time ≤ 1.25 at 2,000 practices', value: '1.25', met: true }]);
    expect(targets(bench(2000, [45], [18]))[0]).toMatchObject({ value: '2.50', met: false });
  });

  it('checks build plus index time and memory at 10,000 practices', () => {
    const t = targets(bench(10_000, [130], [100], 40_000));
    expect(t.map((x) => [x.value, x.met])).toEqual([['2 min 50 s', true], ['1.50 GB', true]]);
    expect(targets(bench(10_000, [150], [100], 40_000))[0]!.met).toBe(false);
  });
});

describe('buildMarkdown', () => {
  it('prints both sites, the ratio, the index and the targets', () => {
    const md = buildMarkdown(bench(2000, [45, 50, 40], [18, 19, 20]));
    expect(md).toContain('## Build benchmark: 2,000 practices');
    expect(md).toContain('| hub | 45.0 s | 40.0 s – 50.0 s | 40.5 s | 1.50 GB | 2700 | 60 | 60.00 MB | 0 |');
    expect(md).toContain('| bare Astro + MDX | 19.0 s |');
    expect(md).toContain('**hub / bare build time: 2.37** (median wall times; 2.37 in CPU time)');
    expect(md).toContain('**Pagefind** (Node API, after the build): 20.0 s, peak RSS 500.00 MB, 2700 pages indexed, index 12.00 MB in 900 files');
    expect(md).toContain('| hub/bare build time ≤ 1.25 at 2,000 practices | 2.37 | **no** |');
  });

  it('prints the commit, the load average (flagging a busy machine) and the per-phase table', () => {
    const b = bench(2000, [45], [18]);
    b.commit = 'abc123 (perf)';
    b.load = { start: [3.1, 2, 1.5], end: [2.5, 2, 1.5] };
    b.hub.runs[0]!.phases = { 'setup + content check': 3000, 'content check': 1000, 'page generation': 9000, 'search index': 2000 };
    b.bare.runs[0]!.phases = { 'setup + content check': 1000, 'page generation': 6000 };
    const md = buildMarkdown(b);
    expect(md).toContain('commit abc123 (perf)');
    expect(md).toContain('load average at start: 3.10, 2.00, 1.50 (1, 5, 15 min); at end: 2.50, 2.00, 1.50 · **the machine was busy: do not publish these timings**');
    expect(md).toContain('| page generation | 9.0 s | 6.0 s | +3.0 s |');
    expect(md).toContain('| (of which content check) | 1.0 s | – |  |');
    expect(md).toContain('| search index | 2.0 s | – |  |');
  });

  it('says when Pagefind indexed inside the build', () => {
    const b = bench(2000, [45], [18]);
    b.pagefind = { by: 'build', files: 900, bytes: 12e6 };
    expect(buildMarkdown(b)).toContain('indexed inside `astro build`');
  });
});

describe('pagesMarkdown', () => {
  it('reports each type, says "not built yet" for a type with no page, and lists what is over budget', () => {
    const heavy = pageWeight('/practices/a/', `<html><body><script>${'x++;'.repeat(50)}</script></body></html>`, () => undefined);
    const md = pagesMarkdown('Page weight', weightsByType([heavy]), [{ type: 'Search', reason: 'not built yet' }]);
    expect(md).toMatch(/\| Practice \| 1 \| `\/practices\/a\/` \|.*\*\*over budget\*\* \(1\) \|/);
    expect(md).toMatch(/\| Compare countries \| 0 \| — \|.*not built yet \|/);
    expect(md).toContain('- /practices/a/: loads');
    expect(md).toContain('| Search | not built yet | — | — | — | — |');
  });
});

describe('bareSiteFiles', () => {
  it('is a minimal Astro + MDX project whose collections read the corpus', () => {
    const files = Object.fromEntries(bareSiteFiles('/tmp/corpus/content', { practices: 'mdx', statements: 'mdx', reviews: 'md' }).map((f) => [f.path, f.text]));
    expect(Object.keys(files).sort()).toEqual(['astro.config.mjs', 'package.json', 'src/content.config.ts', 'src/pages/[collection]/[id].astro']);
    expect(files['astro.config.mjs']).toContain('integrations: [mdx()]');
    for (const c of ['practices', 'statements', 'reviews']) expect(files['src/content.config.ts']).toContain(`base: "/tmp/corpus/content/${c}"`);
    expect(files['src/content.config.ts']).toContain(`reviews: defineCollection({ loader: glob({ base: "/tmp/corpus/content/reviews", pattern: '*.md' }) })`);
    expect(files['src/pages/[collection]/[id].astro']).toContain('await render(entry)');
  });
});

describe('the Lighthouse table', () => {
  it('reports the median run\'s scores with every run\'s performance beside them, and why a row is empty', () => {
    const lines = lighthouseTable([
      { type: 'Country', path: '/countries/kor/', scores: { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 }, failing: [], performanceRuns: [1, 0.99, 1] },
      { type: 'Home', path: '/', scores: { performance: 0.99, accessibility: 1, 'best-practices': 1, seo: 1 }, failing: ['performance: Speed Index (0.99)'], performanceRuns: [0.99, 0.99, 1] },
      { type: 'Search', reason: 'not built yet' },
    ]);
    expect(lines).toContain('| Country | `/countries/kor/` | 1.00 (runs: 1.00, 0.99, 1.00) | 1.00 | 1.00 | 1.00 |');
    expect(lines).toContain('| Search | not built yet | — | — | — | — |');
    expect(lines.slice(-2)).toEqual(['Audits under 1 (median run):', '- `/`: performance: Speed Index (0.99)']);
    expect(LIGHTHOUSE_RUNS).toBeGreaterThanOrEqual(3);
  });
});
