import { describe, expect, it } from 'vitest';
import { lineLayout } from '../../../src/charts/line/layout.ts';
import { lineFigure } from '../../../src/charts/line/render.ts';
import { describeLine, lineState, seriesOf } from '../../../src/charts/line/state.ts';
import { toMarkup } from '../../../src/charts/shared/vnode.ts';
import { synthetic } from './synthetic.ts';

const ds = synthetic();

describe('lineState', () => {
  it('keeps one series per axis, with rank and share of the leader per edition, and the OECD average last', () => {
    const s = lineState(ds, 's1', ['CCC', 'AAA']);
    expect(s.editions).toEqual([2019, 2021]);
    expect(s.lines.map((l) => [l.iso3, l.points.map((p) => [p.text, p.rank, p.of, p.ofLeader])])).toEqual([
      ['CCC', [[undefined, undefined, 2, undefined], ['0.40', 3, 3, '0.615']]],
      ['AAA', [['0.50', 2, 2, '0.714'], ['0.60', 2, 3, '0.923']]],
      ['OECD', [['0.55', undefined, 2, undefined], ['0.52', undefined, 3, undefined]]],
    ]);
    expect(s.notes[0]).toBe('No data for Côte (2019): the line breaks there; nothing is drawn for a missing value.');
  });
  it('ranks a series once per dataset: every later chart of it gets the same ranks, in arrays of its own', () => {
    const first = lineState(ds, 's1', ['AAA', 'CCC']);
    first.editions.push(1999);
    const again = lineState(ds, 's1', ['CCC', 'AAA']);
    expect(again.editions).toEqual([2019, 2021]);
    expect(again.lines.map((l) => [l.iso3, l.points.map((p) => p.rank)])).toEqual([['CCC', [undefined, 3]], ['AAA', [2, 2]], ['OECD', [undefined, undefined]]]);
  });
  it('lists only series with two editions or more', () => {
    expect(seriesOf(ds)).toEqual(['s1']);
  });
  it('describes values and ranks in words', () => {
    expect(describeLine(lineState(ds, 's1', ['AAA']))).toBe('Composite, 2019–2021. Aland: 2019 0.50 (2 of 2), 2021 0.60 (2 of 3). OECD average: 2019 0.55, 2021 0.52.');
  });
  it('calls the order of a partial edition an order, not a rank', () => {
    const partial = { ...ds, editions: ds.editions.map((e) => (e.year === 2021 ? { ...e, partial: 'Part only.' } : e)) };
    expect(lineState(partial, 's1', ['AAA']).notes).toContain("2021 is a partial edition: its order is among the countries with a value, not the OECD's rank.");
  });
});

describe('lineLayout and figure', () => {
  it('never bridges a gap: a missing middle edition splits the line, and a missing point has no dot', () => {
    const s = { ...lineState(ds, 's1', ['AAA']), editions: [2019, 2020, 2021] };
    s.lines = [{ iso3: 'AAA', name: 'Aland', reference: false, points: [
      { edition: 2019, text: '0.5', value: 0.5, of: 2, partial: false }, { edition: 2020, of: 2, partial: false }, { edition: 2021, text: '0.6', value: 0.6, of: 2, partial: false },
    ] }];
    const l = lineLayout(s);
    expect(l.lines[0]!.path.match(/M/g)).toHaveLength(2);
    expect(l.lines[0]!.dots.map((d) => d.edition)).toEqual([2019, 2021]);
  });
  it('writes the caveat in the caption and a table with value, rank and leader share', () => {
    const html = toMarkup(lineFigure(lineState(ds, 's1', ['AAA']), 'ln', { caveat: 'Relative within its edition.' }));
    expect(html).toContain('<figcaption');
    expect(html).toContain('Relative within its edition.');
    expect(html).toMatch(/<td class="num" data-rank="2">2 of 3<\/td><td class="num">0.923<\/td>/);
    expect(html).toContain('data-iso3="AAA" data-value="0.60"');
  });
  it('says why nothing is drawn when the country has no value', () => {
    const html = toMarkup(lineFigure(lineState(ds, 's1', ['FFF']), 'ln'));
    expect(html).not.toContain('<svg');
    expect(html).toContain('No Composite was published for these countries in 2019, 2021.');
  });
});

describe('lineLayout: colours, labels and years', () => {
  const many = () => {
    const s = lineState(ds, 's1', ['AAA', 'BBB', 'CCC']);
    return { ...s, editions: [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024], lines: s.lines.map((l) => ({ ...l, points: [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024].map((edition) => ({ edition, text: '0.50', value: 0.5, of: 3, partial: false })) })) };
  };
  it('names every line beside the plot, in its own colour, labels at least a line apart even where the values tie', () => {
    const l = lineLayout(many(), 300);
    expect(new Set(l.lines.map((x) => x.colour)).size).toBe(l.lines.length);
    const ys = l.labels.map((x) => x.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(16);
    for (const label of l.labels) expect(label.x).toBe(l.right);
  });
  it('thins the years of a narrow chart so that they never overlap, always naming the newest', () => {
    const narrow = lineLayout(many(), 300).columns.filter((c) => c.label);
    expect(narrow.at(-1)!.edition).toBe(2024);
    for (let i = 1; i < narrow.length; i += 1) expect(narrow[i]!.x - narrow[i - 1]!.x).toBeGreaterThan(34);
    expect(lineLayout(many(), 640).columns.every((c) => c.label)).toBe(true);
  });
});
