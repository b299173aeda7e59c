/**
 * Nothing moves while the pages with scripts start (Lighthouse's Cumulative Layout Shift): what needs scripts is
 * shown from the first paint, the no-script notices are hidden by CSS (scripting media feature), and the search
 * reserves room for what Pagefind draws. Measured with the browser's own layout-shift entries, on a phone's screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../support/browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

/** Opens `path` at 412 × 823 with a layout-shift observer from the start; returns the shifts once `ready` is on screen. */
async function shifts(path: string, ready: string) {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (!e.hadRecentInput) w.shifts.push({ value: e.value, sources: (e.sources ?? []).map((x) => x.node?.nodeName ?? '?') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(s.base + path);
  await page.locator(ready).first().waitFor({ state: 'visible' });
  await page.waitForTimeout(1000); // late shifts (results, filters) come within a second of the first paint
  const found = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
  await page.close();
  return found;
}

describe('no layout shift as scripts start', () => {
  it('/compare/: the controls are there from the first paint', async () => {
    expect(await shifts('/compare/', '.compare-controls [data-combobox]')).toEqual([]);
  });
  // The search box is the page's own; Pagefind (results, filter pane) loads only once it is used.
  it('/search/: the search box, tools and filters stay where they were first drawn', async () => {
    expect(await shifts('/search/', '#search-q')).toEqual([]);
  });
  it('/search/ with a query: results arrive below the fold of the reserved room, nothing above them moves', async () => {
    const found = await shifts('/search/?q=data', '.pf-result');
    expect(found.reduce((sum, x) => sum + x.value, 0)).toBeLessThan(0.025);
  });
});
