import { describe, expect, it } from 'vitest';
import { coveredIn, missingCountries, previousComplete } from '../../../src/indicators/coverage.ts';
import { synthetic } from '../charts/synthetic.ts';

/** The synthetic dataset with 2021 partial and BBB's 2021 values removed. */
function partial() {
  const ds = synthetic();
  return {
    ...ds,
    editions: ds.editions.map((e) => (e.year === 2021 ? { ...e, partial: 'Country notes only.' } : e)),
    observations: ds.observations.filter((o) => !(o.iso3 === 'BBB' && o.edition === 2021)),
  };
}

describe('missingCountries', () => {
  it('names who dropped out since the previous complete edition, and members never covered', () => {
    const m = missingCountries(partial(), 2021, ['AAA', 'BBB', 'EEE', 'FFF']);
    expect(m).toEqual({ edition: 2021, previous: 2019, dropped: ['BBB'], membersWithout: ['EEE', 'FFF'] });
  });
  it('finds the previous complete edition only in the same series, skipping partial ones', () => {
    expect(previousComplete(partial(), 2021)).toBe(2019);
    expect(previousComplete(partial(), 2019)).toBeUndefined();
    expect(previousComplete(partial(), 2023)).toBeUndefined();
  });
  it('counts countries, not aggregates', () => {
    expect([...coveredIn(partial(), 2019)].sort()).toEqual(['AAA', 'BBB']);
  });
});
