/**
 * Reflow (WCAG 2.2 SC 1.4.10): no page of the sitemap scrolls sideways on a 320 px phone, nor search
 * with a query and a filter, nor compare with twelve countries. axe does not check this; this test does.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from '../support/browser.ts';

let s: Session;
let page: Page;
beforeAll(async () => {
  s = await openSession();
  page = await s.context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
});
afterAll(async () => {
  await s?.close();
});

/** Every path the sitemap lists. */
function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** How far the page is wider than the viewport (0 when it reflows), and the widest element's tag and class. */
async function overflow(tab: Page = page): Promise<{ excess: number; culprit: string }> {
  return tab.evaluate(() => {
    const width = window.innerWidth;
    const excess = document.documentElement.scrollWidth - width;
    let culprit = '';
    if (excess > 0) {
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0) culprit = `${el.tagName.toLowerCase()}.${el.className}`;
      }
    }
    return { excess, culprit };
  });
}

describe('reflow at 320 × 640', () => {
  it('no page of the sitemap scrolls sideways', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(100);
    const wide: string[] = [];
    // Four tabs share the pages: one tab at a time takes minutes on a busy machine.
    const queue = [...paths];
    const worker = async () => {
      const tab = await s.context.newPage();
      await tab.setViewportSize({ width: 320, height: 640 });
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await tab.goto(s.base + path, { waitUntil: 'load' });
        const { excess, culprit } = await overflow(tab);
        if (excess > 0) wide.push(`${path}: ${excess} px too wide (${culprit})`);
      }
      await tab.close();
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(wide.sort()).toEqual([]);
  }, 900_000);

  it('search with a query and a ticked filter does not scroll sideways', async () => {
    await page.goto(s.base + '/search/?q=data&type=practice');
    await page.locator('pagefind-results li').first().waitFor();
    await page.waitForTimeout(300);
    expect(await overflow()).toEqual({ excess: 0, culprit: '' });
  });

  it.each([['/reviews/', 'table[data-review-list]'], ['/meetings/', 'table']])('%s: the table stacks into labelled rows, each cell under its column name, not one word a line', async (path, table) => {
    await page.goto(s.base + path);
    const cells = await page.$$eval(`main ${table} tbody td`, (tds) => tds.map((td) => ({
      label: getComputedStyle(td, '::before').content,
      header: td.closest('table')!.querySelectorAll('thead th')[(td as HTMLTableCellElement).cellIndex]!.textContent,
      width: td.getBoundingClientRect().width,
    })));
    expect(cells.length).toBeGreaterThan(5 * 5);
    for (const c of cells) {
      expect(c.label).toContain(c.header);
      expect(c.width).toBeGreaterThan(250);
    }
  });

  it('the review matrix keeps its names whole (never more lines than words): its table scrolls in its focusable region instead', async () => {
    await page.goto(s.base + '/reviews/matrix/');
    // Lines a header's text takes: the distinct tops of its text's line boxes (a cell's height follows its row's tallest).
    const cells = await page.$$eval('table[data-matrix-table] th', (ths) => ths.map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      const text = (th.textContent ?? '').trim();
      return { text, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, words: text.split(/\s+/).length };
    }));
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.filter((c) => c.lines > c.words)).toEqual([]);
    const region = page.locator('section.table-wrap:has(table[data-matrix-table])');
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    await expect(region.getAttribute('aria-label')).resolves.toBe('Who reviews whom: the numbers');
    await expect(region.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
    expect(await overflow()).toEqual({ excess: 0, culprit: '' });
  });

  it.each(['/countries/kor/dgi/', '/indicators/dgi/', '/reviews/', '/compare/?countries=KOR,EST,NOR,DNK,FRA,GBR,USA,JPN,AUS,NZL,CAN,DEU'])(
    '%s: the caption of a table that scrolls in its region stays whole in view', async (path) => {
      await page.goto(s.base + path);
      await page.waitForLoadState('networkidle');
      const cut = await page.$$eval('main .table-wrap caption', (els) => els.flatMap((el) => {
        const wrap = el.closest('.table-wrap')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < wrap.left - 1 || r.right > wrap.right + 1) ? [`${el.textContent!.slice(0, 50)}: ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(wrap.left)}–${Math.round(wrap.right)}`] : [];
      }));
      expect(cut).toEqual([]);
    },
  );

  it.each([
    '/countries/kor/', '/countries/kor/egdi/', '/countries/', '/indicators/dgi/', '/indicators/egdi/2024/', '/meetings/', '/reviews/',
    '/reviews/nor-digital-government-review-2017/', '/compare/?countries=KOR,EST,NOR,DNK,FRA,GBR,USA,JPN,AUS,NZL,CAN,DEU',
  ])('%s: every table cell breaks between words only (a table scrolls in its region, never one letter a line)', async (path) => {
    await page.goto(s.base + path);
    await page.waitForLoadState('networkidle');
    const cells = await page.$$eval('main table :is(th, td)', (els) => els.flatMap((el) => {
      const text = (el.textContent ?? '').trim();
      if (!text || !(el as HTMLElement).offsetParent) return [];
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      return [{ text: text.slice(0, 40), lines, words: text.split(/\s+/).length }];
    }));
    expect(cells.length).toBeGreaterThan(5);
    // A word that does not fit may take a second line (an address); more than that is a word broken letter by letter.
    expect(cells.filter((c) => c.lines > c.words + 1)).toEqual([]);
    expect(await overflow()).toEqual({ excess: 0, culprit: '' });
  });

  it('compare with twelve countries does not scroll sideways', async () => {
    const countries = ['AUS', 'AUT', 'BEL', 'CAN', 'CHL', 'DNK', 'EST', 'FIN', 'FRA', 'KOR', 'NOR', 'GBR'];
    await page.goto(`${s.base}/compare/?countries=${countries.join(',')}`);
    await page.waitForTimeout(500);
    expect(await overflow()).toEqual({ excess: 0, culprit: '' });
  });
});

/** One page of every template, as a phone shows it. */
const TEMPLATES = [
  '/', '/practices/', '/practices/principle/3/', '/practices/est-x-road/', '/countries/', '/countries/kor/', '/countries/kor/dgi/', '/principles/', '/principles/3/',
  '/dimensions/data_driven_public_sector/', '/indicators/', '/indicators/dgi/', '/indicators/egdi/2024/', '/meetings/',
  '/meetings/2013-bern/', '/statements/', '/statements/2015-tokyo/', '/reviews/', '/reviews/matrix/', '/reviews/nor-digital-government-review-2017/',
  '/compare/', '/search/?q=data', '/no-such-page/',
];

describe('axe at 320 × 640', () => {
  it.each(TEMPLATES)('%s has no WCAG 2.2 A/AA violation', async (path) => {
    await page.goto(s.base + path);
    if (path.startsWith('/search/')) await page.locator('pagefind-results li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the menu opens with the keyboard and lists every section', async () => {
    await page.goto(s.base + '/');
    const menu = page.locator('details.menu > summary');
    await menu.focus();
    await page.keyboard.press('Enter');
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await expect(links.count()).resolves.toBe(8);
    await expect(links.first().isVisible()).resolves.toBe(true);
  });

  it('the menu button stays where it was tapped: open, it closes the menu from the same place', async () => {
    await page.goto(s.base + '/');
    const button = page.locator('details.menu > summary');
    const closed = await button.boundingBox();
    await button.click();
    await expect(page.locator('details.menu').getAttribute('open')).resolves.toBe('');
    expect(await button.boundingBox()).toEqual(closed);
    await button.click();
    await expect(page.locator('details.menu').getAttribute('open')).resolves.toBeNull();
  });
});
