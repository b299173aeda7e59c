import { describe, expect, it } from 'vitest';
import { gapsOf, medianText, peersOf, practicesByCountry, taggedPractices } from '../../../src/charts/peers/state.ts';
import { editionTable } from '../../../src/indicators/edition-table.ts';
import type { Observation } from '../../../src/schemas/indicator.ts';

const shape = { metrics: [{ id: 'composite', name: 'C', composite: true }, { id: 'a', name: 'A' }, { id: 'b', name: 'B' }] };
const o = (iso3: string, indicator: string, value: string): Observation => ({ iso3, country: iso3, edition: 2023, indicator, value });
const table = editionTable(shape, [
  o('AAA', 'composite', '0.50'), o('AAA', 'a', '0.40'), o('AAA', 'b', '0.90'),
  o('BBB', 'composite', '0.55'), o('BBB', 'a', '0.70'), o('BBB', 'b', '0.50'),
  o('CCC', 'composite', '0.45'), o('CCC', 'a', '0.60'), o('CCC', 'b', '0.20'),
  o('DDD', 'composite', '0.60'), o('DDD', 'a', '0.90'),
  o('EEE', 'composite', '0.10'), o('EEE', 'a', '0.10'),
  o('FFF', 'a', '0.99'),
  o('OECD', 'composite', '0.50'),
], 2023, new Set(['OECD']));

describe('peersOf', () => {
  it('takes the closest countries on the measure, never an aggregate or a country without a value', () => {
    expect(peersOf(table, 'AAA', 'composite', 3).map((p) => p.iso3)).toEqual(['BBB', 'CCC', 'DDD']);
    expect(peersOf(table, 'AAA', 'composite').map((p) => p.iso3)).not.toContain('OECD');
    expect(peersOf(table, 'AAA', 'composite').map((p) => p.iso3)).not.toContain('FFF');
    expect(peersOf(table, 'FFF', 'composite')).toEqual([]);
  });
});

describe('medianText', () => {
  it('is a published value for an odd count, and the exact midpoint for an even count', () => {
    expect(medianText(['0.7', '0.2', '0.9'])).toEqual({ text: '0.7', published: true });
    expect(medianText(['0.71', '0.74'])).toEqual({ text: '0.725', published: false });
    expect(medianText(['0.70', '0.90'])).toEqual({ text: '0.80', published: false });
  });
});

describe('gapsOf', () => {
  it('lists the measures below the peers\' median with the peers ahead, highest first, and skips missing values', () => {
    const gaps = gapsOf(table, 'AAA', ['BBB', 'CCC', 'DDD'], ['a', 'b']);
    expect(gaps).toEqual([{
      metric: 'a', own: { iso3: 'AAA', text: '0.40', value: 0.4 }, median: '0.70', medianPublished: true,
      leaders: [{ iso3: 'DDD', text: '0.90', value: 0.9 }, { iso3: 'BBB', text: '0.70', value: 0.7 }, { iso3: 'CCC', text: '0.60', value: 0.6 }],
    }]);
    // On b, DDD has no value: the median is of BBB and CCC only, and AAA is above it.
    expect(gapsOf(table, 'EEE', ['AAA', 'CCC'], ['b'])).toEqual([]);
  });
});

describe('taggedPractices', () => {
  const practices = [
    { id: 'a', title: 'A', country: 'EST', dimensions: ['digital_by_design'] },
    { id: 'b', title: 'B', country: 'KOR', dimensions: ['digital_by_design', 'open_by_default'] },
    { id: 'c', title: 'C', country: 'FRA', dimensions: ['digital_by_design'] },
    { id: 'd', title: 'D', country: 'EST', dimensions: ['open_by_default', 'digital_by_design'] },
    { id: 'e', title: 'E', country: 'KOR', dimensions: ['proactiveness'] },
  ];
  const byCountry = practicesByCountry(practices);
  it('gives the practices of the leading countries on the dimension, in the order of the list, as filtering it would', () => {
    for (const [dimension, leaders] of [['digital_by_design', ['KOR', 'EST']], ['open_by_default', ['EST', 'KOR', 'EST']], ['proactiveness', ['FRA']], ['digital_by_design', ['NOR']]] as const) {
      const filtered = practices.filter((p) => (leaders as readonly string[]).includes(p.country) && p.dimensions.includes(dimension));
      expect(taggedPractices(byCountry, dimension, leaders).map((p) => p.id)).toEqual(filtered.map((p) => p.id));
    }
    expect(taggedPractices(byCountry, 'digital_by_design', ['KOR', 'EST']).map((p) => p.id)).toEqual(['a', 'b', 'd']);
  });
});
