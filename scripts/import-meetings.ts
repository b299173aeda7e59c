/**
 * Imports shared/data/eleaders-meetings.csv into content/meetings/<year>-<city>.yaml. The CSV owns every field but
 * two that editors set: `endDateKnown` (false when a source gives only the first day of a meeting: a single date
 * in the CSV is then the first day, and no last day is written) and `outcomeNote`, kept as it is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { readCsv } from '../src/lib/csv.ts';
import { CONTENT, sharedDataDir } from './lib/paths.ts';
import { slugify } from '../src/lib/slug.ts';
import { writeIfChanged, type WriteResult } from './lib/import/write-files.ts';

const COLUMNS = ['year', 'date_if_known', 'city', 'iso3', 'title', 'source_url'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Writes one YAML file per meeting. Dates are "YYYY-MM-DD" or "start/end"; empty when unknown. */
export function importMeetings(check = false): Record<string, WriteResult> {
  const file = resolve(sharedDataDir(), 'eleaders-meetings.csv');
  const results: Record<string, WriteResult> = {};
  for (const { line, record: r } of readCsv(file, COLUMNS)) {
    const [start, end] = (r.date_if_known ?? '').split('/');
    for (const d of [start, end]) {
      if (d && !DATE.test(d)) throw new Error(`${file}:${line}: date_if_known "${r.date_if_known}" is not YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD`);
    }
    if (!/^\d{4}$/.test(r.year ?? '')) throw new Error(`${file}:${line}: year "${r.year}" is not a four-digit year`);
    const name = `${r.year}-${slugify(r.city ?? '')}.yaml`;
    const target = resolve(CONTENT, 'meetings', name);
    const old = existsSync(target) ? (parse(readFileSync(target, 'utf8')) as Record<string, unknown> | null) : null;
    // Only a single date can leave the end open; a range in the CSV settles it.
    const endUnknown = Boolean(start) && !end && old?.endDateKnown === false;
    const meeting = {
      year: Number(r.year),
      ...(start ? (endUnknown ? { startDate: start, endDateKnown: false } : { startDate: start, endDate: end ?? start }) : {}),
      city: r.city,
      ...(r.iso3 ? { country: r.iso3 } : {}),
      ...(r.title ? { title: r.title } : {}),
      source: r.source_url,
      ...(typeof old?.outcomeNote === 'string' ? { outcomeNote: old.outcomeNote } : {}),
    };
    results[name] = writeIfChanged(target, stringify(meeting), check);
  }
  return results;
}
