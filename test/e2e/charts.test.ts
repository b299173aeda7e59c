/** Build-time charts on content pages, the static data endpoints, and how much JavaScript each page ships. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/csv.ts';
import type { Dataset } from '../../src/indicators/dataset.ts';
import { sharedDataDir } from '../../scripts/lib/paths.ts';

const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const key = (r: { iso3?: string; edition?: string | number; indicator?: string; value?: string }) => `${r.iso3}/${r.edition}/${r.indicator}=${r.value}`;
const sharedRows = (id: string) => readCsv(resolve(sharedDataDir(), `${id}.csv`)).map((r) => r.record);

/** The local scripts a built page loads (module scripts with a src on the site), gzipped. */
function scriptBytes(page: string): { inline: number; gzipped: number } {
  const tags = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const inline = tags.filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && !/type="application\/(ld\+)?json"/.test(attrs!) && body!.trim()).length;
  const gzipped = tags
    .flatMap(([, attrs]) => /\bsrc="(\/[^"]+)"/.exec(attrs!)?.[1] ?? [])
    .reduce((sum, src) => sum + gzipSync(readFileSync(`dist${src}`), { level: 9 }).length, 0);
  return { inline, gzipped };
}

describe('JavaScript budget', () => {
  it('the compare page ships at most 35 kB of gzipped JavaScript, and no inline script', () => {
    const { inline, gzipped } = scriptBytes(html('/compare/'));
    expect(inline).toBe(0);
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped, `compare page JavaScript: ${gzipped} bytes gzipped`).toBeLessThanOrEqual(35 * 1024);
  });
  it.each(['/indicators/dgi/', '/indicators/egdi/', '/countries/kor/egdi/', '/countries/deu/dgi/'])('%s ships no JavaScript: its charts are SVG from the build', (path) => {
    const page = html(path);
    expect(scriptBytes(page)).toEqual({ inline: 0, gzipped: 0 });
    expect(page).toMatch(/<svg [^>]*role="img"/);
  });
});

describe('charts on content pages', () => {
  it('an indicator page ranks every country of each edition with the OECD average', () => {
    const page = html('/indicators/dgi/');
    const ranking = /<figure class="chart chart-bars" id="ranking-2023"[\s\S]*?<\/figure>/.exec(page)![0];
    const bars = [...ranking.matchAll(/<g data-iso3="([A-Z]{3})">/g)].map((m) => m[1]);
    const expected = sharedRows('dgi').filter((r) => r.edition === '2023' && r.indicator === 'composite' && r.iso3 !== 'OECD');
    expect(bars).toHaveLength(expected.length);
    expect(bars[0]).toBe('KOR');
    expect(ranking).toContain('OECD average 0.605');
    expect(ranking).toContain('https://doi.org/10.1787/1a89ed5e-en');
    // The table of every value links each country to its page on this indicator, every one of which is built.
    const table = /<table data-indicator="dgi" data-edition="2023">[\s\S]*?<\/table>/.exec(page)![0];
    const links = [...table.matchAll(/<a href="(\/countries\/[a-z]{3}\/dgi\/)">/g)].map((m) => m[1]!);
    expect(links).toHaveLength(expected.length);
    for (const href of links) expect(existsSync(`dist${href}index.html`), href).toBe(true);
  });
  it('a country\'s page on an indicator draws the country against its peers and the OECD average, and where it trails them', () => {
    const page = html('/countries/est/dgi/');
    expect(page).toContain('id="est-dgi-profile"');
    expect(page).toMatch(/Peers like me: DGI 2023/);
    expect(page).toMatch(/Where Estonia trails its peers/);
    expect(page).toMatch(/<svg [^>]*aria-labelledby="est-dgi-line-2019-svg-title est-dgi-line-2019-svg-desc"/);
    expect(page, 'the line holds what a slope would: no second chart of the same values').not.toContain('est-dgi-slope');
  });
  it.each(['/countries/kor/', '/countries/kor/dgi/', '/countries/kor/ourdata/', '/countries/kor/egdi/'])('ids are unique on %s', (path) => {
    const ids = [...html(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.length - new Set(ids).size).toBe(0);
  });
  it('a country profile sums up every indicator without drawing them: one table, linking to its page on each', () => {
    const page = html('/countries/kor/');
    expect(page, 'no chart but the locator map').not.toMatch(/<figure class="chart/);
    const table = /<table data-table="indicator-summary">[\s\S]*?<\/table>/.exec(page)![0];
    for (const id of ['dgi', 'ourdata', 'egdi']) expect(table).toContain(`<a href="/countries/kor/${id}/">`);
    // Korea leads the DGI 2023: the newest complete edition that ranks it, its composite and the OECD average, as published.
    expect(table).toMatch(/<tr data-indicator="dgi">[\s\S]*?2023[\s\S]*?DGI composite score[\s\S]*?0\.935[\s\S]*?1 of 38[\s\S]*?0\.605[\s\S]*?<\/tr>/);
  });
  it('builds a country\'s page on an indicator only where the country has a value, and its profile says "no data" elsewhere', () => {
    // Côte d'Ivoire is in the EGDI, not the DGI.
    expect(existsSync('dist/countries/civ/egdi/index.html')).toBe(true);
    expect(existsSync('dist/countries/civ/dgi/index.html')).toBe(false);
    const row = /<tr data-indicator="dgi">[\s\S]*?<\/tr>/.exec(html('/countries/civ/'))![0];
    expect(row).toContain('No data:');
    expect(row).toContain('href="/indicators/dgi/"');
  });
});

describe.each(['dgi', 'ourdata', 'egdi'])('/data/%s.csv and .json', (id) => {
  it('hold every value of the shared file, to the digit, with source and licence', () => {
    const expected = sharedRows(id).map(key).sort();
    const csv = parse(readFileSync(`dist/data/${id}.csv`, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv.map(key).sort()).toEqual(expected);
    for (const r of csv) expect(r.source && r.source_url && r.licence && r.dataset === id).toBeTruthy();
    const json = JSON.parse(readFileSync(`dist/data/${id}.json`, 'utf8')) as Dataset;
    expect(json.observations.map(key).sort()).toEqual(expected);
    expect(json.licence).toBeTruthy();
    expect(json.editions.every((e) => e.source && e.sourceUrl)).toBe(true);
  });
  it('are listed in /data/index.json', () => {
    const index = JSON.parse(readFileSync('dist/data/index.json', 'utf8')) as { datasets: { dataset: string; csv: string; json: string }[] };
    expect(index.datasets.find((d) => d.dataset === id)).toMatchObject({ csv: `/data/${id}.csv`, json: `/data/${id}.json` });
  });
});
