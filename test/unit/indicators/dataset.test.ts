import { describe, expect, it } from 'vitest';
import {
  comparableEditions, countriesOf, domainOf, editionOf, latestEdition, profileMetrics, provenance, tableOf, tablesOf,
} from '../../../src/indicators/dataset.ts';
import { synthetic } from '../charts/synthetic.ts';

const ds = synthetic();

describe('dataset helpers', () => {
  it('finds comparable editions by series only', () => {
    expect(comparableEditions(ds, 2019)).toEqual([2019, 2021]);
    expect(comparableEditions(ds, 2023)).toEqual([2023]);
  });
  it('names a missing edition in its error', () => {
    expect(() => editionOf(ds, 2020)).toThrow('SYN has no edition 2020 (editions: 2019, 2021, 2023)');
  });
  it('takes a domain from the structured scale: the measure\'s own, else the indicator\'s', () => {
    expect(domainOf(ds)).toEqual([0, 1]);
    expect(domainOf(ds, ds.metrics.find((m) => m.id === 'w'))).toEqual([0, 0.33]);
    expect(domainOf(ds, ds.metrics.find((m) => m.id === 'a'))).toEqual([0, 1]);
    expect(domainOf({ ...ds, scaleRange: { min: 20, max: 80 } })).toEqual([20, 80]);
  });
  it('draws only sub-indicators on the indicator scale that have a value in the edition', () => {
    expect(profileMetrics(ds, tableOf(ds, 2021)).map((m) => m.id)).toEqual(['a', 'b']);
    expect(profileMetrics(ds, tableOf(ds, 2019)).map((m) => m.id)).toEqual(['a', 'b']);
    expect(profileMetrics(ds, tableOf(ds, 2023)).map((m) => m.id)).toEqual(['a']);
  });
  it('lists countries with data (never aggregates, never countries without a value) and the latest edition with countries', () => {
    expect(countriesOf(ds).map((c) => c.iso3)).toEqual(['AAA', 'BBB', 'CCC', 'DDD', 'EEE']);
    expect(latestEdition(ds)).toBe(2023);
    expect(latestEdition({ ...ds, observations: ds.observations.filter((o) => o.edition !== 2023 || o.iso3 === 'OECD') })).toBe(2021);
  });
  it('builds every edition table from the dataset, newest first', () => {
    expect(tablesOf(ds).map((t) => t.edition)).toEqual([2023, 2021, 2019]);
    expect(tablesOf(ds)[1]).toEqual(tableOf(ds, 2021));
  });
  it('gives source, edition and licence of an edition', () => {
    expect(provenance(ds, 2021)).toEqual({ dataset: 'syn', shortName: 'SYN', edition: 2021, source: 'Source "2021"', sourceUrl: 'https://example.org/2021', licence: 'Test licence, with a comma' });
  });
});
