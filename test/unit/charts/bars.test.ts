import { describe, expect, it } from 'vitest';
import { barsLayout, TIGHT_FROM } from '../../../src/charts/bars/layout.ts';
import { barsFigure } from '../../../src/charts/bars/render.ts';
import { barsState, describeBars } from '../../../src/charts/bars/state.ts';
import { textOf, toMarkup } from '../../../src/charts/shared/vnode.ts';
import { synthetic } from './synthetic.ts';

const ds = synthetic();

describe('barsState', () => {
  it('sorts by value, highest first, and puts countries without a value last, with no value (never 0)', () => {
    const s = barsState(ds, 2021, ['CCC', 'DDD', 'AAA', 'FFF', 'BBB']);
    expect(s.metric.id).toBe('composite');
    expect(s.bars.map((b) => [b.iso3, b.text])).toEqual([['BBB', '0.65'], ['AAA', '0.60'], ['CCC', '0.40'], ['DDD', undefined], ['FFF', undefined]]);
    expect(s.bars.find((b) => b.iso3 === 'DDD')!.value).toBeUndefined();
    expect(s.reference).toEqual({ iso3: 'OECD', name: 'OECD average', text: '0.52', value: 0.52 });
    expect(s.source.sourceUrl).toBe('https://example.org/2021');
  });
  it('without a list, draws every country of the edition (a ranking)', () => {
    expect(barsState(ds, 2021).bars.map((b) => b.iso3)).toEqual(['BBB', 'AAA', 'CCC', 'DDD']);
  });
  it('falls back to the ranking measure when few composites were published, and says so', () => {
    const s = barsState(ds, 2023, ['EEE', 'AAA']);
    expect(s.substitute).toBe(true);
    expect(s.metric).toEqual({ id: 'a', name: 'Alpha' });
    expect(s.bars.map((b) => b.text)).toEqual(['0.8', '0.5']);
    expect(s.notes[0]).toBe('The SYN 2023 composite was published for 1 of the 5 countries only, so the bars show Alpha, the measure the hub ranks this edition by.');
  });
  it('says when an edition has no country value, and when there is no OECD average', () => {
    const none = barsState({ ...ds, observations: ds.observations.filter((o) => o.iso3 === 'OECD') }, 2019);
    expect(none.bars).toEqual([]);
    expect(none.notes).toContain('No country values were published for the SYN 2019.');
    expect(toMarkup(barsFigure(none, 'f'))).toContain('No country values were published for the SYN 2019; the OECD average is 0.55.');
    const noRef = barsState({ ...ds, observations: ds.observations.filter((o) => o.iso3 !== 'OECD') }, 2021, ['AAA']);
    expect(noRef.reference).toBeUndefined();
    expect(noRef.notes).toContain('No OECD average was published for this measure in this edition.');
  });
  it('describes the chart in words, naming the gaps', () => {
    expect(describeBars(barsState(ds, 2021, ['AAA', 'DDD']))).toBe('Highest first: Aland 0.60. OECD average: 0.52. No data: Dania.');
  });
});

describe('barsLayout', () => {
  it('makes bar lengths proportional to the values on the full scale, from zero, as fractions of the width', () => {
    const l = barsLayout(barsState(ds, 2021, ['AAA', 'BBB', 'DDD']));
    const [bbb, aaa, ddd] = l.bars;
    expect(bbb!.f).toBeCloseTo(0.65, 5);
    expect(aaa!.f).toBeCloseTo(0.6, 5);
    expect(ddd!.f).toBeUndefined();
    expect(ddd!.valueLabel).toBe('no data');
    expect(l.reference!.f).toBeCloseTo(0.52, 5);
    expect(l.ticks[0]).toMatchObject({ f: 0, anchor: 'start' });
    expect(l.ticks.at(-1)).toMatchObject({ f: 1, anchor: 'end' });
  });
  it('puts each value on the line of its name, above its bar, and the dashes of the average line on the bars only', () => {
    const l = barsLayout(barsState(ds, 2021, ['AAA', 'BBB']));
    const r = l.reference!;
    const [dash, gap] = r.dash.split(' ').map(Number) as [number, number];
    for (const [i, b] of l.bars.entries()) {
      expect(b.barY).toBeGreaterThan(b.textY + 2);
      const from = r.y1 + i * (dash + gap);
      // The dash covers the bar band and stops before the next row's text (whose glyphs rise ~13 px above it).
      expect(from).toBeLessThanOrEqual(b.barY);
      expect(from + dash).toBeGreaterThanOrEqual(b.barY + b.barHeight);
      const next = l.bars[i + 1];
      if (next) expect(from + dash).toBeLessThan(next.textY - 13);
    }
  });
  it('grows with the number of bars and tightens rows for a long ranking, never below 13 px text', () => {
    const many = { ...barsState(ds, 2021), bars: Array.from({ length: TIGHT_FROM + 5 }, (_, i) => ({ iso3: `C${i}`, name: `Country ${i}`, text: '0.5', value: 0.5 })) };
    const short = barsLayout(barsState(ds, 2021, ['AAA']));
    const long = barsLayout(many);
    expect(long.height).toBeGreaterThan(short.height);
    expect(long.fontSize).toBe(13);
    expect(long.bars[1]!.textY - long.bars[0]!.textY).toBeLessThan(short.bars[0]!.barY + short.bars[0]!.barHeight + 9 - short.bars[0]!.textY + 13);
  });
  it('anchors the reference label so it stays inside the chart at any width', () => {
    const s = barsState(ds, 2021, ['AAA']);
    expect(barsLayout({ ...s, reference: { ...s.reference!, value: 0.99, text: '0.99' } }).reference!.anchor).toBe('end');
    expect(barsLayout({ ...s, reference: { ...s.reference!, value: 0.1, text: '0.10' } }).reference!.anchor).toBe('start');
    expect(barsLayout(s).reference!.anchor).toBe('middle');
  });
});

describe('barsFigure', () => {
  it('is an accessible SVG inside a figure naming the source and edition', () => {
    const html = toMarkup(barsFigure(barsState(ds, 2021, ['AAA', 'DDD']), 'fig'));
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="fig-svg-title fig-svg-desc"/);
    expect(html).toContain('<title id="fig-svg-title">Composite, SYN 2021</title>');
    expect(html).toContain('Source: Source "2021" (SYN 2021), <a href="https://example.org/2021">example.org/2021</a>.');
    expect(textOf(barsFigure(barsState(ds, 2021, ['DDD']), 'x'))).toContain('No value of Composite was published for Dania in the SYN 2021.');
    // No inline style attribute: a strict Content Security Policy (style-src without 'unsafe-inline') holds.
    expect(html).not.toMatch(/\sstyle=/);
  });
});
