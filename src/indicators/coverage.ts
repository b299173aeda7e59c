/**
 * Who is missing from a partial edition: derived from the data, never typed by hand. Pure.
 * A country "dropped out" when it had a value in the previous complete edition of the same series and has
 * none in this one; an OECD member "never covered" has no value in any edition of the dataset.
 */
import { editionOf, type Dataset } from './dataset.ts';

/** The countries without a value in an edition, in two honest groups. */
export interface MissingCountries {
  edition: number;
  /** The previous complete edition of the same series, if any. */
  previous?: number;
  /** Had a value in `previous` but none in this edition (OECD members and others alike). */
  dropped: string[];
  /** OECD members with no value in this edition nor in `previous`. */
  membersWithout: string[];
}

/** Codes with at least one value in `edition` (any measure), aggregates left out. */
export function coveredIn(ds: Dataset, edition: number): Set<string> {
  const aggregates = new Set(ds.aggregates);
  return new Set(ds.observations.filter((o) => o.edition === edition && !aggregates.has(o.iso3)).map((o) => o.iso3));
}

/** The latest complete (not partial) edition before `edition` in its series. */
export function previousComplete(ds: Dataset, edition: number): number | undefined {
  const series = editionOf(ds, edition).series;
  const before = ds.editions.filter((e) => e.series === series && e.year < edition && !e.partial && coveredIn(ds, e.year).size > 0);
  return before.sort((a, b) => b.year - a.year)[0]?.year;
}

/**
 * The countries without a value in `edition`: those of the previous complete edition that are gone, and the OECD
 * `members` (ISO3 codes) that are in neither; each list sorted by the hub's name.
 */
export function missingCountries(ds: Dataset, edition: number, members: readonly string[]): MissingCountries {
  const now = coveredIn(ds, edition);
  const previous = previousComplete(ds, edition);
  const before = previous === undefined ? new Set<string>() : coveredIn(ds, previous);
  const byName = (a: string, b: string) => (ds.names[a] ?? a).localeCompare(ds.names[b] ?? b, 'en');
  const dropped = [...before].filter((c) => !now.has(c)).sort(byName);
  const membersWithout = members.filter((c) => !now.has(c) && !before.has(c)).sort(byName);
  return { edition, ...(previous === undefined ? {} : { previous }), dropped, membersWithout };
}
