/** The built site publishes everything, and every figure equals ../shared/data to the digit. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/csv.ts';
import { isPracticeListSegment } from '../../src/lib/urls.ts';
import { sharedDataDir } from '../../scripts/lib/paths.ts';
import { openSession, type Session } from '../support/browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

/** The entry pages of a section: its folders with a page, less the pages of its lists (/practices/by-title/, /statements/2/). */
const pages = (dir: string) => readdirSync(`dist/${dir}`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`dist/${dir}/${d.name}/index.html`) && !isPracticeListSegment(d.name))
  .map((d) => d.name);

describe('what is published', () => {
  it('193 country pages, 11 meetings, a page per outcome document, 3 indicators, a page per practice (every practice of practices.csv among them)', () => {
    expect(pages('countries')).toHaveLength(193);
    expect(pages('meetings')).toHaveLength(11);
    const ids = (folder: string) => readdirSync(`content/${folder}`).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
    expect(pages('statements').sort()).toEqual(ids('statements'));
    expect(pages('indicators').sort()).toEqual(['dgi', 'egdi', 'ourdata']);
    const slugs = readCsv(resolve(sharedDataDir(), 'practices.csv')).map((r) => r.record.slug!);
    expect(pages('practices').sort()).toEqual(ids('practices'));
    expect(ids('practices')).toEqual(expect.arrayContaining(slugs));
  });

  it('has a sitemap and an RSS feed of statements and practices', () => {
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).toContain('/countries/kor/</loc>');
    const rss = readFileSync('dist/rss.xml', 'utf8');
    expect(rss).toContain('/statements/2015-tokyo/');
    expect(rss).toContain('/practices/est-x-road/');
  });
});

describe('a country\'s page on an indicator', () => {
  it("/countries/kor/dgi/ shows Korea's DGI 2023 composite 0.935 with its edition and source", async () => {
    const page = await s.page('/countries/kor/dgi/');
    const dgi = page.locator('table[data-indicator="dgi"]');
    await expect(dgi.locator('td[data-edition="2023"][data-metric="composite"]').textContent()).resolves.toBe('0.935');
    await expect(dgi.getByRole('columnheader', { name: 'Korea 2023' }).count()).resolves.toBe(1);
    const source = page.getByRole('link', { name: /2023 OECD Digital Government Index: Results and Key Findings/ });
    await expect(source.getAttribute('href')).resolves.toBe('https://doi.org/10.1787/1a89ed5e-en');
    await page.close();
  });

  it('says "no data" where a value was not published, never 0', async () => {
    const page = await s.page('/countries/deu/dgi/');
    // Germany is in the DGI 2019 table but not in 2023's or 2025's.
    const composite = page.locator('table[data-indicator="dgi"] tbody tr').first();
    await expect(composite.locator('td').allTextContents()).resolves.toEqual(['0.398', '0.501', 'no data', '0.605', 'no data', '0.70']);
    await page.close();
    const usa = await s.page('/countries/usa/');
    await expect(usa.locator('tr[data-indicator="dgi"]').getByText('No data: United States is not covered by any published edition.').count()).resolves.toBe(1);
    await usa.close();
  });
});

describe('/indicators/ourdata/2023/', () => {
  it('shows "no data" for the 2023 composites the OECD did not publish', async () => {
    const page = await s.page('/indicators/ourdata/2023/');
    const est = page.locator('table[data-edition="2023"] tr[data-iso3="EST"] td[data-metric="composite"]');
    await expect(est.textContent()).resolves.toBe('no data');
    await page.close();
  });
});

describe.each(['dgi', 'ourdata', 'egdi'])('/indicators/%s/', (id) => {
  it('shows every value of the shared file, to the digit, and nothing else, over its edition pages', async () => {
    const rows = readCsv(resolve(sharedDataDir(), `${id}.csv`)).map(({ record: r }) => r);
    const expected = rows.map((r) => `${r.iso3}/${r.edition}/${r.indicator}=${r.value}`);
    const overview = await s.page(`/indicators/${id}/`);
    const editionPages = await overview.$$eval('ul.editions a', (links) => links.map((a) => a.getAttribute('href')!));
    await overview.close();
    expect(editionPages.sort()).toEqual([...new Set(rows.map((r) => `/indicators/${id}/${r.edition}/`))].sort());
    const shown: string[] = [];
    for (const path of editionPages) {
      const page = await s.page(path);
      shown.push(...await page.$$eval('table[data-edition] td[data-value]', (cells) =>
        cells.map((td) => {
          const edition = td.closest('table')!.dataset.edition;
          const iso3 = td.closest('tr')!.dataset.iso3;
          if (td.textContent !== td.dataset.value) return `MISMATCH ${iso3} ${td.textContent} vs ${td.dataset.value}`;
          return `${iso3}/${edition}/${td.dataset.metric}=${td.textContent}`;
        }),
      ));
      // Cells without a published value say so; none shows 0 in their place.
      for (const cell of await page.locator('td.nodata').all()) await expect(cell.textContent()).resolves.toBe('no data');
      await page.close();
    }
    expect(shown.sort()).toEqual(expected.sort());
  });
});
