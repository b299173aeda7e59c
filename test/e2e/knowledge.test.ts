/**
 * Outcome documents, meetings and related knowledge on the real site: kinds, documents without a meeting, meetings
 * without a documented outcome, an unknown end date, a practice's related practices, commitments and indicator line,
 * and a principle's review recommendations. Counts come from content/.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from '../support/browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe('outcome documents', () => {
  it('the list shows every document with its kind', async () => {
    const page = await s.page('/statements/');
    const count = readdirSync('content/statements').filter((f) => f.endsWith('.mdx')).length;
    await expect(page.locator('ul.grid > li').count()).resolves.toBe(count);
    await expect(page.locator('ul.grid').textContent()).resolves.toContain('Communiqué');
    await page.close();
  });

  it('a document not produced at a meeting says so, with its kind and a month-only date; axe finds no violation', async () => {
    const page = await s.page('/statements/2023-digital-identity-recommendation/');
    await expect(page.locator('[data-kind]').textContent()).resolves.toBe('OECD Recommendation');
    const facts = page.locator('dl.facts');
    await expect(facts.textContent()).resolves.toContain('Not produced at a meeting');
    await expect(facts.textContent()).resolves.toContain('June 2023');
    await expect(page.locator('[data-no-commitments]').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the Tokyo toolkit commitment is followed up at Tallinn with its evidence', async () => {
    const page = await s.page('/statements/2015-tokyo/');
    const done = page.locator('[data-commitment][data-status="done"]');
    await expect(done.count()).resolves.toBe(1);
    await expect(done.textContent()).resolves.toContain('E-Leaders 2016, Tallinn');
    await page.close();
  });
});

describe('meetings', () => {
  it('a meeting with no documented outcome says so', async () => {
    const page = await s.page('/meetings/2018-seoul/');
    await expect(page.locator('[data-no-outcome]').textContent()).resolves.toBe('No outcome document of this meeting is documented in a public source the hub has found.');
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('30–31 October 2018');
    await page.close();
  });

  it('a meeting whose outcome is documented only at an http address says so instead', async () => {
    const page = await s.page('/meetings/2017-lisbon/');
    await expect(page.locator('[data-outcome-note]').textContent()).resolves.toContain('http address');
    await expect(page.locator('[data-no-outcome]').count()).resolves.toBe(0);
    await page.close();
  });

  it('Sydney 2025 shows its first day and says the end date is not known, never a one-day meeting', async () => {
    const page = await s.page('/meetings/2025-sydney/');
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('from 3 November 2025 (end date not known)');
    await page.close();
    const list = await (await fetch(`${s.base}/meetings/`)).text();
    expect(list).toContain('from 3 November 2025 (end date not known)');
  });
});

describe('related knowledge', () => {
  it('a practice page shows related practices from other countries, commitments by principle and the indicator line; axe finds no violation', async () => {
    const page = await s.page('/practices/est-x-road/');
    const related = page.locator('[data-related-practices] li');
    await expect(related.count()).resolves.toBeGreaterThan(0);
    expect((await related.allTextContents()).some((t) => t.includes('(Estonia)'))).toBe(false);
    await expect(page.locator('[data-served-statements] li').count()).resolves.toBeGreaterThan(0);
    const line = page.locator('[data-indicator-context]');
    await expect(line.textContent()).resolves.toMatch(/Estonia: .*DGI 0\.\d+ \(\d{4}\)/);
    await expect(line.getByRole('link', { name: 'Estonia' }).getAttribute('href')).resolves.toBe('/countries/est/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a principle page shows the review recommendations filed under it', async () => {
    const page = await s.page('/principles/7/');
    await expect(page.locator('[data-principle-recommendations] li').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

describe('practices a review discusses', () => {
  it('the review names the practice, and the practice page links back to the review; axe finds no violation', async () => {
    const review = await s.page('/reviews/swe-digital-government-review-2019/');
    await expect(review.locator('[data-discusses] a').getAttribute('href')).resolves.toBe('/practices/swe-digg/');
    await review.close();
    const practice = await s.page('/practices/swe-digg/');
    const links = practice.locator('[data-discussed-in] a');
    await expect(links.count()).resolves.toBe(1);
    await expect(links.getAttribute('href')).resolves.toBe('/reviews/swe-digital-government-review-2019/');
    await expect(practice.locator('[data-discussed-in]').textContent()).resolves.toContain('(2019), a review of Sweden');
    expect(await axeViolations(practice)).toEqual([]);
    await practice.close();
  });
});
