/**
 * Issue #15 (research): partial editions named with who is missing, the EGDI series on country profiles, and a
 * build-time world map on indicator pages. Numbers are held to ../shared/data to the digit.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/csv.ts';
import { sharedDataDir } from '../../scripts/lib/paths.ts';
import { axeViolations, openSession, type Session } from '../support/browser.ts';

const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const sharedRows = (id: string) => readCsv(resolve(sharedDataDir(), `${id}.csv`)).map((r) => r.record);
/** `iso3/indicator=value` of every value cell in an edition table (`data-iso3` row, `data-metric` cell). */
function tableValues(page: string, id: string, edition: number): string[] {
  const table = new RegExp(`<table data-indicator="${id}" data-edition="${edition}"[\\s\\S]*?</table>`).exec(page)![0];
  return [...table.matchAll(/<tr[^>]*data-iso3="([A-Z]+)"[^>]*>([\s\S]*?)<\/tr>/g)].flatMap(([, iso3, row]) =>
    [...row!.matchAll(/data-metric="([a-z_]+)" data-value="([^"]+)"/g)].map(([, m, v]) => `${iso3}/${m}=${v}`));
}

describe('partial editions', () => {
  it.each(['dgi', 'ourdata'])('/indicators/%s/2025/ shows every 2025 value of the shared CSV, to the digit', (id) => {
    const expected = sharedRows(id).filter((r) => r.edition === '2025').map((r) => `${r.iso3}/${r.indicator}=${r.value}`).sort();
    expect(expected.length).toBeGreaterThan(30);
    expect(tableValues(html(`/indicators/${id}/2025/`), id, 2025).sort()).toEqual(expected);
  });
  it.each(['dgi', 'ourdata'])('/indicators/%s/ names the 2025 edition partial, with the OECD members without a value', (id) => {
    for (const path of [`/indicators/${id}/`, `/indicators/${id}/2025/`]) {
      const page = html(path);
      const aside = new RegExp(`<aside class="partial"[^>]*data-partial="${id}-2025"[\\s\\S]*?</aside>`).exec(page)?.[0] ?? '';
      expect(aside, path).toContain('is a partial edition');
      expect(aside, path).toContain('order among the countries with a value');
      for (const name of ['Korea', 'United Kingdom', 'Mexico']) expect(aside, `${path}: ${name}`).toMatch(new RegExp(`data-iso3="[A-Z]{3}">${name}<`));
      const covered = new Set(sharedRows(id).filter((r) => r.edition === '2025').map((r) => r.iso3));
      for (const [, iso3] of aside.matchAll(/data-iso3="([A-Z]{3})"/g)) expect(covered.has(iso3!), `${iso3} is listed as missing but has a 2025 value`).toBe(false);
    }
    expect(html(`/indicators/${id}/2025/`)).toContain('<th scope="col" class="num">Order among the countries with a value</th>');
  });
});

describe('editions and series', () => {
  it('/indicators/egdi/ links all eight editions and shows the latest', () => {
    const page = html('/indicators/egdi/');
    for (const y of [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]) expect(page).toContain(`href="/indicators/egdi/${y}/"`);
    expect(page).toContain('id="edition-2024"');
  });
  it('/countries/kor/egdi/ shows Korea’s EGDI 2010–2024 with ranks, each value equal to egdi.csv', () => {
    const page = html('/countries/kor/egdi/');
    const table = /<table data-table="line" data-series="egdi">[\s\S]*?<\/table>/.exec(page)![0];
    const shown = [...table.matchAll(/<tr data-edition="(\d{4})">[\s\S]*?data-iso3="KOR" data-value="([^"]+)"[\s\S]*?data-rank="(\d+)"/g)].map(([, e, v]) => `${e}=${v}`);
    const expected = sharedRows('egdi').filter((r) => r.iso3 === 'KOR' && r.indicator === 'egdi').map((r) => `${r.edition}=${r.value}`);
    expect(shown).toEqual(expected);
    expect(shown).toHaveLength(8);
    expect(page).toMatch(/relative within its edition/);
  });
  it('a placeholder 0 left out of the data shows as "no data" (North Korea, 2010), never 0', () => {
    expect(sharedRows('egdi').some((r) => r.iso3 === 'PRK' && r.edition === '2010' && r.indicator === 'egdi')).toBe(false);
    const table = /<table data-table="line" data-series="egdi">[\s\S]*?<\/table>/.exec(html('/countries/prk/egdi/'))![0];
    expect(table).toMatch(/<tr data-edition="2010"><th scope="row">2010<\/th><td class="num nodata" data-iso3="PRK">no data<\/td>/);
    expect(html('/indicators/egdi/2010/')).toMatch(/<a href="\/countries\/prk\/" aria-label="[^"]+: no data" data-iso3="PRK" data-nodata="">/);
  });
});

let s: Session;
beforeAll(async () => { s = await openSession(); });
afterAll(async () => { await s?.close(); });

describe('the world map', () => {
  it.each(['/indicators/egdi/2024/', '/indicators/dgi/', '/indicators/ourdata/2025/'])('%s: ≥ 150 linked shapes, a legend, "no data" hatched, axe clean, no JS', async (path) => {
    const page = await s.page(path);
    const map = page.locator('figure.chart-map svg');
    const links = map.locator('a[data-iso3]');
    expect(await links.count()).toBeGreaterThanOrEqual(150);
    const names = await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
    expect(names.every((n) => /^.+: (\d+(\.\d+)?|no data)$/.test(n))).toBe(true);
    const noData = map.locator('a[data-nodata] path');
    if (await noData.count()) expect(await noData.first().getAttribute('fill')).toMatch(/^url\(#.+-nodata\)$/);
    expect(await map.locator('pattern[id$="-nodata"]').count()).toBe(1);
    expect(await map.locator('pattern[id$="-nodata-key"]').count(), 'the legend has its own pattern').toBe(1);
    expect(await map.locator('[data-legend] [data-class="no-data"]').textContent()).toBe('no data');
    await links.first().focus();
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('a');
    expect(await page.locator('script').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
  it('colours a value by the scale and links the country page by its name and value', async () => {
    const page = await s.page('/indicators/egdi/2024/');
    const kor = page.getByRole('link', { name: /^Korea: 0\.\d+$/ }).first();
    const value = sharedRows('egdi').find((r) => r.iso3 === 'KOR' && r.edition === '2024' && r.indicator === 'egdi')!.value;
    expect(await kor.getAttribute('aria-label')).toBe(`Korea: ${value}`);
    expect(await kor.getAttribute('href')).toBe('/countries/kor/');
    expect(await kor.locator('path').getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
    await page.close();
  });
  it('a keyboard reader passes the map\'s country links with one skip link, shown when it has the focus', async () => {
    const page = await s.page('/indicators/egdi/2024/');
    const skip = page.getByRole('link', { name: "Skip the map's country links" });
    await expect(skip.boundingBox().then((b) => b!.width)).resolves.toBeLessThanOrEqual(1);
    await skip.focus();
    await expect(skip.boundingBox().then((b) => b!.width)).resolves.toBeGreaterThan(100);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop is the table of values after the map, not the first country of the map.
    await expect(page.evaluate(() => document.activeElement?.matches('.table-wrap') && !document.activeElement.closest('figure'))).resolves.toBe(true);
    await page.close();
  });
  it('a country page carries a small locator map with the country highlighted', () => {
    expect(html('/countries/kor/')).toMatch(/<svg [^>]*data-locator="KOR"[\s\S]*?<title[^>]*>Where Korea is, on a world map<\/title>/);
  });
});
