/**
 * An indicator as one self-contained dataset: its definition, the names of the places it covers and every
 * observation as published. It is the shape of the static endpoint /data/<id>.json, and what every chart
 * reads, at build time and in the browser. Pure: no Astro, no DOM.
 */
import type { Observation, Scale } from '../schemas/indicator.ts';
import { editionTable, type EditionTable } from './edition-table.ts';

/** One measure: the composite or a sub-indicator (a DGI dimension, an OURdata pillar, an EGDI component). */
export interface DatasetMetric {
  id: string;
  name: string;
  composite?: boolean;
  /** Only when the measure is on another scale than the indicator (e.g. OURdata's weighted pillars, "0–0.33"). */
  scale?: string;
  /** The same scale as numbers (with `scale`). */
  scaleRange?: Scale;
}

/** One edition and where its figures come from. Editions with the same `series` are comparable. */
export interface DatasetEdition {
  year: number;
  series: string;
  source: string;
  sourceUrl: string;
  published?: string;
  coverage?: string;
  /** Why only part of the edition is published here; the default views skip a partial edition. */
  partial?: string;
}

/** An indicator dataset (the JSON endpoint /data/<id>.json). */
export interface Dataset {
  /** dgi, ourdata or egdi. */
  dataset: string;
  name: string;
  shortName: string;
  publisher: string;
  description: string;
  /** The scale as text, e.g. "0–1" (derived from `scaleRange` by scaleText). */
  scale: string;
  /** The scale as numbers, e.g. { min: 0, max: 1 }: the charts' domain. */
  scaleRange: Scale;
  licence: string;
  methodologyUrl: string;
  /** The indicator's page on the hub, e.g. /indicators/dgi/. */
  page: string;
  metrics: DatasetMetric[];
  editions: DatasetEdition[];
  /** What a reader must know before comparing editions (the indicator's notes on comparability), when it says. */
  comparability?: string;
  /** Codes that are not countries (the OECD average). */
  aggregates: string[];
  /** The hub's name of every country and aggregate (also those without a value in this dataset). */
  names: Record<string, string>;
  /** Every published value, as in content/indicators/<id>.csv. */
  observations: Observation[];
}

/** The aggregate the charts draw as their reference. */
export const REFERENCE = 'OECD';

/** Where an edition's figures come from. */
export interface Provenance {
  dataset: string;
  shortName: string;
  edition: number;
  source: string;
  sourceUrl: string;
  licence: string;
}

/** The edition `year` of a dataset; throws a readable error when the dataset has no such edition. */
export function editionOf(ds: Dataset, year: number): DatasetEdition {
  const e = ds.editions.find((x) => x.year === year);
  if (!e) throw new Error(`${ds.shortName} has no edition ${year} (editions: ${ds.editions.map((x) => x.year).join(', ')})`);
  return e;
}

/** Source, edition and licence of an edition, for captions and downloads. */
export function provenance(ds: Dataset, year: number): Provenance {
  const e = editionOf(ds, year);
  return { dataset: ds.dataset, shortName: ds.shortName, edition: year, source: e.source, sourceUrl: e.sourceUrl, licence: ds.licence };
}

/** The editions comparable with `year` (same series), oldest first. */
export function comparableEditions(ds: Dataset, year: number): number[] {
  const series = editionOf(ds, year).series;
  return ds.editions.filter((e) => e.series === series).map((e) => e.year).sort((a, b) => a - b);
}

const tables = new WeakMap<Dataset, Map<number, EditionTable>>();

/**
 * The table of one edition (rows, ranks, ranking measure): the one way the hub builds an edition table.
 * Built once per dataset and edition: every country page asks for the same tables (treat them as read-only).
 */
export function tableOf(ds: Dataset, year: number): EditionTable {
  let byYear = tables.get(ds);
  if (!byYear) tables.set(ds, (byYear = new Map()));
  let table = byYear.get(year);
  if (!table) byYear.set(year, (table = editionTable(ds, ds.observations, year, new Set(ds.aggregates))));
  return table;
}

/** The table of every edition, newest first. */
export function tablesOf(ds: Dataset): EditionTable[] {
  return [...ds.editions].sort((a, b) => b.year - a.year).map((e) => tableOf(ds, e.year));
}

/** The composite measure of a dataset. */
export function compositeOf(ds: Dataset): DatasetMetric {
  return ds.metrics.find((m) => m.composite) ?? ds.metrics[0]!;
}

/** A measure by id; throws naming the dataset when it does not exist. */
export function metricOf(ds: Dataset, id: string): DatasetMetric {
  const m = ds.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`${ds.shortName} has no measure "${id}"`);
  return m;
}

/** The sub-indicators of an edition that can share the indicator's axis: not the composite, not on another scale, with a value. */
export function profileMetrics(ds: Dataset, table: EditionTable): DatasetMetric[] {
  const present = new Set(table.metrics.map((m) => m.id));
  return ds.metrics.filter((m) => !m.composite && !m.scale && present.has(m.id));
}

/** The hub's name of a code, or the code itself. */
export function nameOf(ds: Dataset, iso3: string): string {
  return ds.names[iso3] ?? iso3;
}

/** The numeric domain of a measure: its own scale when it has one, else the indicator's (the composite's when omitted). */
export function domainOf(ds: Dataset, metric?: DatasetMetric): [number, number] {
  const s = metric?.scaleRange ?? ds.scaleRange;
  return [s.min, s.max];
}

/** The countries (not aggregates) with at least one value in the dataset, by name. */
export function countriesOf(ds: Dataset): { iso3: string; name: string }[] {
  const aggregates = new Set(ds.aggregates);
  const codes = new Set(ds.observations.map((o) => o.iso3).filter((c) => !aggregates.has(c)));
  return [...codes].map((iso3) => ({ iso3, name: nameOf(ds, iso3) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * The edition a default view shows: the latest complete edition with at least one country value, else the
 * latest edition with a country value, else the latest edition.
 */
export function latestEdition(ds: Dataset): number {
  const aggregates = new Set(ds.aggregates);
  const withCountries = new Set(ds.observations.filter((o) => !aggregates.has(o.iso3)).map((o) => o.edition));
  const editions = [...ds.editions].sort((a, b) => b.year - a.year);
  const complete = editions.find((e) => !e.partial && withCountries.has(e.year));
  return complete?.year ?? editions.find((e) => withCountries.has(e.year))?.year ?? editions[0]!.year;
}

/** A country's headline on an indicator (the country profile's summary): one value, its rank and the reference's. */
export interface Headline {
  edition: number;
  /** The edition is published only in part: its order is among the countries with a value, not the publisher's rank. */
  partial: boolean;
  /** The measure the edition is ranked by (the composite, unless few composites were published). */
  metric: DatasetMetric;
  value: string;
  rank: number;
  /** How many countries the edition ranks. */
  of: number;
  /** The reference aggregate's value (OECD average), when published. */
  reference?: string;
}

/**
 * The table of the newest complete edition that ranks `iso3`, else of the newest partial one; undefined when no edition
 * ranks it. A complete edition comes first because peers or a rank taken from part of an edition would mislead. The
 * one choice behind a country's peers and profile chart (countryCharts) and its headline (headlineOf).
 */
export function focusTable(ds: Dataset, iso3: string): EditionTable | undefined {
  const ranked = tablesOf(ds).filter((t) => t.rankedBy && t.rows.find((r) => r.iso3 === iso3)?.values[t.rankedBy] !== undefined);
  return ranked.find((t) => !editionOf(ds, t.edition).partial) ?? ranked[0];
}

/** `iso3`'s headline on `ds`: its value in the focus edition (focusTable), as published; undefined when no edition ranks it. */
export function headlineOf(ds: Dataset, iso3: string): Headline | undefined {
  const t = focusTable(ds, iso3);
  if (!t) return undefined;
  const by = t.rankedBy!;
  const row = t.rows.find((r) => r.iso3 === iso3)!;
  const reference = t.rows.find((r) => r.iso3 === REFERENCE)?.values[by];
  return {
    edition: t.edition, partial: Boolean(editionOf(ds, t.edition).partial), metric: metricOf(ds, by), value: row.values[by]!,
    rank: row.rank!, of: t.rows.filter((r) => r.rank !== undefined).length, ...(reference === undefined ? {} : { reference }),
  };
}

const covered = new WeakMap<Dataset, Set<string>>();

/** Whether `iso3` has any value in any edition: the hub builds its page on the indicator only then. */
export function covers(ds: Dataset, iso3: string): boolean {
  let codes = covered.get(ds);
  if (!codes) covered.set(ds, (codes = new Set(ds.observations.map((o) => o.iso3))));
  return codes.has(iso3);
}
