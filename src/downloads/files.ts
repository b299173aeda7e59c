/**
 * The text of every file under /data/ that is not an indicator's: the hub's own tables as CSV (through the one
 * CSV writer, src/lib/csv.ts) and each model as JSON. Build-time only: reads the loaded hub.
 */
import { placeName, type Hub } from '../content/hub-data.ts';
import { toCsv } from '../lib/csv.ts';
import { dataUrls } from '../lib/urls.ts';
import { columnsOf, recordOf, rowsOf, TABLES, type TableSpec } from './tables.ts';
import { HUB_CONTENT_LICENCE } from './licence.ts';
import { REVIEW_PAIRS, REVIEW_PAIR_COLUMNS, reviewPairRows } from './review-pairs.ts';

/** The names of the hub's tables (CSV files) and of its models (JSON files). */
export const TABLE_NAMES = [...TABLES.map((t) => t.name), REVIEW_PAIRS.name];
export const MODEL_NAMES = TABLES.filter((t) => !t.levels.length).map((t) => t.name);

function specOf(name: string): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`downloads: unknown table "${name}": use one of ${TABLE_NAMES.join(', ')}`);
  return spec;
}

/** The hub's tables by model, for a list of downloads: each model's CSV and JSON, and the CSV of its lists. */
export const DOWNLOADS = TABLES.filter((t) => !t.levels.length).map((t) => ({
  title: t.title,
  ...dataUrls(t.name),
  parts: [...TABLES.filter((x) => x.model === t.model && x.levels.length), ...(t.model === REVIEW_PAIRS.model ? [REVIEW_PAIRS] : [])]
    .map((x) => ({ title: x.title, csv: dataUrls(x.name).csv })),
}));

const entriesOf = (h: Hub, model: TableSpec['model']) => h[model];

/** /data/<table>.csv. */
export function tableCsv(h: Hub, name: string): string {
  if (name === REVIEW_PAIRS.name) return toCsv(REVIEW_PAIR_COLUMNS.map((c) => c.name), reviewPairRows(h.reviews, (iso3) => placeName(h, iso3)));
  const spec = specOf(name);
  return toCsv(columnsOf(spec).map((c) => c.name), rowsOf(spec, entriesOf(h, spec.model)));
}

/** /data/<model>.json: every entry with its nested lists, and the licence note. */
export function modelJson(h: Hub, name: string): string {
  const spec = specOf(name);
  const records = entriesOf(h, spec.model).map((e) => recordOf(spec.model, e));
  return JSON.stringify({ name: spec.name, title: spec.title, description: spec.description, licence: HUB_CONTENT_LICENCE, [spec.name]: records });
}
