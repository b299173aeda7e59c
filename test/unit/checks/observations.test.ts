import { describe, expect, it } from 'vitest';
import { checkObservations } from '../../../src/checks/observations.ts';

const ctx = { file: 'x.csv', editions: new Set([2023]), metrics: new Set(['composite']), places: new Set(['KOR', 'OECD']) };
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
  it('refuses a duplicate, naming both lines', () => {
    expect(() => checkObservations([row(2, {}), row(3, {})], ctx)).toThrow('x.csv:3: KOR/2023/composite is given twice (first on line 2)');
  });
});
