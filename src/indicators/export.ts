/**
 * The downloads: a dataset, or the part of it a reader selected, as CSV and JSON. Every file names its source,
 * edition and licence: each CSV row carries them, and the JSON carries the editions' sources and the licence.
 * Pure: used by the /data/ endpoints at build time and by the compare page in the browser.
 */
import { csvField } from '../lib/csv-field.ts';
import type { Observation } from '../schemas/indicator.ts';
import { REFERENCE, type Dataset } from './dataset.ts';
import { observationsWithChange } from './change.ts';

export { csvField };

/** The CSV columns: the five of content/indicators/<id>.csv, then the provenance of each row. */
export const CSV_COLUMNS = ['iso3', 'country', 'edition', 'indicator', 'value', 'dataset', 'source', 'source_url', 'licence'] as const;

/** Observations as CSV text (header first; line ends as in content/indicators/*.csv), each row with its source and licence. */
export function datasetCsv(ds: Dataset, observations: readonly Observation[]): string {
  const byYear = new Map(ds.editions.map((e) => [e.year, e]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const o of observations) {
    const e = byYear.get(o.edition);
    const row = [o.iso3, o.country, o.edition, o.indicator, o.value, ds.dataset, e?.source ?? '', e?.sourceUrl ?? '', ds.licence];
    lines.push(row.map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

/** What a reader selected: countries of one edition (the OECD average comes with them). */
export interface DataSelection {
  edition: number;
  countries: readonly string[];
}

/** The observations of a selection: the countries in the order chosen, then the OECD average; measures in the dataset's order. */
export function selectedObservations(ds: Dataset, sel: DataSelection): Observation[] {
  const order = new Map(ds.metrics.map((m, i) => [m.id, i]));
  const places = [...sel.countries.filter((c) => c !== REFERENCE), REFERENCE];
  return places.flatMap((iso3) =>
    ds.observations
      .filter((o) => o.iso3 === iso3 && o.edition === sel.edition)
      .sort((a, b) => (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0)),
  );
}

/** The selection as a dataset of its own (same shape as /data/<id>.json), with the selection recorded. */
export function selectionDataset(ds: Dataset, sel: DataSelection): Dataset & { selection: DataSelection } {
  const observations = selectedObservations(ds, sel);
  const codes = new Set(observations.map((o) => o.iso3).concat(sel.countries));
  const names = Object.fromEntries(Object.entries(ds.names).filter(([k]) => codes.has(k)));
  return { ...ds, editions: ds.editions.filter((e) => e.year === sel.edition), names, observations, selection: { edition: sel.edition, countries: [...sel.countries] } };
}

/** A file name for a selection, e.g. dgi-2023-KOR-DNK-EST. */
export function selectionFileName(ds: Dataset, sel: DataSelection): string {
  return `${ds.dataset}-${sel.edition}-${sel.countries.join('-')}`;
}

/** A `data:` address holding `text`, for a download link that needs no server and no script. */
export function dataUrl(text: string, type: 'text/csv' | 'application/json' | 'application/x-bibtex' | 'application/x-research-info-systems'): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}

/** The columns of the "every edition" download: the dataset's, then the previous comparable edition, its value and the change. */
export const CHANGE_COLUMNS = [...CSV_COLUMNS, 'previous_edition', 'previous_value', 'change'] as const;

/** Every edition of `countries` (and the OECD average) as CSV, each row with the change since the previous edition of its series. */
export function changeCsv(ds: Dataset, countries: readonly string[]): string {
  const byYear = new Map(ds.editions.map((e) => [e.year, e]));
  const lines = [CHANGE_COLUMNS.join(',')];
  for (const o of observationsWithChange(ds, countries)) {
    const e = byYear.get(o.edition);
    const row = [o.iso3, o.country, o.edition, o.indicator, o.value, ds.dataset, e?.source ?? '', e?.sourceUrl ?? '', ds.licence, o.previous_edition ?? '', o.previous_value ?? '', o.change ?? ''];
    lines.push(row.map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

/** A file name for every edition of a selection's countries, e.g. dgi-all-editions-KOR-DNK-EST. */
export function changeFileName(ds: Dataset, countries: readonly string[]): string {
  return `${ds.dataset}-all-editions-${countries.join('-')}`;
}
