/**
 * Line: one measure of a country (or a few) across every edition of one series, with the OECD average where
 * one exists, and per edition the hub's rank and the value as a share of the leader's. Editions of another
 * series are never on the same axis; a missing value stays a gap. Pure.
 */
import {
  compositeOf, domainOf, editionOf, nameOf, provenance, tableOf, REFERENCE, type Dataset,
} from '../../indicators/dataset.ts';
import type { EditionLine, EditionPoint, EditionsState } from '../shared/editions.ts';

/** One edition of one line, with its rank; `text` and `value` are absent when there is no data. */
export interface LinePoint extends EditionPoint {
  /** The hub's order among the countries with a value (countries only). */
  rank?: number;
  /** How many countries have a value in this edition. */
  of: number;
  /** value ÷ the leader's value, to 3 decimals (countries only). */
  ofLeader?: string;
  /** Whether the edition is partial (its order is not a rank). */
  partial: boolean;
}

/** One country, or the OECD average. */
export type LineSeries = EditionLine<LinePoint>;

/** Everything the line chart shows, without pixels: every edition of one series. */
export interface LineState extends EditionsState<LinePoint> {
  series: string;
}

/** One edition of a series, ranked: the rows with a composite value by country code, and each country's rank. */
interface RankedEdition {
  edition: number;
  partial: boolean;
  rows: Map<string, ReturnType<typeof tableOf>['rows'][number]>;
  rank: Map<string, number>;
  of: number;
  top: number;
}

const ranked = new WeakMap<Dataset, Map<string, RankedEdition[]>>();

/** Every edition of `series`, oldest first, ranked once per dataset and series (a country page and its chart file ask for the same). */
function rankedEditions(ds: Dataset, series: string): RankedEdition[] {
  let bySeries = ranked.get(ds);
  if (!bySeries) ranked.set(ds, (bySeries = new Map()));
  const hit = bySeries.get(series);
  if (hit) return hit;
  const editions = ds.editions.filter((e) => e.series === series).map((e) => e.year).sort((a, b) => a - b);
  const metric = compositeOf(ds);
  const tables = editions.map((e): RankedEdition => {
    const rows = tableOf(ds, e).rows.filter((r) => r.values[metric.id] !== undefined);
    const countryRows = rows.filter((r) => !r.aggregate);
    const top = Math.max(...countryRows.map((r) => Number(r.values[metric.id])));
    const byRank = [...countryRows].sort((a, b) => Number(b.values[metric.id]) - Number(a.values[metric.id]));
    const rank = new Map<string, number>();
    byRank.forEach((r, i) => rank.set(r.iso3, i > 0 && byRank[i - 1]!.values[metric.id] === r.values[metric.id] ? rank.get(byRank[i - 1]!.iso3)! : i + 1));
    return { edition: e, partial: Boolean(editionOf(ds, e).partial), rows: new Map(rows.map((r) => [r.iso3, r])), rank, of: countryRows.length, top };
  });
  bySeries.set(series, tables);
  return tables;
}

/** The composite of `countries` (and the OECD average, when published) across every edition of `series`. */
export function lineState(ds: Dataset, series: string, countries: readonly string[]): LineState {
  const metric = compositeOf(ds);
  const tables = rankedEditions(ds, series);
  const editions = tables.map((t) => t.edition);
  const lineOf = (iso3: string): LineSeries => ({
    iso3, name: nameOf(ds, iso3), reference: iso3 === REFERENCE,
    points: tables.map((t) => {
      const text = t.rows.get(iso3)?.values[metric.id];
      const value = text === undefined ? undefined : Number(text);
      const country = iso3 !== REFERENCE && value !== undefined;
      return {
        edition: t.edition, of: t.of, partial: t.partial,
        ...(text === undefined ? {} : { text, value }),
        ...(country ? { rank: t.rank.get(iso3)!, ofLeader: (value / t.top).toFixed(3) } : {}),
      };
    }),
  });
  const lines = [...countries.filter((c) => c !== REFERENCE).map(lineOf)];
  const reference = lineOf(REFERENCE);
  if (reference.points.some((p) => p.value !== undefined)) lines.push(reference);
  const notes: string[] = [];
  const gaps = lines.flatMap((l) => l.points.filter((p) => p.value === undefined).map((p) => `${l.name} (${p.edition})`));
  if (gaps.length) notes.push(`No data for ${gaps.join(', ')}: the line breaks there; nothing is drawn for a missing value.`);
  const partial = tables.filter((t) => t.partial).map((t) => t.edition);
  if (partial.length) notes.push(`${partial.join(', ')} is a partial edition: its order is among the countries with a value, not the OECD's rank.`);
  return {
    dataset: ds.dataset, shortName: ds.shortName, series, metric: { id: metric.id, name: metric.name }, editions,
    limits: domainOf(ds), lines, notes, sources: editions.map((e) => provenance(ds, e)),
  };
}

/** The series of a dataset that have at least two editions, oldest first. */
export function seriesOf(ds: Dataset): string[] {
  const count = new Map<string, number>();
  for (const e of [...ds.editions].sort((a, b) => a.year - b.year)) count.set(e.series, (count.get(e.series) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([s]) => s);
}

/** Whether there is a line to draw: a country value in at least one edition. */
export function drawableLine(s: LineState): boolean {
  return s.lines.some((l) => !l.reference && l.points.some((p) => p.value !== undefined));
}

/** The chart in words: each line's values (and ranks) by edition. */
export function describeLine(s: LineState): string {
  const point = (p: LinePoint) => `${p.edition} ${p.text ?? 'no data'}${p.rank ? ` (${p.rank} of ${p.of})` : ''}`;
  return `${s.metric.name}, ${s.editions[0]}–${s.editions.at(-1)}. ${s.lines.map((l) => `${l.name}: ${l.points.map(point).join(', ')}.`).join(' ')}`;
}
