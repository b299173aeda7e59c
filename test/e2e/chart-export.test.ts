/**
 * Issue #15 (export a chart): every chart offers its SVG and PNG as files, title, source and licence drawn in.
 * The build writes /charts/<key>.svg and .png and the pages link them with `download`; the compare page builds
 * the SVG of any other view in the browser. The PNG is checked against the SVG it was rendered from.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartPng, PNG_SCALE } from '../../src/charts/export/png.ts';
import type { Dataset } from '../../src/indicators/dataset.ts';
import { openSession, type Session } from '../support/browser.ts';

const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const dataset = (id: string) => JSON.parse(readFileSync(`dist/data/${id}.json`, 'utf8')) as Dataset;
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Width and height of a PNG, after checking its signature and that IHDR comes first. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The figures of a built page that offer files: figure id, title, and the two links. */
function exported(page: string): { id: string; title: string; svg: string; png: string; svgName: string }[] {
  return [...page.matchAll(/<figure class="chart [^"]*" id="([^"]+)"[\s\S]*?<\/figure>/g)].flatMap(([fig, id]) => {
    const svg = /<a href="([^"]+\.svg)" download="([^"]+\.svg)" data-export="svg">/.exec(fig);
    const png = /<a href="([^"]+\.png)" download="[^"]+\.png" data-export="png">/.exec(fig);
    const title = /<span class="chart-title">([^<]*)<\/span>/.exec(fig)![1]!;
    return svg && png ? [{ id: id!, title: unescape(title), svg: svg[1]!, svgName: svg[2]!, png: png[1]! }] : [];
  });
}

describe('chart files', () => {
  it.each([
    ['/indicators/dgi/', 'dgi', 2],
    ['/indicators/egdi/2024/', 'egdi', 2],
    ['/countries/kor/egdi/', 'egdi', 2],
    ['/countries/kor/ourdata/', 'ourdata', 3],
    ['/compare/', 'dgi', 4],
  ])('%s (%s): every chart links its SVG and PNG; the SVG draws title, source, licence and page in; the PNG is that SVG rendered', (path, id, min) => {
    const page = html(path);
    const charts = exported(page);
    const drawn = [...page.matchAll(/<figure class="chart chart-(?!empty)[^"]*" id="[^"]+"[^>]*>\s*<div class="chart-body"/g)].length;
    expect(charts.length).toBeGreaterThanOrEqual(min);
    expect(charts.length, 'every drawn chart offers its files').toBe(drawn);
    for (const c of charts) {
      const segment = c.svg.split('/')[2]!;
      const licence = dataset(segment === 'compare' ? id : segment).licence;
      expect(c.svgName).toMatch(/^[a-z0-9-]+\.svg$/);
      const svg = readFileSync(`dist${c.svg}`, 'utf8');
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'), c.svg).toBe(true);
      const title = [.../<text[^>]*data-export="title">([\s\S]*?)<\/text>/.exec(svg)![1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
      expect(unescape(title), c.svg).toBe(c.title);
      const foot = unescape([.../<text[^>]*data-export="source">([\s\S]*?)<\/text>/.exec(svg)![1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' '));
      expect(foot, c.svg).toMatch(/^Source: .+ \((DGI|OURdata|EGDI)( \d{4}|, \d+ editions)\), /);
      expect(foot.replace(/\s+/g, ' '), c.svg).toContain(`Licence: ${licence}`.replace(/\s+/g, ' ').replace(/\.$/, ''));
      expect(foot, c.svg).toMatch(new RegExp(`Chart: E-Leaders hub, [^ ]+${path.split('?')[0]!.replace(/\/$/, '').replace(/\//g, '\\/')}`));
      const [, w, h] = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
      const png = readFileSync(`dist${c.png}`);
      expect(pngSize(png), c.png).toEqual({ width: Math.ceil(Number(w) * PNG_SCALE), height: Math.ceil(Number(h) * PNG_SCALE) });
    }
    // Each PNG is exactly what resvg makes of its SVG file with the whole fonts (deterministic), though the build
    // renders it in a process of its own with the fonts' Latin subset.
    for (const c of charts) expect(Buffer.from(chartPng(readFileSync(`dist${c.svg}`, 'utf8'))).equals(readFileSync(`dist${c.png}`)), c.png).toBe(true);
  });

  it('/reviews/matrix/: the review matrix links its files, which carry its styles, source, page and the hub\'s licence note', () => {
    const fig = /<figure class="chart matrix-chart"[\s\S]*?<\/figure>/.exec(html('/reviews/matrix/'))![0];
    expect(fig).toContain('<a href="/charts/reviews/who-reviews-whom.svg" download="reviews-who-reviews-whom.svg" data-export="svg">');
    const svg = readFileSync('dist/charts/reviews/who-reviews-whom.svg', 'utf8');
    expect(svg).toContain('<style>.matrix-bg{fill:#f3f6f9}');
    const foot = unescape(svg.replace(/<\/tspan><tspan[^>]*>/g, ' '));
    expect(foot).toMatch(/Source: the review records of the E-Leaders hub \(\d+, of any status\)\./);
    expect(foot).toContain('Licence: No licence declared yet');
    expect(foot).toMatch(/Chart: E-Leaders hub, \S+\/reviews\/matrix\./);
    // The real content's matrix is drawn whole, so its file's title says no part.
    expect(svg).toMatch(/>Who reviews whom</);
    const [, w, h] = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    expect(pngSize(readFileSync('dist/charts/reviews/who-reviews-whom.png'))).toEqual({ width: Math.ceil(Number(w) * PNG_SCALE), height: Math.ceil(Number(h) * PNG_SCALE) });
  });

  it('every file under /charts/ is linked from a page, and every SVG has its PNG', () => {
    const all = files('dist/charts').map((f) => `/${relative('dist', f)}`);
    const svgs = all.filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(300);
    expect(all.filter((f) => f.endsWith('.png')).sort()).toEqual(svgs.map((f) => f.replace(/\.svg$/, '.png')).sort());
    const linked = new Set(files('dist').filter((f) => f.endsWith('.html')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/href="(\/charts\/[^"]+)"/g)].map((m) => m[1]!)));
    expect(all.filter((f) => !linked.has(f))).toEqual([]);
    expect([...linked].filter((f) => !all.includes(f))).toEqual([]);
  });
});

let s: Session;
beforeAll(async () => { s = await openSession(); });
afterAll(async () => { await s?.close(); });

describe('exports in the browser', () => {
  it('a file opens as an image in Chromium, drawn at its size', async () => {
    const page = await s.page('/charts/dgi/ranking-2023.svg');
    expect(await page.evaluate(() => document.documentElement.localName)).toBe('svg');
    expect(await page.locator('parsererror').count()).toBe(0);
    await page.close();
  });
  it('/compare/ offers the SVG of a view made in the page, with its title, countries, source and licence', async () => {
    const page = await s.page('/compare/?indicator=egdi&edition=2024&countries=KOR,EST,NOR');
    await page.waitForFunction(() => document.querySelectorAll('#cmp-table tbody tr').length === 3);
    const link = page.locator('#cmp-line [data-export="svg"]');
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(await link.getAttribute('download')).toBe('compare-cmp-line.svg');
    const svg = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(svg).toContain('data-export="title"');
    for (const name of ['Korea', 'Estonia', 'Norway', dataset('egdi').licence.slice(0, 30)]) expect(svg).toContain(name);
    // The line crosses editions: one source line names them all.
    expect(svg).toMatch(/Source: UN E-Government Survey 2010, 2012, [^<]*and 2024, [^<]*\(EGDI, \d+ editions\)/);
    expect(svg).toContain('/compare/?');
    expect(await page.locator('#cmp-line [data-export="png"]').count()).toBe(0);
    await expect(page.locator('#cmp-line .chart-export').textContent()).resolves.toContain('for the default view only');
    await page.close();
  });
});
