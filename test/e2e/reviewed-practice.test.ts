/**
 * A site built from the real content plus the synthetic reviews of test/fixtures/valid/reviews (the real
 * content has no review of a practice yet): the badge, the assessment summary, recommendations and their
 * follow-up, the matrix and the coverage. Also: a broken review rule stops `astro build`.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from '../support/browser.ts';
import { astroBuild, copyProject } from '../support/project-copy.ts';
import { expectedCells, matrixOnPage, reviewRecords } from '../support/review-records.ts';

const FIXTURES = 'test/fixtures/valid/reviews';
let dir = '';
let s: Session;

beforeAll(async () => {
  dir = copyProject('hub-reviewed-');
  for (const f of readdirSync(FIXTURES)) cpSync(join(FIXTURES, f), join(dir, 'content/reviews', `fixture-${f}`));
  const build = await astroBuild(dir);
  if (build.status !== 0) throw new Error(`the fixture site did not build:\n${build.output}`);
  s = await openSession(join(dir, 'dist'));
}, 300_000);
afterAll(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a peer-reviewed practice (X-Road, synthetic review)', () => {
  it('shows the "peer-reviewed" badge with reviewers and date, the assessment summary and a link to the review', async () => {
    const page = await s.page('/practices/est-x-road/');
    const badge = page.locator('dl.facts [data-review-badge]');
    await expect(badge.getAttribute('data-review-badge')).resolves.toBe('reviewed');
    await expect(badge.textContent()).resolves.toBe('✓ Peer-reviewed, 2024');
    const section = page.locator('[data-practice-review]');
    await expect(section.locator('[data-review-summary]').textContent()).resolves.toMatch(
      /^\s*Reviewed by OECD Secretariat, Finland and Korea \(lead: Finland\), completed on 1 March 2024\.\s*$/,
    );
    const ratings = await section.locator('.rating-list li').allTextContents();
    expect(ratings.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      '6. Coherent use of digital technology across policy areas and levels of government: Leading (4 of 4)',
      '4. Privacy protection and security (risk management): Established (3 of 4)',
    ]);
    await expect(section.getByText('2 recommendations; 1 reported done.').count()).resolves.toBe(1);
    await expect(section.getByRole('link', { name: /^Read the review/ }).getAttribute('href')).resolves.toBe('/reviews/fixture-practice-review/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a requested review as under way, not as peer-reviewed', async () => {
    const page = await s.page('/practices/fin-suomi-fi-messages/');
    await expect(page.locator('dl.facts [data-review-badge]').textContent()).resolves.toBe('Peer review requested');
    await expect(page.locator('[data-practice-review] li').textContent()).resolves.toContain('requested since 1 February 2025, with Estonia');
    await page.close();
  });
});

describe('the review of a practice', () => {
  it('lists recommendations with principle, priority and follow-up, the reports, the response; axe finds no violation', async () => {
    const page = await s.page('/reviews/fixture-practice-review/');
    const rows = await page.locator('table[data-recommendations] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim())),
    );
    expect(rows).toEqual([
      ['R1', 'Synthetic recommendation on data protection.', '4. Privacy protection and security (risk management)', 'High', 'Done (1 March 2025)'],
      ['R2', 'Synthetic recommendation on co-operation.', '8. International co-operation with other governments', 'Low', 'No report'],
    ]);
    await expect(page.locator('table[data-follow-up] tbody tr').count()).resolves.toBe(2);
    await expect(page.getByRole('heading', { name: 'Response of Estonia' }).count()).resolves.toBe(1);
    await expect(page.locator('table[data-assessment] tbody tr').count()).resolves.toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('of a requested review shows no findings yet', async () => {
    const page = await s.page('/reviews/fixture-requested/');
    await expect(page.locator('.notice').textContent()).resolves.toContain('This review is requested');
    await expect(page.getByRole('heading', { name: 'Recommendations' }).count()).resolves.toBe(0);
    await page.close();
  });
});

describe('/reviews/ with the fixture reviews', () => {
  it("has a matrix whose table equals the records, and counts the reviewed practice in the coverage", async () => {
    const matrix = await s.page('/reviews/matrix/');
    const shown = await matrixOnPage(matrix);
    await matrix.close();
    const page = await s.page('/reviews/');
    const records = reviewRecords(join(dir, 'content'));
    expect(shown.mismatched).toEqual([]);
    expect(shown.nonEmpty).toEqual(expectedCells(records));
    expect(shown.svg).toEqual(expectedCells(records));
    expect(shown.nonEmpty).toContain('FIN→EST=1');
    const practices = readdirSync(join(dir, 'content/practices')).length;
    const pct = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(1 / practices);
    await expect(page.locator('[data-figure="practices-reviewed"]').textContent()).resolves.toBe(`1 of ${practices} (${pct})`);
    for (const p of ['4', '6', '8']) {
      await expect(page.locator(`table[data-coverage="principle"] tr[data-key="${p}"] td[data-field="reviewed"]`).textContent()).resolves.toBe('1');
    }
    await expect(page.locator('table[data-coverage="country"] tr[data-key="EST"] td[data-field="reviewed"]').textContent()).resolves.toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('filters by principle once reviews record principles', async () => {
    const page = await s.page('/reviews/?principle=8');
    const shown = await page.locator('[data-review-row]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.reviewRow));
    expect(shown).toEqual(['fixture-practice-review']);
    await page.close();
  });
});

describe('a review that breaks a rule', () => {
  it('stops `astro build` with the file, line, field and fix, and builds nothing', async () => {
    const bad = copyProject('hub-bad-review-');
    try {
      const file = join(bad, 'content/reviews/pan-digital-government-review-2019.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('reviewers: ["BEL", "CHL", "ESP"]', 'reviewers: ["BEL", "PAN", "ESP"]'));
      const { status, output } = await astroBuild(bad);
      expect(status).not.toBe(0);
      expect(output).toContain('content/reviews/pan-digital-government-review-2019.mdx:6: field "reviewers[1]": "PAN" is the reviewed country, and a country never peer-reviews itself: remove it');
      expect(existsSync(join(bad, 'dist'))).toBe(false);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
