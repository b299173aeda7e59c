/** The chart PNGs of a build: rendered from each chart SVG Astro renders, in a process of their own, or the build fails. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { chartPng } from '../../../src/charts/export/png.ts';
import { PngRenderer, pngPrerenderer } from '../../../src/integrations/chart-pngs.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" font-family="Inter"><rect width="120" height="40" fill="#0072b2"/><text x="8" y="26" fill="#fff">EGDI 0.81</text></svg>';
const dirs: string[] = [];
const outDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'chart-pngs-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('PngRenderer', () => {
  it('writes each PNG beside its SVG address, byte for byte what resvg makes of the SVG', async () => {
    const out = outDir();
    const pngs = new PngRenderer(out);
    pngs.expected.add('/charts/egdi/a.png');
    pngs.render('/charts/egdi/a.svg', SVG);
    pngs.render('/charts/dgi/b.svg', SVG.replace('0.81', '0.62'));
    expect(await pngs.settle()).toBe(2);
    expect(readFileSync(join(out, 'charts/egdi/a.png')).equals(Buffer.from(chartPng(SVG)))).toBe(true);
    expect(readFileSync(join(out, 'charts/dgi/b.png')).equals(Buffer.from(chartPng(SVG.replace('0.81', '0.62'))))).toBe(true);
  });
  it('hands the process two jobs at a time and, once asked to settle, renders the rest of the queue here too', async () => {
    const out = outDir();
    const pngs = new PngRenderer(out);
    const svgs = Array.from({ length: 8 }, (_, i) => SVG.replace('0.81', `0.${i}1`));
    svgs.forEach((svg, i) => pngs.render(`/charts/egdi/c${i}.svg`, svg));
    expect(await pngs.settle()).toBe(8);
    expect(pngs.here).toBeGreaterThan(0);
    expect(pngs.here).toBeLessThanOrEqual(6);
    svgs.forEach((svg, i) => expect(readFileSync(join(out, `charts/egdi/c${i}.png`)).equals(Buffer.from(chartPng(svg)))).toBe(true));
  });
  it('fails, naming the file, when an SVG cannot be rendered or a PNG has no SVG', async () => {
    const pngs = new PngRenderer(outDir());
    pngs.expected.add('/charts/egdi/missing.png');
    pngs.render('/charts/egdi/broken.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect</svg>');
    pngs.render('/charts/egdi/fine.svg', SVG);
    const err = await pngs.settle().then(() => null, (e: Error) => e.message);
    expect(err).toMatch(/chart PNGs could not be written/);
    expect(err).toMatch(/\/charts\/egdi\/broken\.png: /);
    expect(err).toMatch(/\/charts\/egdi\/missing\.png: no SVG file was rendered for it/);
    expect(err).not.toMatch(/fine\.png/);
  });
});

describe('pngPrerenderer', () => {
  it('leaves the PNG addresses out of what Astro renders and hands over every chart SVG it renders', async () => {
    const paths = ['/charts/egdi/a.svg', '/charts/egdi/a.png', '/countries/kor/', '/charts.json'].map((pathname) => ({ pathname, route: {} as never }));
    const astro: AstroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: async () => paths,
      render: async (req) => new Response(new URL(req.url).pathname.endsWith('.svg') ? SVG : '<p>page</p>'),
    };
    const handed: string[] = [];
    const pngs = { expected: new Set<string>(), render: (path: string, svg: string) => void handed.push(`${path} ${svg.length}`) } as unknown as PngRenderer;
    const p = pngPrerenderer(astro, () => pngs);
    expect((await p.getStaticPaths()).map((x) => x.pathname)).toEqual(['/charts/egdi/a.svg', '/countries/kor/', '/charts.json']);
    expect([...pngs.expected]).toEqual(['/charts/egdi/a.png']);
    for (const path of ['/charts/egdi/a.svg', '/countries/kor/']) {
      const r = await p.render(new Request(`https://x.org${path}`), { routeData: {} as never });
      expect(await (r as Response).text()).toBe(path.endsWith('.svg') ? SVG : '<p>page</p>');
    }
    expect(handed).toEqual([`/charts/egdi/a.svg ${SVG.length}`]);
  });
});
