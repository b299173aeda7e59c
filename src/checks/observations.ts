/** Checking indicator observations against their definition and the known countries. */
import { observationSchema, type Observation } from '../schemas/indicator.ts';
import type { CsvRow } from '../lib/csv.ts';

/** What an observations file is checked against. */
export interface ObservationContext {
  /** File name used in messages. */
  file: string;
  editions: ReadonlySet<number>;
  metrics: ReadonlySet<string>;
  /** Country and aggregate codes (e.g. KOR, OECD). */
  places: ReadonlySet<string>;
}

/**
 * Validates every row; returns the observations, or throws one error listing each bad row as
 * `file:line: field "value" reason`. Values are kept as published text: nothing is rounded or filled in.
 */
export function checkObservations(rows: readonly CsvRow[], ctx: ObservationContext): Observation[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const out: Observation[] = [];
  for (const { line, record } of rows) {
    const at = `${ctx.file}:${line}`;
    const parsed = observationSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || 'row';
        problems.push(`${at}: ${field} "${record[field] ?? ''}" ${issue.message}`);
      }
      continue;
    }
    const o = parsed.data;
    if (!ctx.places.has(o.iso3)) problems.push(`${at}: iso3 "${o.iso3}" is not a country in content/countries.yaml nor an aggregate in content/aggregates.yaml`);
    if (!ctx.editions.has(o.edition)) problems.push(`${at}: edition "${o.edition}" is not an edition of this indicator (${[...ctx.editions].join(', ')})`);
    if (!ctx.metrics.has(o.indicator)) problems.push(`${at}: indicator "${o.indicator}" is not a metric of this indicator (${[...ctx.metrics].join(', ')})`);
    const key = `${o.iso3}/${o.edition}/${o.indicator}`;
    const first = seen.get(key);
    if (first) problems.push(`${at}: ${key} is given twice (first on line ${first}); keep one value`);
    else seen.set(key, line);
    out.push(o);
  }
  if (problems.length) throw new Error(`${problems.length} bad row(s):\n${problems.join('\n')}`);
  return out;
}
