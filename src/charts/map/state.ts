/**
 * Map: one measure of one edition for every country, binned into colour classes on the indicator's scale.
 * A country without a value is "no data" (hatched), never coloured as 0. Pure.
 */
import { compositeOf, domainOf, metricOf, nameOf, provenance, tableOf, type Dataset, type Provenance } from '../../indicators/dataset.ts';

/** Colour classes, light to dark (a sequential blue scale, each step distinct; every mark is also labelled). */
export const CLASS_COLOURS = ['#deebf7', '#9ecae1', '#4292c6', '#2171b5', '#08306b'] as const;

/** One class of the legend: its colour and its range of values. */
export interface MapClass { colour: string; from: number; to: number }

/** A country's value, or none. */
export interface MapValue { iso3: string; name: string; text?: string; classIndex?: number }

/** Everything the map shows, without pixels. */
export interface MapState {
  dataset: string;
  shortName: string;
  edition: number;
  metric: { id: string; name: string };
  classes: MapClass[];
  /** Every country the hub knows, by ISO3. */
  values: Map<string, MapValue>;
  withValue: number;
  sources: Provenance[];
  partial: boolean;
}

/** The edition's ranking measure (the composite, or what the edition ranks by) for each of `countries`. */
export function mapState(ds: Dataset, edition: number, countries: readonly string[]): MapState {
  const table = tableOf(ds, edition);
  const metric = table.rankedBy ? metricOf(ds, table.rankedBy) : compositeOf(ds);
  const [min, max] = domainOf(ds, metric);
  const step = (max - min) / CLASS_COLOURS.length;
  const classes = CLASS_COLOURS.map((colour, i) => ({ colour, from: min + i * step, to: min + (i + 1) * step }));
  const rows = new Map(table.rows.map((r) => [r.iso3, r]));
  const values = new Map<string, MapValue>();
  for (const iso3 of countries) {
    const text = rows.get(iso3)?.values[metric.id];
    const classIndex = text === undefined ? undefined : Math.min(CLASS_COLOURS.length - 1, Math.max(0, Math.floor((Number(text) - min) / step)));
    values.set(iso3, { iso3, name: nameOf(ds, iso3), ...(text === undefined ? {} : { text, classIndex }) });
  }
  return {
    dataset: ds.dataset, shortName: ds.shortName, edition, metric: { id: metric.id, name: metric.name }, classes, values,
    withValue: [...values.values()].filter((v) => v.text !== undefined).length,
    sources: [provenance(ds, edition)], partial: Boolean(ds.editions.find((e) => e.year === edition)?.partial),
  };
}
