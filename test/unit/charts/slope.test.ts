import { describe, expect, it } from 'vitest';
import { slopeLayout } from '../../../src/charts/slope/layout.ts';
import { PALETTE } from '../../../src/charts/shared/palette.ts';
import { slopeFigure } from '../../../src/charts/slope/render.ts';
import { describeSlope, drawable, slopeState } from '../../../src/charts/slope/state.ts';
import { textWidth } from '../../../src/charts/shared/text.ts';
import { textOf, toMarkup } from '../../../src/charts/shared/vnode.ts';
import { synthetic } from './synthetic.ts';

const ds = synthetic();

describe('slopeState', () => {
  it('uses only the editions of the same series, and adds the OECD average', () => {
    const s = slopeState(ds, 2021, ['AAA', 'CCC']);
    expect(s.editions).toEqual([2019, 2021]);
    expect(s.lines.map((l) => [l.iso3, l.points.map((p) => p.text)])).toEqual([
      ['AAA', ['0.50', '0.60']],
      ['CCC', [undefined, '0.40']],
      ['OECD', ['0.55', '0.52']],
    ]);
    expect(s.sources.map((p) => p.edition)).toEqual([2019, 2021]);
    expect(s.notes[0]).toBe('No data for Côte (2019): such points are left out and no line is drawn through them.');
  });
  it('draws nothing across series: an edition alone in its series has no change to draw', () => {
    const s = slopeState(ds, 2023, ['EEE']);
    expect(s.editions).toEqual([2023]);
    expect(drawable(s)).toBe(false);
    const html = toMarkup(slopeFigure(s, 'sl'));
    expect(html).not.toContain('<svg');
    expect(html).toContain('No other edition of the SYN is comparable with 2023');
  });
  it('describes each line by edition', () => {
    expect(describeSlope(slopeState(ds, 2019, ['CCC']))).toBe('Composite in 2019 and 2021. Côte: 2019 no data, 2021 0.40. OECD average: 2019 0.55, 2021 0.52.');
  });
});

describe('slopeLayout', () => {
  it('never bridges a gap: a missing middle edition splits the line in two', () => {
    const three = { ...slopeState(ds, 2021, ['AAA']), editions: [2019, 2020, 2021] };
    three.lines = [{ iso3: 'AAA', name: 'Aland', reference: false, points: [{ edition: 2019, text: '0.5', value: 0.5 }, { edition: 2020 }, { edition: 2021, text: '0.6', value: 0.6 }] }];
    const path = slopeLayout(three, 640).lines[0]!.path;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).not.toContain('L');
  });
  it('joins only editions that both have a value (nothing is interpolated)', () => {
    const l = slopeLayout(slopeState(ds, 2021, ['AAA', 'CCC']), 640);
    const byCode = new Map(l.lines.map((x) => [x.iso3, x]));
    // One segment (a move, then one line-to) where both editions have a value; none where one is missing.
    expect(byCode.get('AAA')!.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(byCode.get('CCC')!.path).not.toContain('L');
    expect(byCode.get('CCC')!.dots).toHaveLength(1);
    expect(l.left.map((e) => e.text)).toEqual(['Aland 0.50', 'OECD average 0.55']);
    expect(l.right.map((e) => e.text)).toEqual(['0.60 Aland', '0.40 Côte', '0.52 OECD average']);
  });
  it('puts higher values higher and keeps labels apart', () => {
    const l = slopeLayout(slopeState(ds, 2021, ['AAA', 'BBB', 'CCC']), 640);
    const ys = l.right.map((e) => e.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15.99);
    const aaa = l.right.find((e) => e.text.endsWith('Aland'))!;
    const ccc = l.right.find((e) => e.text.endsWith('Côte'))!;
    expect(aaa.pointY).toBeLessThan(ccc.pointY);
  });
  it('gives each country its own colour and the OECD average the reference colour, labels in the same colours', () => {
    const l = slopeLayout(slopeState(ds, 2021, ['AAA', 'BBB', 'CCC']), 640);
    const colours = l.lines.filter((x) => !x.reference).map((x) => x.colour);
    expect(new Set(colours).size).toBe(colours.length);
    expect(l.lines.find((x) => x.reference)!.colour).toBe(PALETTE.reference);
    for (const e of l.right) expect(l.lines.some((x) => x.colour === e.colour)).toBe(true);
  });
  it('keeps the order of the points in the order of the labels, so leaders never cross', () => {
    const s = slopeState(ds, 2021, ['AAA', 'BBB', 'CCC']);
    for (const width of [640, 300]) {
      const l = slopeLayout(s, width);
      for (const side of [l.left, l.right]) {
        const byPoint = [...side].sort((a, b) => a.pointY - b.pointY).map((e) => e.text);
        const byLabel = [...side].sort((a, b) => a.y - b.y).map((e) => e.text);
        expect(byLabel).toEqual(byPoint);
      }
    }
  });
  it('writes only the value on the left of a narrow chart, and a shorter name on the right', () => {
    const l = slopeLayout(slopeState(ds, 2021, ['AAA', 'CCC']), 300);
    expect(l.left.map((e) => e.text)).toEqual(['0.50', '0.55']);
    expect(l.right.map((e) => e.text)).toEqual(['0.60 Aland', '0.40 Côte', '0.52 OECD ave…']);
  });
  it('keeps every label inside the chart: margins as wide as five-decimal values and long names (EGDI)', () => {
    const base = slopeState(ds, 2021, ['AAA']);
    const long = (iso3: string, name: string, a: number, b: number) => ({
      iso3, name, reference: false, points: [{ edition: 2019, text: a.toFixed(5), value: a }, { edition: 2021, text: b.toFixed(5), value: b }],
    });
    const s = { ...base, lines: [long('BIH', 'Bosnia and Herzegovina', 0.6256, 0.6411), long('ARE', 'United Arab Emirates', 0.9717, 0.9801), long('TTO', 'Trinidad and Tobago', 0.601, 0.588)] };
    for (const width of [300, 640]) {
      const l = slopeLayout(s, width);
      const [first, last] = [l.columns[0]!.x, l.columns[l.columns.length - 1]!.x];
      for (const e of l.left) expect(first - 10 - textWidth(e.text), `${width}: ${e.text}`).toBeGreaterThanOrEqual(0);
      for (const e of l.right) expect(last + 10 + textWidth(e.text), `${width}: ${e.text}`).toBeLessThanOrEqual(width);
      expect(last - first, 'room left for the lines').toBeGreaterThanOrEqual(width < 480 ? 60 : 160);
      expect(l.left.every((e) => /\d\.\d{5}$/.test(e.text))).toBe(true);
    }
    expect(slopeLayout(s, 640).left.map((e) => e.text)).toContain('United Arab Emira… 0.97170');
  });
  it('draws the chosen edition and the comparable one before it (after it, for the first of a series)', () => {
    expect(slopeState(ds, 2021, ['AAA']).editions).toEqual([2019, 2021]);
    expect(slopeState(ds, 2019, ['AAA']).editions).toEqual([2019, 2021]);
  });
  it('has a table of the same numbers', () => {
    expect(textOf(slopeFigure(slopeState(ds, 2021, ['CCC']), 's'))).toContain('Côteno data0.40');
  });
});
