/**
 * Lighthouse (the npm package, mobile defaults) on pages of a site already being served, driving
 * Debian's Chromium through chrome-launcher with the same no-network flags as the browser tests.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium-flags.ts';
import type { LighthouseResult, LighthouseSkip } from './pages-report.ts';


const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string }>;
  runtimeError?: { message: string };
}

function summarise(type: string, path: string, lhr: Lhr): LighthouseResult {
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
  return { type, path, scores, failing };
}

/** Audits each `{ type, path }` at `base` (e.g. http://127.0.0.1:4321) in one Chromium; a page Lighthouse cannot load gets a reason. */
export async function runLighthouse(base: string, pages: readonly { type: string; path: string }[]): Promise<(LighthouseResult | LighthouseSkip)[]> {
  const chromePath = chromiumPath();
  if (!existsSync(chromePath)) throw new Error(`Chromium not found at ${chromePath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
  try {
    const out: (LighthouseResult | LighthouseSkip)[] = [];
    for (const p of pages) {
      const r = await lighthouse(base + p.path, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
      const lhr = r?.lhr as unknown as Lhr | undefined;
      if (!lhr || lhr.runtimeError) out.push({ type: p.type, reason: `Lighthouse failed on ${p.path}: ${lhr?.runtimeError?.message ?? 'no result'}` });
      else out.push(summarise(p.type, p.path, lhr));
    }
    return out;
  } finally {
    chrome.kill();
  }
}
