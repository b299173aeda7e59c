/**
 * Card grids leave no orphan: at common widths, the last row of every grid on one page of every template holds
 * at least half as many cards as the grid has columns (3 + 1 and 4 + 1 fail; 2 + 1 on two columns is fine).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../support/browser.ts';

let s: Session;
let page: Page;
beforeAll(async () => {
  s = await openSession();
  page = await s.context.newPage();
});
afterAll(async () => {
  await s?.close();
});

const PAGES = [
  '/', '/practices/', '/practices/principle/3/', '/practices/est-x-road/', '/countries/est/', '/principles/', '/principles/3/',
  '/dimensions/data_driven_public_sector/', '/reviews/', '/statements/2015-tokyo/',
];
const WIDTHS = [1280, 1024, 768, 390, 320];

describe('card grids', () => {
  it('leave no orphan on the last row at 1280, 1024, 768, 390 and 320 px', async () => {
    const orphans: string[] = [];
    let grids = 0;
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of PAGES) {
        await page.goto(s.base + path);
        const found = await page.$$eval('.grid', (els) => els.map((el, i) => {
          const columns = getComputedStyle(el).gridTemplateColumns.split(' ').filter(Boolean).length;
          const cards = [...el.children].filter((c) => (c as HTMLElement).offsetParent !== null).length;
          return { i, columns, cards };
        }));
        grids += found.length;
        for (const g of found) {
          const last = g.cards % g.columns || g.columns;
          if (g.cards > g.columns && last * 2 < g.columns) orphans.push(`${path} at ${width} px: grid ${g.i + 1} lays ${g.cards} cards in ${g.columns} columns, ${last} alone on the last row`);
        }
      }
    }
    expect(grids).toBeGreaterThan(WIDTHS.length * 10);
    expect(orphans).toEqual([]);
  }, 300_000);

  it('start each card with its title, at any heading level: no page heading margin above it', async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    const gaps: string[] = [];
    for (const path of ['/indicators/', '/statements/', '/principles/', '/practices/']) {
      await page.goto(s.base + path);
      gaps.push(...await page.$$eval('.card', (cards) => cards.flatMap((card) => {
        const title = card.querySelector('h2, h3');
        const first = card.firstElementChild;
        if (!title || !first) return [];
        // The title, or the kicker above it, sits on the card's padding.
        const gap = first.getBoundingClientRect().top - card.getBoundingClientRect().top - parseFloat(getComputedStyle(card).paddingTop);
        return gap > 1.5 ? [`${location.pathname} "${title.textContent!.trim().slice(0, 40)}": ${Math.round(gap)} px above`] : [];
      })));
    }
    expect(gaps).toEqual([]);
  });
});
