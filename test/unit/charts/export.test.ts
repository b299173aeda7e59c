import { describe, expect, it } from 'vitest';
import { barsSvg } from '../../../src/charts/bars/render.ts';
import { barsState } from '../../../src/charts/bars/state.ts';
import { exportLinks, exportSvg, footerText } from '../../../src/charts/export/frame.ts';
import { textOf, toMarkup } from '../../../src/charts/shared/vnode.ts';
import { synthetic } from './synthetic.ts';

const ds = synthetic();
const s = barsState(ds, 2021, ['AAA', 'BBB']);
const text = { title: 'Composite, SYN 2021, highest first, with the OECD average, in a title long enough to wrap onto a second line.', sources: [s.source], page: 'https://hub.example/indicators/syn/2021/' };

describe('exportSvg', () => {
  it('draws the title above the chart and source, licence and page below it, in a fixed-size SVG', () => {
    const svg = exportSvg(barsSvg(s, 'x', 640), text);
    expect(svg.attrs.width).toBe('672');
    const markup = toMarkup(svg);
    expect(markup).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 672 [\d.]+"/);
    expect(markup).toContain('font-family="Inter, system-ui');
    const title = svg.children.find((c) => typeof c === 'object' && c?.attrs['data-export'] === 'title')!;
    const lines = (title as { children: { children: string[] }[] }).children.map((t) => t.children.join(''));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text.title);
    expect(textOf(title).length).toBe(text.title.length - (lines.length - 1));
    expect(markup).toContain('Source: Source "2021" (SYN 2021), example.org/2021.');
    expect(markup).toContain('Chart: E-Leaders hub, hub.example/indicators/syn/2021.');
    // The marks are the chart's own, moved under the title; the chart's own title and desc give way to the file's.
    expect(markup.match(/<title>/g)).toHaveLength(1);
    expect(markup).toContain('data-iso3="AAA"');
  });
  it('says the licence once, ending with one full stop', () => {
    const lines = footerText({ ...text, sources: [s.source, { ...s.source, edition: 2019 }] });
    expect(lines.filter((l) => l.startsWith('Licence: '))).toHaveLength(1);
    expect(lines.every((l) => l.endsWith('.') && !l.endsWith('..'))).toBe(true);
  });
  it('names the editions of one publication series in one line, and other sources each on their own', () => {
    const egdi = (edition: number) => ({ dataset: 'egdi', shortName: 'EGDI', edition, source: `UN E-Government Survey ${edition}, UN DESA Data Center export`, sourceUrl: 'https://publicadministration.un.org/egovkb/', licence: 'UN' });
    const other = { ...egdi(2024), edition: 2025, source: 'OECD (2026), Outlook 2026, country notes' };
    const lines = footerText({ ...text, sources: [egdi(2010), egdi(2012), other, egdi(2024)] });
    expect(lines.filter((l) => l.startsWith('Source: '))).toEqual([
      'Source: UN E-Government Survey 2010, 2012 and 2024, UN DESA Data Center export (EGDI, 3 editions), publicadministration.un.org/egovkb.',
      'Source: OECD (2026), Outlook 2026, country notes (EGDI 2025), publicadministration.un.org/egovkb.',
    ]);
    // A source whose words differ by more than the year is not folded into another's line.
    const renamed = { ...egdi(2014), source: 'UN E-Government Survey 2014, another export' };
    expect(footerText({ ...text, sources: [egdi(2012), renamed] }).filter((l) => l.startsWith('Source: '))).toHaveLength(2);
  });
  it('refuses a fluid chart, naming it: a file needs a size', () => {
    const fluid = barsSvg(s, 'x');
    expect(() => exportSvg(fluid, text)).toThrow(/export of "Composite, SYN 2021.*": the chart must be drawn at a fixed width and height \(got 100% × /);
  });
});

describe('exportLinks', () => {
  it('links the SVG and the PNG with the names they are saved under', () => {
    const markup = toMarkup(exportLinks('dgi/ranking-2023'));
    expect(markup).toContain('<a href="/charts/dgi/ranking-2023.svg" download="dgi-ranking-2023.svg" data-export="svg">SVG</a>');
    expect(markup).toContain('<a href="/charts/dgi/ranking-2023.png" download="dgi-ranking-2023.png" data-export="png">PNG</a>');
    expect(toMarkup(exportLinks('compare/cmp-bars', 'data:image/svg+xml,x', null))).not.toContain('PNG');
  });
});
