/** Peer reviews on the real site: the list and its filters, the matrix page against the records, follow-up, axe. */
import { readdirSync, readFileSync } from 'node:fs';
import { isReviewListSegment } from '../../src/lib/urls.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { axeViolations, openSession, type Session } from '../support/browser.ts';
import { expectedCells, matrixOnPage, practiceCoverageText, reviewRecords } from '../support/review-records.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const records = reviewRecords('content');

/** The reviews with a recorded recommendation filed under a principle, read from content/. */
const underPrinciple = (p: string) =>
  records
    .filter((r) => {
      const { data } = splitFrontmatter(readFileSync(`content/reviews/${r.id}.mdx`, 'utf8'), r.id);
      return ((data.recommendations ?? []) as { principle: unknown }[]).some((x) => String(x.principle) === p);
    })
    .map((r) => r.id)
    .sort();

describe('/reviews/', () => {
  it('shows every review record, and axe finds no violation', async () => {
    const page = await s.page('/reviews/');
    await expect(page.locator('[data-review-row]').count()).resolves.toBe(records.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('sums up who reviews whom and links to the matrix and to every pair, without drawing the matrix', async () => {
    const page = await s.page('/reviews/');
    const reviewers = new Set(records.flatMap((r) => [...r.bodies, ...r.reviewers])).size;
    const countries = new Set(records.map((r) => r.country)).size;
    await expect(page.locator('[data-matrix-summary]').textContent()).resolves.toMatch(new RegExp(`^\\s*${reviewers} reviewers \\(reviewing bodies and peer countries\\) took part in reviews of ${countries} countries\\.`));
    await expect(page.getByRole('link', { name: 'who reviews whom' }).getAttribute('href')).resolves.toBe('/reviews/matrix/');
    await expect(page.getByRole('link', { name: 'every reviewer–country pair (CSV)' }).getAttribute('href')).resolves.toBe('/data/review-pairs.csv');
    await expect(page.locator('figure[data-chart="matrix"]').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('/reviews/matrix/', () => {
  it('draws every reviewer and reviewed country of the real content, says nothing is left out, and axe finds no violation', async () => {
    const page = await s.page('/reviews/matrix/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Who reviews whom');
    await expect(page.locator('[data-matrix-omitted]').count()).resolves.toBe(0);
    const region = page.getByRole('region', { name: 'Who reviews whom: chart (scrolls sideways)' });
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    await expect(page.getByRole('link', { name: 'Peer reviews', exact: true }).first().getAttribute('href')).resolves.toBe('/reviews/');
    await expect(page.locator('[data-review-pairs]').getAttribute('href')).resolves.toBe('/data/review-pairs.csv');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("has a who-reviews-whom matrix whose table and SVG equal the review records, cell by cell", async () => {
    const page = await s.page('/reviews/matrix/');
    const shown = await matrixOnPage(page);
    expect(shown.mismatched).toEqual([]);
    expect(shown.nonEmpty).toEqual(expectedCells(records));
    expect(shown.svg).toEqual(expectedCells(records));
    // Spain took part in the reviews of Argentina and Panama.
    expect(shown.nonEmpty).toContain('ESP→ARG=1');
    expect(shown.nonEmpty).toContain('ESP→PAN=1');
    const svg = page.locator('figure[data-chart="matrix"] svg[role="img"]');
    await expect(svg.locator('title').textContent()).resolves.toBe('Who reviews whom');
    await expect(svg.locator('desc').textContent()).resolves.toContain(`from ${records.length} review record(s)`);
    await page.close();
  });

  it('filters by reviewer, status, country and principle, says how many are shown, and keeps the choice in the address', async () => {
    const page = await s.page('/reviews/');
    const visible = () => page.locator('[data-review-row]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.reviewRow).sort());
    await page.getByRole('combobox', { name: 'Reviewer', exact: true }).selectOption({ label: 'Spain' });
    await expect(visible()).resolves.toEqual(['arg-digital-government-review-2019', 'pan-digital-government-review-2019']);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`Showing 2 of ${records.length} reviews.`);
    expect(new URL(page.url()).search).toBe('?reviewer=ESP');
    await page.getByRole('combobox', { name: 'Reviewed country', exact: true }).selectOption({ label: 'Panama' });
    await expect(visible()).resolves.toEqual(['pan-digital-government-review-2019']);
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Requested' });
    await expect(visible()).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('[data-review-row]:visible').count()).toBe(records.length);
    // A country review concerns the principles its recorded recommendations are filed under.
    await page.getByRole('combobox', { name: 'Principle', exact: true }).selectOption('3');
    await expect(visible()).resolves.toEqual(underPrinciple('3'));
    await page.close();
  });

  it('opens with the filters of its address', async () => {
    const page = await s.page('/reviews/?country=TUR');
    await expect(page.locator('[data-review-row]:visible').count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Reviewed country', exact: true }).inputValue()).resolves.toBe('TUR');
    await page.close();
  });

  it('keeps the section of its address: /reviews/#ask stays where it points', async () => {
    const page = await s.page('/reviews/#ask');
    await expect(page.getByRole('heading', { name: 'How to ask for a peer review' }).isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).hash).toBe('#ask');
    await page.close();
  });

  it('without JavaScript lists every review and hides the filters it could not apply', async () => {
    const html = await (await fetch(`${s.base}/reviews/`)).text();
    expect(html).toMatch(/<form[^>]*hidden[^>]*data-js-filters|<form[^>]*data-js-filters[^>]*hidden/);
    expect(html.match(/data-review-row=/g)).toHaveLength(records.length);
  });

  it('loads its filter as a module file that defines <hub-review-filter>, with no inline script', () => {
    const html = readFileSync('dist/reviews/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && body!.trim()), 'inline scripts').toEqual([]);
    const sources = scripts.flatMap(([, attrs]) => /\bsrc="(\/_astro\/[^"]+\.js)"/.exec(attrs!)?.[1] ?? []);
    expect(sources.some((src) => readFileSync(`dist${src}`, 'utf8').includes('hub-review-filter')), `none of ${sources.join(', ')} defines the element`).toBe(true);
  });

  it('gives the coverage of practices, as counted from the practice and review files', async () => {
    const page = await s.page('/reviews/');
    await expect(page.locator('[data-figure="practices-reviewed"]').textContent()).resolves.toBe(practiceCoverageText('content'));
    await expect(page.locator('[data-figure="countries-reviewed"]').textContent()).resolves.toBe(String(new Set(records.map((r) => r.country)).size));
    const rows = await page.locator('table[data-coverage="principle"] tbody tr').count();
    expect(rows).toBe(12);
    await page.close();
  });
});

describe('a country review (Argentina 2019)', () => {
  it('names peers and lead, lists the recommendations it could read with where each is, says the list is partial, and axe finds no violation', async () => {
    const page = await s.page('/reviews/arg-digital-government-review-2019/');
    const facts = page.locator('dl.facts');
    await expect(facts.textContent()).resolves.toContain('Mexico, Norway, Spain');
    await expect(facts.textContent()).resolves.toContain('OECD Secretariat');
    const note = page.locator('[data-recommendations-partial]');
    await expect(note.textContent()).resolves.toMatch(/^Partial list: .*Assessment and recommendations/);
    await expect(note.getByRole('link').getAttribute('href')).resolves.toContain('354732cc-en');
    await expect(page.locator('[data-recommendation]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-recommendation="R1"] [data-section]').textContent()).resolves.toContain('Executive summary');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a review whose recommendations the hub does not record (Colombia 2018)', () => {
  it('says where they are', async () => {
    const page = await s.page('/reviews/col-digital-government-review-2018/');
    await expect(page.locator('[data-recommendations-not-recorded]').textContent()).resolves.toContain('report');
    await page.close();
  });
});

describe('an unreviewed practice', () => {
  it('says so and links to how to ask for a review', async () => {
    const page = await s.page('/practices/est-x-road/');
    await expect(page.locator('dl.facts [data-review-badge]').textContent()).resolves.toBe('Not peer-reviewed yet');
    await expect(page.locator('[data-review-none]').textContent()).resolves.toContain('No peer from another country has reviewed this practice yet');
    await expect(page.getByRole('link', { name: 'how to ask for a peer review' }).getAttribute('href')).resolves.toBe('/reviews/#ask');
    await page.close();
  });
});

describe('country profiles', () => {
  it('list reviews received and given: Spain was a peer for Argentina and Panama', async () => {
    const page = await s.page('/countries/esp/');
    const given = await page.locator('[data-reviews="given"] li a').allTextContents();
    expect(given.map((t) => t.split(':')[0])).toEqual(['Digital Government Review of Argentina', 'Digital Government Review of Panama']);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    const nor = await s.page('/countries/nor/');
    await expect(nor.locator('[data-reviews="received"] li').count()).resolves.toBe(1);
    await expect(nor.locator('[data-reviews="given"] li').count()).resolves.toBe(1);
    await nor.close();
  });
});

describe('statement commitments', () => {
  it('show their status at a glance on the statement page, from the follow-up reports', async () => {
    const page = await s.page('/statements/2012-mexico-city/');
    await expect(page.locator('[data-glance] [data-count="done"]').textContent()).resolves.toBe('1');
    await expect(page.locator('[data-glance] [data-count="no-report"]').textContent()).resolves.toBe('4');
    const statuses = await page.locator('[data-commitment]').evaluateAll((li) => li.map((x) => (x as HTMLElement).dataset.status));
    expect(statuses).toEqual(['no-report', 'no-report', 'no-report', 'done', 'no-report']);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('appear with their status and evidence on the pages of their principles', async () => {
    const page = await s.page('/principles/8/');
    const done = page.locator('[data-commitment][data-status="done"]').filter({ hasText: 'From E-Leaders 2012, Mexico City' });
    await expect(done.count()).resolves.toBe(1);
    await expect(done.getByRole('link', { name: 'E-Leaders 2015, Tokyo' }).count()).resolves.toBe(1);
    await expect(done.getByRole('link', { name: /Joinup/ }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the feed and the published pages', () => {
  it('carry every published review, and no synthetic one', () => {
    const rss = readFileSync('dist/rss.xml', 'utf8');
    for (const r of records) expect(rss).toContain(`/reviews/${r.id}/</link>`);
    expect(rss).toContain('<category>Peer review</category>');
    const pages = readdirSync('dist/reviews', { withFileTypes: true }).filter((d) => d.isDirectory() && !isReviewListSegment(d.name)).map((d) => d.name);
    expect(pages.sort()).toEqual(records.map((r) => r.id).sort());
  });
});
