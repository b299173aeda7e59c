import { describe, expect, it } from 'vitest';
import { editionTable, rankingMetric } from '../../../src/indicators/edition-table.ts';
import type { Observation } from '../../../src/schemas/indicator.ts';

const shape = { metrics: [{ id: 'composite', name: 'Composite', composite: true }, { id: 'a', name: 'A' }, { id: 'b', name: 'B' }] };
const o = (iso3: string, indicator: string, value: string, edition = 2023): Observation => ({ iso3, country: iso3, edition, indicator, value });
const agg = new Set(['OECD']);

describe('editionTable', () => {
  const obs = [
    o('AAA', 'composite', '0.50'), o('AAA', 'a', '0.4'),
    o('BBB', 'composite', '0.90'), o('BBB', 'a', '0.9'),
    o('CCC', 'composite', '0.50'),
    o('DDD', 'a', '0.7'),
    o('OECD', 'composite', '0.6'),
    o('AAA', 'composite', '0.10', 2019),
  ];
  const t = editionTable(shape, obs, 2023, agg);

  it('ranks by the composite, highest first, ties sharing a rank', () => {
    expect(t.rankedBy).toBe('composite');
    expect(t.rows.map((r) => [r.iso3, r.rank])).toEqual([
      ['BBB', 1], ['OECD', undefined], ['AAA', 2], ['CCC', 2], ['DDD', undefined],
    ]);
  });
  it('keeps missing values missing (never 0) and keeps values as published text', () => {
    expect(t.rows.find((r) => r.iso3 === 'CCC')!.values.a).toBeUndefined();
    expect(t.rows.find((r) => r.iso3 === 'AAA')!.values.composite).toBe('0.50');
  });
  it('lists only the metrics that have a value in the edition, and ignores other editions', () => {
    expect(t.metrics.map((m) => m.id)).toEqual(['composite', 'a']);
    expect(t.rows.find((r) => r.iso3 === 'AAA')!.values.composite).not.toBe('0.10');
  });
  it('does not rank aggregates', () => {
    const oecd = t.rows.find((r) => r.iso3 === 'OECD')!;
    expect(oecd.aggregate).toBe(true);
    expect(oecd.rank).toBeUndefined();
  });
});

describe('rankingMetric', () => {
  it('falls back to the most complete measure when few composites were published', () => {
    const rows = ['A', 'B', 'C', 'D'].map((iso3, i) => ({ iso3, aggregate: false, values: { composite: i === 0 ? '1' : undefined, b: '0.5' } }));
    expect(rankingMetric(shape, rows)).toBe('b');
  });
  it('is undefined when nothing has a value', () => {
    expect(rankingMetric(shape, [{ iso3: 'A', aggregate: false, values: {} }])).toBeUndefined();
    expect(editionTable(shape, [], 2023, agg).rows).toEqual([]);
  });
});
