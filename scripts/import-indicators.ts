/**
 * Imports the observations of each indicator defined in content/indicators/<id>.yaml from
 * shared/data/<id>.csv into content/indicators/<id>.csv. Every row is checked first (country,
 * edition, metric, value); a bad row stops the import with its file, line and reason. Values are
 * copied as published text: never re-rounded, never filled in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { readCsv, toCsv } from '../src/lib/csv.ts';
import { checkObservations, metricScales } from '../src/checks/observations.ts';
import { CONTENT, sharedDataDir } from './lib/paths.ts';
import { writeIfChanged, type WriteResult } from './lib/import/write-files.ts';

/** The indicators the hub publishes. */
export const INDICATORS = ['dgi', 'ourdata', 'egdi'] as const;
const COLUMNS = ['iso3', 'country', 'edition', 'indicator', 'value'] as const;

function ids(file: string): Set<string> {
  return new Set((parse(readFileSync(file, 'utf8')) as { id: string }[]).map((e) => e.id));
}

/** Writes content/indicators/<id>.csv for every indicator. */
export function importIndicators(check = false): Record<string, WriteResult> {
  const places = new Set([...ids(resolve(CONTENT, 'countries.yaml')), ...ids(resolve(CONTENT, 'aggregates.yaml'))]);
  const results: Record<string, WriteResult> = {};
  for (const id of INDICATORS) {
    const def = parse(readFileSync(resolve(CONTENT, 'indicators', `${id}.yaml`), 'utf8')) as { editions: { year: number }[] };
    const file = resolve(sharedDataDir(), `${id}.csv`);
    const rows = readCsv(file, COLUMNS);
    checkObservations(rows, {
      file,
      places,
      editions: new Set(def.editions.map((e) => e.year)),
      metrics: metricScales(def),
    });
    results[`${id}.csv`] = writeIfChanged(
      resolve(CONTENT, 'indicators', `${id}.csv`),
      toCsv(COLUMNS, rows.map((r) => r.record)),
      check,
    );
  }
  return results;
}
