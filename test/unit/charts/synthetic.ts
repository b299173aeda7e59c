/** A small synthetic dataset for chart tests: two comparable editions, one on another series, gaps on purpose. */
import type { Dataset } from '../../../src/indicators/dataset.ts';
import type { Observation } from '../../../src/schemas/indicator.ts';

const o = (iso3: string, edition: number, indicator: string, value: string): Observation => ({ iso3, country: iso3, edition, indicator, value });

/**
 * Editions 2019 and 2021 share series "s1"; 2023 is series "s2" with a composite for one country only.
 * CCC has no 2019 value, DDD no composite, FFF no value at all, and "w" is on another scale (0–0.33).
 */
export function synthetic(): Dataset {
  return {
    dataset: 'syn',
    name: 'Synthetic Index',
    shortName: 'SYN',
    publisher: 'Test',
    description: 'Synthetic data for tests.',
    scale: '0–1',
    scaleRange: { min: 0, max: 1 },
    licence: 'Test licence, with a comma',
    methodologyUrl: 'https://example.org/method',
    page: '/indicators/syn/',
    metrics: [
      { id: 'composite', name: 'Composite', composite: true },
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
      { id: 'w', name: 'Weighted', scale: '0–0.33', scaleRange: { min: 0, max: 0.33 } },
    ],
    editions: [
      { year: 2019, series: 's1', source: 'Source 2019', sourceUrl: 'https://example.org/2019' },
      { year: 2021, series: 's1', source: 'Source "2021"', sourceUrl: 'https://example.org/2021' },
      { year: 2023, series: 's2', source: 'Source 2023', sourceUrl: 'https://example.org/2023' },
    ],
    aggregates: ['OECD'],
    names: { AAA: 'Aland', BBB: 'Bosna', CCC: 'Côte', DDD: 'Dania', EEE: 'Eesti', FFF: 'Fiji', OECD: 'OECD average' },
    observations: [
      o('AAA', 2019, 'composite', '0.50'), o('AAA', 2019, 'a', '0.4'), o('AAA', 2019, 'b', '0.6'),
      o('BBB', 2019, 'composite', '0.70'),
      o('OECD', 2019, 'composite', '0.55'), o('OECD', 2019, 'w', '0.20'),
      o('AAA', 2021, 'composite', '0.60'), o('AAA', 2021, 'a', '0.5'), o('AAA', 2021, 'b', '0.7'),
      o('BBB', 2021, 'composite', '0.65'), o('BBB', 2021, 'a', '0.9'), o('BBB', 2021, 'b', '0.3'),
      o('CCC', 2021, 'composite', '0.40'), o('CCC', 2021, 'a', '0.2'),
      o('DDD', 2021, 'a', '0.3'), o('DDD', 2021, 'b', '0.8'),
      o('OECD', 2021, 'composite', '0.52'), o('OECD', 2021, 'a', '0.5'), o('OECD', 2021, 'b', '0.5'),
      o('AAA', 2023, 'a', '0.8'), o('BBB', 2023, 'a', '0.6'), o('CCC', 2023, 'a', '0.7'), o('DDD', 2023, 'a', '0.1'),
      o('EEE', 2023, 'composite', '0.9'), o('EEE', 2023, 'a', '0.5'),
      o('OECD', 2023, 'a', '0.55'),
    ],
  };
}
