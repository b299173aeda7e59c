/**
 * Lighthouse (the npm package, mobile defaults) on pages of a site already being served, driving
 * Debian's Chromium through chrome-launcher with the same no-network flags as the browser tests.
 *
 * A single run is noisy on a small machine (the same page scored 0.94 and 1.00 minutes apart), so, as Lighthouse's
 * documentation advises, each page is audited RUNS times and the median run reported (Lighthouse's own
 * `computeMedianRun`: the run nearest the median first paint and time to interactive), with every run's performance
 * score beside it; one audit before the others warms the browser up and is not reported.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium-flags.ts';
import { LIGHTHOUSE_RUNS as RUNS, type LighthouseResult, type LighthouseSkip } from './pages-report.ts';


const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string }>;
  runtimeError?: { message: string };
}

function summarise(type: string, path: string, lhr: Lhr, runs: readonly Lhr[]): LighthouseResult {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as LighthouseResult['scores'];
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (a && ref.weight > 0 && a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) {
        failing.push(`${c}: ${a.title} (${a.score.toFixed(2)})`);
      }
    }
  }
  return { type, path, scores, failing, performanceRuns: runs.map((r) => r.categories.performance?.score ?? null) };
}

/** Audits each `{ type, path }` at `base` (e.g. http://127.0.0.1:4321) in one Chromium; a page Lighthouse cannot load gets a reason. */
export async function runLighthouse(base: string, pages: readonly { type: string; path: string }[]): Promise<(LighthouseResult | LighthouseSkip)[]> {
  const chromePath = chromiumPath();
  if (!existsSync(chromePath)) throw new Error(`Chromium not found at ${chromePath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
  try {
    const audit = async (path: string) =>
      (await lighthouse(base + path, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] }))?.lhr;
    if (pages[0]) await audit(pages[0].path); // warm-up, not reported
    const out: (LighthouseResult | LighthouseSkip)[] = [];
    for (const p of pages) {
      const runs: Result[] = [];
      let error: string | undefined;
      for (let i = 0; i < RUNS && !error; i++) {
        const lhr = await audit(p.path);
        if (!lhr || lhr.runtimeError) error = lhr?.runtimeError?.message ?? 'no result';
        else runs.push(lhr);
      }
      const valid = filterToValidRuns(runs);
      if (error || valid.length === 0) out.push({ type: p.type, reason: `Lighthouse failed on ${p.path}: ${error ?? 'no run with a first paint and time to interactive'}` });
      else out.push(summarise(p.type, p.path, computeMedianRun(valid) as unknown as Lhr, runs as unknown as Lhr[]));
    }
    return out;
  } finally {
    chrome.kill();
  }
}
