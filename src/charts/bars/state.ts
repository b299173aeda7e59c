/**
 * Bars: one measure of one edition for some countries (or all of them, as a ranking), highest first, with the
 * OECD average as the reference. The measure is the composite, unless the edition ranks by another measure
 * because few composites were published (indicator-table.ts decides); the state then says so. Pure.
 */
import {
  compositeOf, domainOf, metricOf, nameOf, provenance, tableOf, REFERENCE, type Dataset, type Provenance,
} from '../../indicators/dataset.ts';

/** One bar: a country and its value as published, or no value ("no data", never 0). */
export interface Bar {
  iso3: string;
  name: string;
  /** The published text, e.g. "0.90"; absent when there is no data. */
  text?: string;
  value?: number;
}

/** A value drawn as a reference line. */
export interface Reference {
  iso3: string;
  name: string;
  text: string;
  value: number;
}

/** Everything the bar chart shows, without pixels. */
export interface BarsState {
  dataset: string;
  shortName: string;
  edition: number;
  metric: { id: string; name: string };
  /** True when the measure is not the composite (see `notes`). */
  substitute: boolean;
  notes: string[];
  domain: [number, number];
  /** Values first, highest first (ties by name); then the countries with no data, by name. */
  bars: Bar[];
  reference?: Reference;
  source: Provenance;
}

/** Highest value first, ties and missing values by name; missing values last. */
export function byValue(a: Bar, b: Bar): number {
  if (a.value === undefined || b.value === undefined) {
    if (a.value !== b.value) return a.value === undefined ? 1 : -1;
  } else if (a.value !== b.value) return b.value - a.value;
  return a.name.localeCompare(b.name, 'en');
}

/** The bars of `countries` (default: every country of the edition) on the edition's ranking measure. */
export function barsState(ds: Dataset, edition: number, countries?: readonly string[]): BarsState {
  const table = tableOf(ds, edition);
  const composite = compositeOf(ds);
  const metric = table.rankedBy ? metricOf(ds, table.rankedBy) : composite;
  const rows = new Map(table.rows.map((r) => [r.iso3, r]));
  const codes = countries ?? table.rows.filter((r) => !r.aggregate).map((r) => r.iso3);
  const bars: Bar[] = codes.map((iso3) => {
    const text = rows.get(iso3)?.values[metric.id];
    return { iso3, name: nameOf(ds, iso3), ...(text === undefined ? {} : { text, value: Number(text) }) };
  });
  bars.sort(byValue);
  const refText = rows.get(REFERENCE)?.values[metric.id];
  const reference = refText === undefined ? undefined : { iso3: REFERENCE, name: nameOf(ds, REFERENCE), text: refText, value: Number(refText) };
  const countryRows = table.rows.filter((r) => !r.aggregate);
  const notes: string[] = [];
  const substitute = metric.id !== composite.id;
  if (substitute) {
    const n = countryRows.filter((r) => r.values[composite.id] !== undefined).length;
    notes.push(
      `The ${ds.shortName} ${edition} composite was published for ${n} of the ${countryRows.length} countries only, ` +
        `so the bars show ${metric.name}, the measure the hub ranks this edition by.`,
    );
  }
  if (countryRows.length === 0) notes.push(`No country values were published for the ${ds.shortName} ${edition}.`);
  if (!reference) notes.push(`No OECD average was published for this measure in this edition.`);
  return {
    dataset: ds.dataset, shortName: ds.shortName, edition, metric: { id: metric.id, name: metric.name },
    substitute, notes, domain: domainOf(ds, metric), bars, ...(reference ? { reference } : {}), source: provenance(ds, edition),
  };
}

/** The chart in words: every value for a short list, the range for a long one, then the reference and gaps. */
export function describeBars(s: BarsState): string {
  const valued = s.bars.filter((b) => b.text !== undefined);
  const missing = s.bars.filter((b) => b.text === undefined);
  const parts: string[] = [];
  if (valued.length === 0) parts.push('No value to draw.');
  else if (valued.length <= 12) parts.push(`Highest first: ${valued.map((b) => `${b.name} ${b.text}`).join(', ')}.`);
  else {
    const [first, last] = [valued[0]!, valued[valued.length - 1]!];
    parts.push(`${valued.length} countries, from ${first.name} (${first.text}) to ${last.name} (${last.text}).`);
  }
  if (s.reference) parts.push(`${s.reference.name}: ${s.reference.text}.`);
  if (missing.length > 0 && missing.length <= 12) parts.push(`No data: ${missing.map((b) => b.name).join(', ')}.`);
  else if (missing.length > 12) parts.push(`No data for ${missing.length} countries.`);
  return parts.join(' ');
}
