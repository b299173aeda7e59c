import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, selectedObservations, selectionDataset, datasetCsv } from '../../../src/indicators/export.ts';
import { synthetic } from '../charts/synthetic.ts';

const ds = synthetic();

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(2021)).toBe('2021');
  });
  it('writes every observation with its source, edition and licence, values as published', () => {
    const rows = parse(datasetCsv(ds, ds.observations), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(ds.observations.length);
    expect(rows[0]).toEqual({ iso3: 'AAA', country: 'AAA', edition: '2019', indicator: 'composite', value: '0.50', dataset: 'syn', source: 'Source 2019', source_url: 'https://example.org/2019', licence: 'Test licence, with a comma' });
    expect(rows.find((r) => r.edition === '2021')!.source).toBe('Source "2021"');
  });
});

describe('a selection', () => {
  it('holds the chosen countries of one edition in the order chosen, then the OECD average', () => {
    const obs = selectedObservations(ds, { edition: 2021, countries: ['DDD', 'AAA', 'FFF'] });
    expect(obs.map((o) => `${o.iso3}:${o.indicator}=${o.value}`)).toEqual([
      'DDD:a=0.3', 'DDD:b=0.8', 'AAA:composite=0.60', 'AAA:a=0.5', 'AAA:b=0.7', 'OECD:composite=0.52', 'OECD:a=0.5', 'OECD:b=0.5',
    ]);
  });
  it('as JSON is a dataset of its own, with its edition\'s source and the licence', () => {
    const j = selectionDataset(ds, { edition: 2023, countries: ['EEE'] });
    expect(j.editions).toEqual([ds.editions[2]]);
    expect(j.licence).toBe(ds.licence);
    expect(j.selection).toEqual({ edition: 2023, countries: ['EEE'] });
    expect(Object.keys(j.names).sort()).toEqual(['EEE', 'OECD']);
  });
});
