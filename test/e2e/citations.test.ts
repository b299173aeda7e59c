/** "Cite this" on every page a researcher quotes from, the BibTeX and RIS files, and the compare view's citation, in real Chromium. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readCsv } from '../../src/lib/csv.ts';
import { sharedDataDir } from '../../scripts/lib/paths.ts';
import { axeViolations, openSession, type Session } from '../support/browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const PAGES = [
  { path: '/indicators/dgi/2023/', has: ['OECD', '2023', '10.1787/1a89ed5e-en'] },
  { path: '/indicators/dgi/', has: ['OECD Digital Government Index, 2019 edition', 'OECD Digital Government Index, 2023 edition'] },
  { path: '/indicators/', has: ['E-Leaders hub: indicators and data downloads'] },
  { path: '/practices/est-x-road/', has: ['X-Road'] },
  { path: '/statements/2015-tokyo/', has: ['Tokyo'] },
  { path: '/reviews/nor-digital-government-review-2017/', has: ['Norway'] },
];

describe.each(PAGES)('$path', ({ path, has }) => {
  it('shows a citation with the build date and permalink, its BibTeX, and .bib and .ris files that parse; no JavaScript; axe clean', async () => {
    const page = await s.page(path);
    const section = page.getByRole('region', { name: 'Cite this' });
    const text = (await section.locator('.citation-text').allTextContents()).join('\n');
    for (const h of has) expect(text).toContain(h);
    expect(text).toMatch(/Retrieved from the E-Leaders hub, \d{4}-\d{2}-\d{2}: https?:\/\/\S+/);
    // Once per citation: an undated item made APA write its own "Retrieved …, from" before ours.
    for (const one of text.split('\n')) expect(one.match(/Retrieved/g), one).toHaveLength(1);
    expect(text).toContain(path);
    await section.getByText('BibTeX', { exact: true }).click();
    await expect(section.getByLabel('BibTeX of this page').textContent()).resolves.toMatch(/^@\w+\{/);
    for (const [ext, input] of [['bib', '@bibtex/text'], ['ris', '@ris/file']] as const) {
      const href = (await section.getByRole('link', { name: new RegExp(`\\.${ext}`) }).getAttribute('href'))!;
      expect(href).toBe(`/cite${path.replace(/\/$/, '')}.${ext}`);
      const body = await (await s.context.request.get(s.base + href)).text();
      const items = new Cite(body, { forceType: input }).data as { URL?: string }[];
      expect(items.length, `${href} parses as ${ext}`).toBeGreaterThan(0);
      expect(items[0]!.URL).toContain(path);
    }
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('/compare/', () => {
  const PERMALINK = '/compare/?countries=KOR,DNK,EST&indicator=dgi&edition=2023';

  it('cites the edition shown with the permalink of the selection, which follows the selection; the button copies it', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.base });
    const page = await s.page(PERMALINK);
    const cite = page.locator('[data-citation-text]');
    await expect.poll(() => cite.textContent()).toContain(s.base + PERMALINK);
    expect(await cite.textContent()).toContain('10.1787/1a89ed5e-en');
    await page.getByLabel('Edition', { exact: true }).selectOption('2019');
    await expect.poll(() => cite.textContent()).toContain(`${s.base}/compare/?countries=KOR,DNK,EST&indicator=dgi&edition=2019`);
    expect(await cite.textContent()).toContain('10.1787/b00142a4-en');
    await page.getByRole('button', { name: 'Copy the citation' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('edition=2019');
    const bib = await page.getByRole('link', { name: 'BibTeX (.bib)' }).getAttribute('href');
    expect(decodeURIComponent(bib!.split(',')[1]!)).toContain('edition=2019');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('downloads every DGI edition of KOR, DNK and EST with the change between comparable editions', async () => {
    const page = await s.page(PERMALINK);
    const link = page.getByRole('link', { name: /Every edition of these countries/ });
    await expect.poll(() => link.getAttribute('download')).toBe('dgi-all-editions-KOR-DNK-EST.csv');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
    const shared = readCsv(`${sharedDataDir()}/dgi.csv`).map((r) => r.record).filter((r) => ['KOR', 'DNK', 'EST', 'OECD'].includes(r.iso3!));
    expect(rows.map((r) => `${r.iso3}/${r.edition}/${r.indicator}=${r.value}`).sort()).toEqual(shared.map((r) => `${r.iso3}/${r.edition}/${r.indicator}=${r.value}`).sort());
    expect(new Set(rows.map((r) => r.edition))).toEqual(new Set(shared.map((r) => r.edition)));
    const kor = (y: string) => rows.find((r) => r.iso3 === 'KOR' && r.edition === y && r.indicator === 'composite')!;
    expect(kor('2023')).toMatchObject({ previous_edition: '2019', previous_value: kor('2019').value });
    expect(Number(kor('2023').change)).toBeCloseTo(Number(kor('2023').value) - Number(kor('2019').value), 10);
    expect(kor('2019').change).toBe('');
    await page.close();
  });
});
