/**
 * Issue #12 (charts that fit their container): at a 320 px viewport every chart on an indicator page, a country
 * page and /compare/ (default and twelve countries) draws its text at ≥ 12 px as rendered (font size × the SVG's
 * screen scale), inside its chart and the viewport, with no two labels overlapping, and no bar value on the OECD
 * average line.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from '../support/browser.ts';

let s: Session;
beforeAll(async () => { s = await openSession(); });
afterAll(async () => { await s?.close(); });

const TWELVE = ['AUS', 'AUT', 'BEL', 'CAN', 'CHL', 'DNK', 'EST', 'FIN', 'FRA', 'KOR', 'NOR', 'GBR'];

/** What the page shows of its charts at this size: per visible chart SVG, its labels' rendered size and boxes. */
interface Measured {
  chart: string;
  labels: { text: string; px: number; left: number; right: number; top: number; bottom: number }[];
  box: { left: number; right: number };
  /** Bar value labels that sit on a dash of the OECD average line. */
  onReference: string[];
}

async function measure(page: Page): Promise<Measured[]> {
  return page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('figure.chart svg.chart-svg')]
    .filter((svg) => svg.checkVisibility() && svg.getBoundingClientRect().width > 0)
    .map((svg) => {
      const r = svg.getBoundingClientRect();
      const labels = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent!.trim()).map((t) => {
        const m = t.getScreenCTM()!;
        const b = t.getBoundingClientRect();
        return { text: t.textContent!, px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b), left: b.left, right: b.right, top: b.top, bottom: b.bottom };
      });
      const onReference: string[] = [];
      const ref = svg.querySelector<SVGLineElement>('.chart-reference line');
      if (ref) {
        const x = ref.getBoundingClientRect().left + 1;
        const [dash, gap] = (ref.getAttribute('stroke-dasharray') ?? '0 0').split(/[\s,]+/).map(Number) as [number, number];
        const y0 = r.top + ref.y1.baseVal.value;
        for (const t of svg.querySelectorAll<SVGTextElement>('.chart-marks text[text-anchor="end"]')) {
          const b = t.getBoundingClientRect();
          if (x < b.left - 1 || x > b.right + 1) continue;
          for (let y = y0; y < r.bottom; y += dash + gap) if (y < b.bottom && y + dash > b.top) onReference.push(t.textContent!);
        }
      }
      return { chart: `${svg.closest('figure')!.id} ${svg.getAttribute('aria-labelledby')?.split(' ')[0] ?? ''}`, labels, box: { left: r.left, right: r.right }, onReference };
    }));
}

/** Pairs of labels whose boxes overlap by more than half a pixel each way. */
function overlaps(m: Measured): string[] {
  const out: string[] = [];
  m.labels.forEach((a, i) => m.labels.slice(i + 1).forEach((b) => {
    if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) out.push(`${m.chart}: "${a.text}" × "${b.text}"`);
  }));
  return out;
}

describe.each([
  ['/indicators/dgi/', 2],
  ['/indicators/egdi/2024/', 2],
  ['/countries/kor/dgi/', 2],
  ['/countries/kor/ourdata/', 3],
  ['/countries/kor/egdi/', 2],
  ['/compare/', 4],
  [`/compare/?countries=${TWELVE.join(',')}`, 4],
  // EGDI's values have five decimals and these names are long: the slope chart's labels once ran off its edges.
  ['/compare/?countries=BIH,ARE,GBR,TTO&indicator=egdi&edition=2024', 4],
])('%s at 320 × 640', (path, minCharts) => {
  it('draws every chart label at ≥ 12 px, inside the chart and the viewport, none overlapping another, no value on the average line', async () => {
    const page = await s.page(path);
    await page.setViewportSize({ width: 320, height: 640 });
    const countries = new URL(path, s.base).searchParams.get('countries')?.split(',').length;
    if (countries) await page.waitForFunction((n) => document.querySelectorAll('#cmp-table tbody tr').length >= n, countries);
    const charts = await measure(page);
    expect(charts.length, 'visible charts').toBeGreaterThanOrEqual(minCharts);
    for (const c of charts) {
      // The world map holds only shapes (it scales with its viewBox); its legend is an SVG of its own, with text.
      if (!c.chart.startsWith('map-')) expect(c.labels.length, `${c.chart} has labels`).toBeGreaterThan(0);
      const small = c.labels.filter((l) => l.px < 12).map((l) => `${l.text} (${l.px.toFixed(1)} px)`);
      expect(small, `${c.chart}: labels under 12 px`).toEqual([]);
      const outside = c.labels.filter((l) => l.left < Math.max(0, c.box.left) - 0.5 || l.right > Math.min(320, c.box.right) + 0.5).map((l) => l.text);
      expect(outside, `${c.chart}: labels clipped`).toEqual([]);
      expect(overlaps(c)).toEqual([]);
      expect(c.onReference, `${c.chart}: values on the OECD average line`).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe('accessible at 320 px', () => {
  it.each(['/indicators/dgi/', '/countries/kor/', '/countries/kor/egdi/', '/compare/'])('%s: axe finds nothing; every scroll region is focusable and labelled', async (path) => {
    const page = await s.page(path);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await axeViolations(page)).toEqual([]);
    const unreachable = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
      .filter((el) => el.tabIndex < 0 || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));
    expect(unreachable).toEqual([]);
    await page.close();
  });
});
