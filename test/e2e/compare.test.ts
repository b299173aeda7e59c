/** The compare page in real Chromium: permalinks, the country picker, history, downloads, no-JS fallback, axe. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** `iso3/edition/indicator=value` of the shared file's rows for some places and one edition. */
function shared(id: string, edition: string, places: readonly string[]): string[] {
  return readCsv(resolve(sharedDataDir(), `${id}.csv`))
    .map((r) => r.record)
    .filter((r) => r.edition === edition && places.includes(r.iso3!))
    .map((r) => `${r.iso3}/${r.edition}/${r.indicator}=${r.value}`)
    .sort();
}

/** The same, read from the compare table's cells (text shown, and its data-value). */
async function tableCells(page: Page): Promise<string[]> {
  return page.$$eval('#cmp-table td[data-value]', (cells) =>
    cells.map((td) => {
      const table = td.closest('table')!;
      const iso3 = td.closest('tr')!.dataset.iso3;
      if (td.textContent !== td.dataset.value) return `MISMATCH ${iso3} ${td.textContent} vs ${td.dataset.value}`;
      return `${iso3}/${table.dataset.edition}/${td.dataset.metric}=${td.textContent}`;
    }).sort(),
  );
}

const barsOf = (page: Page) => page.locator('[data-chart="bars"] svg .chart-marks > g').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-iso3')));
const rowsOf = (page: Page) => page.locator('#cmp-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso3')));
const chips = (page: Page) => page.locator('[data-chips] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-iso3')));
const status = (page: Page) => page.getByRole('status').textContent();

const PERMALINK = '/compare/?countries=KOR,DNK,EST&indicator=dgi&edition=2023';

describe('a permalink (KOR, DNK, EST on the DGI 2023)', () => {
  it('shows bars and a table whose numbers equal ../shared/data/dgi.csv', async () => {
    const page = await s.page(PERMALINK);
    await expect.poll(() => barsOf(page)).toEqual(['KOR', 'DNK', 'EST']);
    expect(await rowsOf(page)).toEqual(['KOR', 'DNK', 'EST', 'OECD']);
    expect(await tableCells(page)).toEqual(shared('dgi', '2023', ['KOR', 'DNK', 'EST', 'OECD']));
    const bars = page.getByRole('img', { name: /DGI composite score, DGI 2023/ });
    await expect(bars.locator('desc').textContent()).resolves.toBe('Highest first: Korea 0.935, Denmark 0.811, Estonia 0.742. OECD average: 0.605.');
    await expect(page.locator('#cmp-bars figcaption').textContent()).resolves.toContain('2023 OECD Digital Government Index: Results and Key Findings, OECD Public Governance Policy Papers, Annex Table A.1 (DGI 2023)');
    await expect(page.locator('#cmp-bars figcaption .chart-source a').getAttribute('href')).resolves.toBe('https://doi.org/10.1787/1a89ed5e-en');
    await expect(page.locator('#cmp-table').locator('xpath=../..').locator('.chart-source').textContent()).resolves.toContain('(DGI 2023)');
    expect(await chips(page)).toEqual(['KOR', 'DNK', 'EST']);
    await expect(page.getByLabel('Indicator', { exact: true }).inputValue()).resolves.toBe('dgi');
    await expect(page.getByLabel('Edition', { exact: true }).inputValue()).resolves.toBe('2023');
    await page.close();
  });

  it('adds a country by keyboard, removes one, and keeps chart, table and address in step; back and forward restore', async () => {
    const page = await s.page(PERMALINK);
    await expect.poll(() => chips(page)).toEqual(['KOR', 'DNK', 'EST']);
    const box = page.getByRole('combobox', { name: 'Add a country' });
    await box.focus();
    await page.keyboard.type('finl');
    await expect(page.getByRole('listbox').getByRole('option').allTextContents()).resolves.toEqual(['Finland FIN']);
    await page.keyboard.press('ArrowDown');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe('cmp-opt-FIN');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('countries=KOR,DNK,EST,FIN&indicator=dgi&edition=2023');
    await expect.poll(() => barsOf(page)).toEqual(['KOR', 'DNK', 'EST', 'FIN']);
    expect(await rowsOf(page)).toEqual(['KOR', 'DNK', 'EST', 'FIN', 'OECD']);
    expect(await tableCells(page)).toEqual(shared('dgi', '2023', ['KOR', 'DNK', 'EST', 'FIN', 'OECD']));
    await expect(status(page)).resolves.toContain('Showing the DGI 2023 for Korea, Denmark, Estonia and Finland.');

    const remove = page.getByRole('button', { name: 'Remove Denmark' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('countries=KOR,EST,FIN&');
    await expect.poll(() => barsOf(page)).toEqual(['KOR', 'EST', 'FIN']);
    expect(await rowsOf(page)).toEqual(['KOR', 'EST', 'FIN', 'OECD']);
    expect(await chips(page)).toEqual(['KOR', 'EST', 'FIN']);
    // Focus stays on the chips (the next one's remove button), not lost to the page.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Remove Estonia');

    await page.goBack();
    await expect.poll(() => barsOf(page)).toEqual(['KOR', 'DNK', 'EST', 'FIN']);
    await page.goBack();
    await expect.poll(() => barsOf(page)).toEqual(['KOR', 'DNK', 'EST']);
    expect(await chips(page)).toEqual(['KOR', 'DNK', 'EST']);
    await page.goForward();
    await expect.poll(() => rowsOf(page)).toEqual(['KOR', 'DNK', 'EST', 'FIN', 'OECD']);
    await page.close();
  });

  it('downloads a CSV equal to the selection, with source, edition and licence on every row', async () => {
    const page = await s.page(PERMALINK);
    await expect.poll(() => chips(page)).toEqual(['KOR', 'DNK', 'EST']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /This selection as CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('dgi-2023-KOR-DNK-EST.csv');
    const rows = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => `${r.iso3}/${r.edition}/${r.indicator}=${r.value}`).sort()).toEqual(shared('dgi', '2023', ['KOR', 'DNK', 'EST', 'OECD']));
    for (const r of rows) {
      expect(r.source).toContain('2023 OECD Digital Government Index');
      expect(r.source_url).toBe('https://doi.org/10.1787/1a89ed5e-en');
      expect(r.licence).toContain('OECD terms and conditions');
    }
    await page.close();
  });

  it('copies the permalink with the button', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.base });
    const page = await s.page(PERMALINK);
    await expect.poll(() => chips(page)).toEqual(['KOR', 'DNK', 'EST']);
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect.poll(() => status(page)).toContain('Link copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(s.base + PERMALINK);
    await page.close();
  });
});

describe('changing the indicator', () => {
  it('updates editions, charts and address; OURdata 2023 says the bars are not the composite', async () => {
    const page = await s.page(PERMALINK);
    await expect.poll(() => chips(page)).toEqual(['KOR', 'DNK', 'EST']);
    await page.getByLabel('Indicator', { exact: true }).selectOption('ourdata');
    await expect.poll(() => page.url()).toContain('countries=KOR,DNK,EST&indicator=ourdata&edition=2023');
    await expect(page.getByLabel('Edition', { exact: true }).locator('option').allTextContents()).resolves.toEqual(['2025 (partial)', '2023', '2019', '2017 (OECD average only)']);
    await expect(page.locator('#cmp-bars figcaption').textContent()).resolves.toContain('so the bars show Data availability');
    await expect(page.locator('#cmp-slope').textContent()).resolves.toContain('OURdata composite score in the 2023 and 2025 editions, which are comparable');
    expect(await tableCells(page)).toEqual(shared('ourdata', '2023', ['KOR', 'DNK', 'EST', 'OECD']));
    await expect(page.locator('#cmp-table tr[data-iso3="DNK"] td[data-metric="composite"]').textContent()).resolves.toBe('no data');
    await page.close();
  });

  it('keeps a country the DGI 2019 does not cover as "no data", never 0', async () => {
    const page = await s.page('/compare/?countries=USA,KOR&indicator=dgi&edition=2019');
    await expect.poll(() => barsOf(page)).toEqual(['KOR', 'USA']);
    await expect(page.locator('[data-chart="bars"] g[data-iso3="USA"] text').allTextContents()).resolves.toEqual(['United States', 'no data']);
    await expect(page.locator('[data-chart="bars"] g[data-iso3="USA"] rect').count()).resolves.toBe(0);
    const usa = page.locator('#cmp-table tr[data-iso3="USA"] td.nodata');
    await expect(usa.allTextContents()).resolves.toEqual(Array(7).fill('no data'));
    await page.close();
  });

  it('says what it left out of a bad permalink', async () => {
    const page = await s.page('/compare/?countries=KOR,XYZ&indicator=dgi&edition=2020');
    await expect.poll(() => status(page)).toContain('The DGI has no 2020 edition; showing 2023. Left out unknown country code XYZ.');
    await expect.poll(() => page.url()).toContain('?countries=KOR&indicator=dgi&edition=2023');
    await page.close();
  });
});

describe('under a strict Content Security Policy', () => {
  /** No inline script or style, no eval, nothing from another origin, and Trusted Types for every script sink. */
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'";

  it('still loads the data, re-renders and updates the address, with no violation reported', async () => {
    const page = await s.context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Trusted Type/i.test(m.text())) refused.push(m.text());
    });
    // A Trusted Types violation throws in the page rather than logging.
    page.on('pageerror', (e) => refused.push(String(e)));
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      if ((headers['content-type'] ?? '').startsWith('text/html')) headers['content-security-policy'] = CSP;
      await route.fulfill({ response, headers });
    });
    await page.goto(s.base + PERMALINK);
    await expect.poll(() => barsOf(page)).toEqual(['KOR', 'DNK', 'EST']);
    await page.getByRole('button', { name: 'Remove Estonia' }).click();
    await expect.poll(() => page.url()).toContain('countries=KOR,DNK&');
    await expect.poll(() => rowsOf(page)).toEqual(['KOR', 'DNK', 'OECD']);
    expect(refused).toEqual([]);
    await page.close();
  });
});

describe('the default view loads its code when it is used', () => {
  /** Opens /compare/ with the element's code held back `delay` ms; records the scripts and data it fetches. */
  async function open(delay = 0) {
    const page = await s.context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.route('**/_astro/hub-compare.*.js', async (route) => {
      await new Promise((ok) => setTimeout(ok, delay));
      await route.continue();
    });
    await page.goto(s.base + '/compare/');
    await page.waitForLoadState('networkidle');
    return { page, fetched };
  }
  const lazy = (fetched: string[]) => fetched.filter((p) => /hub-compare|^\/data\/|citations\.json/.test(p));

  it('paints the default view with its controls and fetches neither the element nor the data until the reader reaches for them', async () => {
    const { page, fetched } = await open();
    expect(await barsOf(page)).toEqual(['KOR', 'DNK', 'GBR', 'AUS', 'EST', 'FRA']);
    await expect(page.getByRole('combobox', { name: 'Add a country' }).isVisible()).resolves.toBe(true);
    expect(lazy(fetched)).toEqual([]);
    await page.getByRole('combobox', { name: 'Add a country' }).pressSequentially('Finl');
    await page.getByRole('option', { name: 'Finland' }).click();
    await expect.poll(() => page.url()).toContain('countries=KOR,DNK,EST,GBR,FRA,AUS,FIN&');
    expect(lazy(fetched)).toEqual(expect.arrayContaining(['/data/dgi.json', '/compare/citations.json']));
    await page.close();
  });

  it('does what the reader did while the code was loading: a chip removed, another indicator chosen', async () => {
    const { page } = await open(1500);
    await page.getByRole('button', { name: 'Remove Korea' }).click();
    await page.getByLabel('Indicator', { exact: true }).selectOption('ourdata');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('indicator=ourdata');
    expect(new URL(page.url()).searchParams.get('countries')).not.toContain('KOR');
    await expect.poll(() => chips(page)).not.toContain('KOR');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows the default chart and table, and hides controls that would not work', async () => {
    const page = await s.page('/compare/', { javaScript: false });
    expect(await barsOf(page)).toEqual(['KOR', 'DNK', 'GBR', 'AUS', 'EST', 'FRA']);
    expect(await tableCells(page)).toEqual(shared('dgi', '2023', ['KOR', 'DNK', 'GBR', 'AUS', 'EST', 'FRA', 'OECD']));
    await expect(page.getByRole('img', { name: /Sub-indicators, DGI 2023/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('img', { name: /DGI composite score, DGI 2019–2023/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Add a country' }).isVisible()).resolves.toBe(false);
    const csv = page.getByRole('link', { name: /This selection as CSV/ });
    await expect(csv.getAttribute('href')).resolves.toBe('/compare/dgi-2023-KOR-DNK-EST-GBR-FRA-AUS.csv');
    await expect(csv.getAttribute('download')).resolves.toBe('dgi-2023-KOR-DNK-EST-GBR-FRA-AUS.csv');
    const rows = parse(await (await s.context.request.get(s.base + '/compare/dgi-2023-KOR-DNK-EST-GBR-FRA-AUS.csv')).text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => `${r.iso3}/${r.edition}/${r.indicator}=${r.value}`).sort()).toEqual(shared('dgi', '2023', ['KOR', 'DNK', 'GBR', 'AUS', 'EST', 'FRA', 'OECD']));
    await page.close();
  });

  it("links the default view's downloads as files the build wrote, equal to what the browser builds for the same view", async () => {
    const links = async (page: Page) => page.locator('[data-download]').evaluateAll((as) => as.map((a) => [a.getAttribute('data-download'), a.getAttribute('download'), a.getAttribute('href')]));
    const plain = await s.page('/compare/', { javaScript: false });
    const built = await links(plain);
    await plain.close();
    const page = await s.page('/compare/?countries=KOR,DNK,EST,GBR,FRA,AUS&indicator=dgi&edition=2023');
    await expect.poll(async () => (await links(page)).every(([, , href]) => href!.startsWith('data:'))).toBe(true);
    const made = await links(page);
    await page.close();
    expect(built.map(([kind, name]) => [kind, name])).toEqual(made.map(([kind, name]) => [kind, name]));
    expect(built.map(([kind]) => kind)).toEqual(['csv', 'json', 'change']);
    for (const [i, [, name, href]] of built.entries()) {
      expect(href).toBe(`/compare/${name}`);
      const file = await s.context.request.get(s.base + href!);
      expect(file.status()).toBe(200);
      const inline = made[i]![2]!;
      expect(await file.text(), name!).toBe(decodeURIComponent(inline.slice(inline.indexOf(',') + 1)));
    }
  });
});

describe('accessibility', () => {
  it.each([
    ['/compare/', 'Compare countries'],
    ['/indicators/dgi/', 'OECD Digital Government Index'],
    ['/indicators/ourdata/', 'OURdata'],
    ['/countries/kor/', 'Korea'],
    ['/countries/kor/dgi/', 'Korea: OECD Digital Government Index'],
    ['/countries/usa/', 'United States'],
  ])('axe finds no WCAG 2.2 A/AA violation on %s', async (path, heading) => {
    const page = await s.page(path);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(heading);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('axe finds no violation with the country list open', async () => {
    const page = await s.page(PERMALINK);
    await expect.poll(() => chips(page)).toEqual(['KOR', 'DNK', 'EST']);
    await page.getByRole('combobox', { name: 'Add a country' }).fill('a');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox').isVisible()).resolves.toBe(true);
    await page.locator('.compare-results:not([aria-busy="true"])').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
