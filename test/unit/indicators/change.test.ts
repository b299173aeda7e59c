import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { observationsWithChange, previousComparable } from '../../../src/indicators/change.ts';
import { changeCsv, changeFileName } from '../../../src/indicators/export.ts';
import { decimalDiff } from '../../../src/lib/decimal.ts';
import { synthetic } from '../charts/synthetic.ts';

const ds = synthetic();

describe('decimalDiff', () => {
  it('subtracts decimals exactly, keeping the finer precision', () => {
    expect(decimalDiff('0.935', '0.90')).toBe('0.035');
    expect(decimalDiff('0.3', '0.1')).toBe('0.2'); // 0.3 - 0.1 in binary is 0.19999999999999998
    expect(decimalDiff('0.50', '0.60')).toBe('-0.10');
    expect(decimalDiff('0.97309', '0.97309')).toBe('0.00000');
    expect(decimalDiff('12', '0.5')).toBe('11.5');
    expect(decimalDiff('n/a', '0.5')).toBeUndefined();
  });
});

describe('every edition with the change', () => {
  it('finds the previous edition within a series only', () => {
    expect(previousComparable(ds, 2021)).toBe(2019);
    expect(previousComparable(ds, 2019)).toBeUndefined();
    expect(previousComparable(ds, 2023)).toBeUndefined(); // series s2 starts in 2023
  });

  it('gives every edition of the countries, then the OECD average, with the change only between comparable editions', () => {
    const rows = observationsWithChange(ds, ['AAA', 'CCC']).map((o) => `${o.iso3}/${o.edition}/${o.indicator}=${o.value}${o.change !== undefined ? ` Δ${o.change}` : ''}`);
    expect(rows).toEqual([
      'AAA/2019/composite=0.50', 'AAA/2019/a=0.4', 'AAA/2019/b=0.6',
      'AAA/2021/composite=0.60 Δ0.10', 'AAA/2021/a=0.5 Δ0.1', 'AAA/2021/b=0.7 Δ0.1',
      'AAA/2023/a=0.8',
      // CCC has no 2019 value: no change, never bridged
      'CCC/2021/composite=0.40', 'CCC/2021/a=0.2', 'CCC/2023/a=0.7',
      'OECD/2019/composite=0.55', 'OECD/2019/w=0.20',
      'OECD/2021/composite=0.52 Δ-0.03', 'OECD/2021/a=0.5', 'OECD/2021/b=0.5',
      'OECD/2023/a=0.55',
    ]);
  });

  it('as CSV carries source and licence on every row, and the previous edition and value beside the change', () => {
    const rows = parse(changeCsv(ds, ['AAA']), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.iso3 === 'AAA' && r.edition === '2021' && r.indicator === 'composite')).toMatchObject({
      value: '0.60', previous_edition: '2019', previous_value: '0.50', change: '0.10', source: 'Source "2021"', licence: 'Test licence, with a comma',
    });
    expect(rows.find((r) => r.edition === '2023')).toMatchObject({ previous_edition: '', change: '' });
    expect(changeFileName(ds, ['AAA', 'CCC'])).toBe('syn-all-editions-AAA-CCC');
  });
});
