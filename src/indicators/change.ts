/**
 * Every edition of a few countries, each value with the change since the previous edition of the same `series`
 * (editions of another series are not comparable, so a series' first edition has no change). A missing value is
 * never bridged: when the previous edition has no value, the change is empty. Pure: the compare page's downloads.
 */
import { decimalDiff } from '../lib/decimal.ts';
import type { Observation } from '../schemas/indicator.ts';
import { REFERENCE, type Dataset } from './dataset.ts';

/** An observation with the previous comparable edition, its value and the change (as exact decimal text). */
export interface ObservationChange extends Observation {
  previous_edition?: number;
  previous_value?: string;
  change?: string;
}

/** The edition before `year` in the same series, if any. */
export function previousComparable(ds: Dataset, year: number): number | undefined {
  const e = ds.editions.find((x) => x.year === year);
  if (!e) return undefined;
  const earlier = ds.editions.filter((x) => x.series === e.series && x.year < year).map((x) => x.year);
  return earlier.length ? Math.max(...earlier) : undefined;
}

/** The observations of `countries` (then the OECD average) in every edition, oldest first, each with its change. */
export function observationsWithChange(ds: Dataset, countries: readonly string[]): ObservationChange[] {
  const order = new Map(ds.metrics.map((m, i) => [m.id, i]));
  const value = new Map(ds.observations.map((o) => [`${o.iso3}|${o.edition}|${o.indicator}`, o.value]));
  const places = [...countries.filter((c) => c !== REFERENCE), REFERENCE];
  const years = ds.editions.map((e) => e.year).sort((a, b) => a - b);
  return places.flatMap((iso3) =>
    years.flatMap((year) =>
      ds.observations
        .filter((o) => o.iso3 === iso3 && o.edition === year)
        .sort((a, b) => (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0))
        .map((o) => {
          const prev = previousComparable(ds, year);
          const before = prev === undefined ? undefined : value.get(`${iso3}|${prev}|${o.indicator}`);
          const change = before === undefined ? undefined : decimalDiff(o.value, before);
          return { ...o, ...(prev !== undefined ? { previous_edition: prev } : {}), ...(before !== undefined ? { previous_value: before } : {}), ...(change !== undefined ? { change } : {}) };
        }),
    ),
  );
}
