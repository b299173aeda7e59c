/**
 * Slope: the composite in two comparable editions of a series (same `series` id), for a few countries and
 * the OECD average. Editions of another series are never on the same axis; a missing value stays missing and
 * is never bridged. Pure.
 */
import {
  comparableEditions, compositeOf, domainOf, nameOf, provenance, tableOf, REFERENCE, type Dataset,
} from '../../indicators/dataset.ts';
import type { EditionLine, EditionPoint, EditionsState } from '../shared/editions.ts';

/** A value of one edition; `text` and `value` are absent when there is no data. */
export type SlopePoint = EditionPoint;

/** One country (or the OECD average) across the editions. */
export type SlopeLine = EditionLine;

/** Everything the slope chart shows, without pixels; a single edition means there is no change to draw. */
export type SlopeState = EditionsState;

/**
 * The composite of `countries` (and the OECD average) in `edition` and the comparable edition before it (after
 * it, for the first of its series): the change the compare download reports. The whole series is the line chart's.
 */
export function slopeState(ds: Dataset, edition: number, countries: readonly string[]): SlopeState {
  const series = comparableEditions(ds, edition);
  const at = series.indexOf(edition);
  const editions = series.length < 2 ? series : at > 0 ? [series[at - 1]!, edition] : [edition, series[1]!];
  const metric = compositeOf(ds);
  const tables = editions.map((e) => new Map(tableOf(ds, e).rows.map((r) => [r.iso3, r])));
  const lineOf = (iso3: string): SlopeLine => ({
    iso3,
    name: nameOf(ds, iso3),
    reference: iso3 === REFERENCE,
    points: editions.map((e, i) => {
      const text = tables[i]!.get(iso3)?.values[metric.id];
      return text === undefined ? { edition: e } : { edition: e, text, value: Number(text) };
    }),
  });
  const lines = [...countries, REFERENCE].map(lineOf).filter((l) => !l.reference || l.points.some((p) => p.text !== undefined));
  const notes: string[] = [];
  if (editions.length < 2) {
    notes.push(`No other edition of the ${ds.shortName} is comparable with ${edition} (the method or scale changed), so no change is drawn.`);
  } else {
    const gaps = lines.flatMap((l) => l.points.filter((p) => p.text === undefined).map((p) => `${l.name} (${p.edition})`));
    if (gaps.length) notes.push(`No data for ${gaps.join(', ')}: such points are left out and no line is drawn through them.`);
  }
  return {
    dataset: ds.dataset, shortName: ds.shortName, metric: { id: metric.id, name: metric.name }, editions,
    limits: domainOf(ds), lines, notes, sources: editions.map((e) => provenance(ds, e)),
  };
}

/** Whether there is a change to draw: two comparable editions and one line with at least one value. */
export function drawable(s: SlopeState): boolean {
  return s.editions.length >= 2 && s.lines.some((l) => l.points.some((p) => p.value !== undefined));
}

/** The chart in words: each line's values by edition. */
export function describeSlope(s: SlopeState): string {
  const lines = s.lines.map((l) => `${l.name}: ${l.points.map((p) => `${p.edition} ${p.text ?? 'no data'}`).join(', ')}.`);
  return `${s.metric.name} in ${s.editions.join(' and ')}. ${lines.join(' ')}`;
}
