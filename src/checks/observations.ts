/** Checking indicator observations against their definition and the known countries. */
import { observationSchema, type Observation, type Scale } from '../schemas/indicator.ts';
import type { CsvRow } from '../lib/csv.ts';
import { onScale, scaleText } from '../indicators/scale.ts';

/** What an observations file is checked against. */
export interface ObservationContext {
  /** File name used in messages. */
  file: string;
  editions: ReadonlySet<number>;
  /** Each metric id and the scale its values lie on (none when the definition does not give a valid one). */
  metrics: ReadonlyMap<string, Scale | undefined>;
  /** Country and aggregate codes (e.g. KOR, OECD). */
  places: ReadonlySet<string>;
}

const isScale = (s: unknown): s is Scale =>
  s !== null && typeof s === 'object' && typeof (s as Scale).min === 'number' && typeof (s as Scale).max === 'number';

/**
 * The metrics of an indicator definition as parsed from its YAML (not yet validated: read defensively), each
 * with its scale: its own, else the indicator's.
 */
export function metricScales(def: unknown): Map<string, Scale | undefined> {
  const d = (def ?? {}) as { scale?: unknown; metrics?: { id?: unknown; scale?: unknown }[] };
  const indicator = isScale(d.scale) ? d.scale : undefined;
  const metrics = Array.isArray(d.metrics) ? d.metrics : [];
  return new Map(metrics.map((m) => [String(m?.id), isScale(m?.scale) ? m.scale : indicator]));
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
    if (!ctx.metrics.has(o.indicator)) problems.push(`${at}: indicator "${o.indicator}" is not a metric of this indicator (${[...ctx.metrics.keys()].join(', ')})`);
    const scale = ctx.metrics.get(o.indicator);
    if (scale && !onScale(scale, Number(o.value))) {
      problems.push(`${at}: field "value": ${o.value} is outside the scale ${scaleText(scale)} of ${o.indicator}: check it against the published source, or correct the scale of ${o.indicator} in the indicator's definition (.yaml)`);
    }
    const key = `${o.iso3}/${o.edition}/${o.indicator}`;
    const first = seen.get(key);
    if (first) problems.push(`${at}: ${key} is given twice (first on line ${first}); keep one value`);
    else seen.set(key, line);
    out.push(o);
  }
  if (problems.length) throw new Error(`${problems.length} bad row(s):\n${problems.join('\n')}`);
  return out;
}
