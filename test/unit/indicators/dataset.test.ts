import { describe, expect, it } from 'vitest';
import {
  comparableEditions, countriesOf, covers, domainOf, editionOf, headlineOf, latestEdition, profileMetrics, provenance, tableOf, tablesOf,
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
  it('builds each edition table once per dataset (every country page asks for the same ones)', () => {
    expect(tableOf(ds, 2021)).toBe(tableOf(ds, 2021));
    expect(tableOf({ ...ds }, 2021)).not.toBe(tableOf(ds, 2021));
  });
  it('gives source, edition and licence of an edition', () => {
    expect(provenance(ds, 2021)).toEqual({ dataset: 'syn', shortName: 'SYN', edition: 2021, source: 'Source "2021"', sourceUrl: 'https://example.org/2021', licence: 'Test licence, with a comma' });
  });
  it('gives a country\'s headline: the newest edition that ranks it, on the measure that edition is ranked by', () => {
    // 2023 ranks by "a" (one composite only); AAA leads it, beside the OECD average.
    expect(headlineOf(ds, 'AAA')).toMatchObject({ edition: 2023, partial: false, value: '0.8', rank: 1, of: 5, reference: '0.55' });
    expect(headlineOf(ds, 'AAA')!.metric.id).toBe('a');
    expect(headlineOf(ds, 'FFF')).toBeUndefined();
  });
  it('prefers a complete edition to a newer partial one, and falls back to the partial one when nothing else ranks the country', () => {
    const part = { ...ds, editions: ds.editions.map((e) => (e.year === 2023 ? { ...e, partial: 'only some countries' } : e)) };
    expect(headlineOf(part, 'AAA')).toMatchObject({ edition: 2021, partial: false, value: '0.60', rank: 2, of: 3, reference: '0.52' });
    expect(headlineOf(part, 'AAA')!.metric.id).toBe('composite');
    expect(headlineOf(part, 'DDD')).toMatchObject({ edition: 2023, partial: true, value: '0.1', rank: 5, of: 5 });
  });
  it('covers a country with any value in any edition, never one without', () => {
    expect(covers(ds, 'DDD')).toBe(true);
    expect(covers(ds, 'FFF')).toBe(false);
  });
});
