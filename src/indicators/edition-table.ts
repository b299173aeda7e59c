/** Turning indicator observations into ranked tables: pure, no Astro, unit-tested. */
import type { Observation } from '../schemas/indicator.ts';

/** The smallest description of an indicator a table needs. */
export interface IndicatorShape {
  metrics: readonly { id: string; name: string; composite?: boolean }[];
}


/** One row of an edition table: a country or an aggregate, with a value or nothing per metric. */
export interface TableRow {
  iso3: string;
  aggregate: boolean;
  /** Published text of each metric's value; absent means "no data" (never 0). */
  values: Record<string, string | undefined>;
  /** 1-based rank on the ranking metric, shared on ties; absent for aggregates and missing values. */
  rank?: number;
}

/** A whole edition: which metrics have any value, what the rows are ranked by, and the rows. */
export interface EditionTable {
  edition: number;
  metrics: { id: string; name: string }[];
  rankedBy: string | undefined;
  rows: TableRow[];
}

/**
 * The metric an edition is ranked by: the composite when at least half the countries have one,
 * else the metric most countries have (e.g. a pillar when few composites were published).
 */
export function rankingMetric(shape: IndicatorShape, rows: readonly TableRow[]): string | undefined {
  const countries = rows.filter((r) => !r.aggregate);
  const count = (m: string) => countries.filter((r) => r.values[m] !== undefined).length;
  const composite = shape.metrics.find((m) => m.composite)?.id;
  if (composite && count(composite) * 2 >= countries.length && count(composite) > 0) return composite;
  const best = [...shape.metrics].sort((a, b) => count(b.id) - count(a.id))[0];
  return best && count(best.id) > 0 ? best.id : undefined;
}

/** Builds the table of one edition; `aggregates` are the codes that are not countries (e.g. OECD). */
export function editionTable(
  shape: IndicatorShape,
  observations: readonly Observation[],
  edition: number,
  aggregates: ReadonlySet<string>,
): EditionTable {
  const byPlace = new Map<string, TableRow>();
  for (const o of observations) {
    if (o.edition !== edition) continue;
    const row = byPlace.get(o.iso3) ?? { iso3: o.iso3, aggregate: aggregates.has(o.iso3), values: {} };
    row.values[o.indicator] = o.value;
    byPlace.set(o.iso3, row);
  }
  const rows = [...byPlace.values()];
  const metrics = shape.metrics.filter((m) => rows.some((r) => r.values[m.id] !== undefined)).map(({ id, name }) => ({ id, name }));
  const rankedBy = rankingMetric(shape, rows);
  const num = (r: TableRow) => (rankedBy && r.values[rankedBy] !== undefined ? Number(r.values[rankedBy]) : undefined);
  rows.sort((a, b) => {
    const x = num(a);
    const y = num(b);
    if (x === undefined || y === undefined) return x === y ? a.iso3.localeCompare(b.iso3) : x === undefined ? 1 : -1;
    return y - x || a.iso3.localeCompare(b.iso3);
  });
  let rank = 0;
  let seen = 0;
  let last: number | undefined;
  for (const r of rows) {
    const v = num(r);
    if (r.aggregate || v === undefined) continue;
    seen += 1;
    if (v !== last) rank = seen;
    last = v;
    r.rank = rank;
  }
  return { edition, metrics, rankedBy, rows };
}
