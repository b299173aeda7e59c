import { describe, expect, it } from 'vitest';
import { checkObservations, metricScales } from '../../../src/checks/observations.ts';

const ctx = { file: 'x.csv', editions: new Set([2023]), metrics: new Map([['composite', { min: 0, max: 1 }], ['weighted', { min: 0, max: 0.33 }]]), places: new Set(['KOR', 'OECD']) };
const row = (line: number, r: Partial<Record<string, string>>) => ({
  line,
  record: { iso3: 'KOR', country: 'Korea', edition: '2023', indicator: 'composite', value: '0.935', ...r } as Record<string, string>,
});

describe('checkObservations', () => {
  it('keeps values as published text', () => {
    expect(checkObservations([row(2, { value: '0.90' })], ctx)[0]).toMatchObject({ value: '0.90', edition: 2023 });
  });
  it.each([
    ['an unknown country', { iso3: 'XYZ' }, 'x.csv:2: iso3 "XYZ" is not a country in content/countries.yaml'],
    ['an unknown edition', { edition: '2021' }, 'x.csv:2: edition "2021" is not an edition of this indicator (2023)'],
    ['an unknown metric', { indicator: 'speed' }, 'x.csv:2: indicator "speed" is not a metric'],
    ['a blank value', { value: '' }, 'x.csv:2: value "" expected a plain decimal number'],
    ['a non-number', { value: 'n/a' }, 'x.csv:2: value "n/a" expected a plain decimal number'],
  ])('refuses %s with file, line and reason', (_what, bad, message) => {
    expect(() => checkObservations([row(2, bad)], ctx)).toThrow(message);
  });
  it.each([
    ['composite', '99999', '0–1'],
    ['weighted', '0.5', '0–0.33'],
  ])('refuses a %s value outside its scale', (indicator, value, scale) => {
    expect(() => checkObservations([row(2, { indicator, value })], ctx)).toThrow(
      `x.csv:2: field "value": ${value} is outside the scale ${scale} of ${indicator}: check it against the published source`,
    );
  });
  it('accepts both ends of a scale', () => {
    expect(checkObservations([row(2, { value: '1' }), row(3, { indicator: 'weighted', value: '0.33' })], ctx)).toHaveLength(2);
  });
  it('reads each metric\'s scale from a definition: its own, else the indicator\'s, none when it is not numbers', () => {
    const def = { scale: { min: 0, max: 1 }, metrics: [{ id: 'composite' }, { id: 'w', scale: { min: 0, max: 0.33 } }] };
    expect(metricScales(def)).toEqual(new Map([['composite', { min: 0, max: 1 }], ['w', { min: 0, max: 0.33 }]]));
    expect(metricScales({ scale: '0–1', metrics: [{ id: 'composite' }] })).toEqual(new Map([['composite', undefined]]));
    expect(metricScales(null)).toEqual(new Map());
  });
  it('refuses a duplicate, naming both lines', () => {
    expect(() => checkObservations([row(2, {}), row(3, {})], ctx)).toThrow('x.csv:3: KOR/2023/composite is given twice (first on line 2)');
  });
});
