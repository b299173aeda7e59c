/**
 * /data/datapackage.json: a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/)
 * describing every file under /data/ — its fields, sources and licence. Pure: takes the datasets.
 */
import type { Dataset } from '../indicators/dataset.ts';
import { CSV_COLUMNS } from '../indicators/export.ts';
import { columnsOf, TABLES, type Column } from './tables.ts';
import { HUB_CONTENT_LICENCE } from './licence.ts';
import { REVIEW_PAIRS, REVIEW_PAIR_COLUMNS } from './review-pairs.ts';

/** The columns of /data/<indicator>.csv, typed and described. */
function indicatorColumns(ds: Dataset): Column[] {
  const about: Record<(typeof CSV_COLUMNS)[number], Omit<Column, 'name'>> = {
    iso3: { type: 'string', title: 'Code', description: 'ISO 3166-1 alpha-3 code, or OECD for the OECD average' },
    country: { type: 'string', title: 'Country', description: 'The name as the source prints it' },
    edition: { type: 'integer', title: 'Edition', description: `Edition year: ${ds.editions.map((e) => e.year).join(', ')}` },
    indicator: { type: 'string', title: 'Measure', description: `The measure: ${ds.metrics.map((m) => `${m.id} (${m.name})`).join('; ')}` },
    value: { type: 'number', title: 'Value', description: `As published, on ${ds.scale}; parse as a decimal and never re-round. A missing value has no row.` },
    dataset: { type: 'string', title: 'Dataset', description: 'The indicator id' },
    source: { type: 'string', title: 'Source', description: 'The publication the edition comes from' },
    source_url: { type: 'string', title: 'Source address', description: 'DOI or address of the source' },
    licence: { type: 'string', title: 'Licence', description: 'The licence of the figures' },
  };
  return CSV_COLUMNS.map((name) => ({ name, ...about[name] }));
}

const csv = { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' } as const;
const json = { format: 'json', mediatype: 'application/json', encoding: 'utf-8' } as const;

/** The resources of one indicator: its CSV (with a Table Schema) and its JSON. */
function indicatorResources(ds: Dataset) {
  const sources = ds.editions.map((e) => ({ title: `${e.year}: ${e.source}`, path: e.sourceUrl }));
  const licenses = [{ title: ds.licence, path: 'https://www.oecd.org/en/about/terms-conditions.html' }];
  const common = { title: ds.name, description: ds.description, sources, licenses };
  return [
    { name: ds.dataset, path: `${ds.dataset}.csv`, profile: 'tabular-data-resource', ...csv, ...common, schema: { fields: indicatorColumns(ds), missingValues: [''] } },
    { name: `${ds.dataset}-json`, path: `${ds.dataset}.json`, profile: 'data-resource', ...json, ...common },
  ];
}

/** The resources of the hub's own tables: every table as CSV, and each model as nested JSON. */
function contentResources(siteUrl: string) {
  const sources = [{ title: 'E-Leaders hub content (each row links its own sources)', path: siteUrl }];
  const licenses = [HUB_CONTENT_LICENCE];
  const tables = [...TABLES.map((t) => ({ ...t, columns: columnsOf(t) })), { ...REVIEW_PAIRS, columns: REVIEW_PAIR_COLUMNS }].map((t) => ({
    name: t.name, path: `${t.name}.csv`, profile: 'tabular-data-resource', title: t.title, description: t.description, ...csv, sources, licenses,
    schema: { fields: t.columns, missingValues: [''] },
  }));
  const models = TABLES.filter((t) => !t.levels.length).map((t) => ({
    name: `${t.name}-json`, path: `${t.name}.json`, profile: 'data-resource', title: t.title,
    description: `${t.description} As JSON, with every list kept nested (e.g. a statement's commitments and their follow-up).`, ...json, sources, licenses,
  }));
  return [...tables, ...models];
}

/** The whole package; `siteUrl` is the site's address (Astro's `site`), `created` an ISO date-time. */
export function dataPackage(datasets: readonly Dataset[], siteUrl: string, created: string) {
  return {
    profile: 'data-package',
    name: 'eleaders-hub',
    title: 'E-Leaders hub: indicators, practices, statements, peer reviews and meetings',
    description: 'Every file the E-Leaders hub publishes under /data/. Indicator values are as published by their sources; a missing value has no row.',
    homepage: siteUrl,
    created,
    licenses: [HUB_CONTENT_LICENCE],
    sources: datasets.map((ds) => ({ title: `${ds.publisher}: ${ds.name}`, path: ds.methodologyUrl })),
    resources: [
      { name: 'index', path: 'index.json', profile: 'data-resource', title: 'List of datasets', ...json },
      ...datasets.flatMap(indicatorResources),
      ...contentResources(siteUrl),
    ],
  };
}
