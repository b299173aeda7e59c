/** The hub's indicators as self-contained datasets (src/indicators/dataset.ts): for charts and the /data/ endpoints. */
import type { Dataset } from './dataset.ts';
import { scaleText } from './scale.ts';
import type { Hub } from '../content/hub-data.ts';
import { indicatorUrl } from '../lib/urls.ts';

const cache = new WeakMap<Hub, Map<string, Dataset>>();

/** The dataset of indicator `id`, built once per loaded hub; throws naming the id when it is unknown. */
export function datasetOf(h: Hub, id: string): Dataset {
  let byId = cache.get(h);
  if (!byId) cache.set(h, (byId = new Map()));
  const hit = byId.get(id);
  if (hit) return hit;
  const def = h.indicator.get(id);
  if (!def) throw new Error(`unknown indicator "${id}": use one of ${h.indicators.map((i) => i.id).join(', ')}`);
  const d = def.data;
  const observations = h.observations
    .filter((o) => o.dataset === id)
    .map(({ iso3, country, edition, indicator, value }) => ({ iso3, country, edition, indicator, value }));
  // Every country of the hub is named, so a selection may keep a country the indicator does not cover ("no data").
  const names: Record<string, string> = {};
  for (const c of [...h.countries, ...h.aggregates]) names[c.id] = c.data.name;
  for (const o of observations) names[o.iso3] ??= o.country;
  const comparability = d.notes?.filter((n) => /compar|relative within/i.test(n)).join(' ');
  const ds: Dataset = {
    dataset: id,
    name: d.name,
    shortName: d.shortName,
    publisher: d.publisher,
    description: d.description,
    scale: scaleText(d.scale),
    scaleRange: { min: d.scale.min, max: d.scale.max },
    licence: d.licence,
    methodologyUrl: d.methodologyUrl,
    page: indicatorUrl(id),
    metrics: d.metrics.map((m) => ({ id: m.id, name: m.name, ...(m.composite ? { composite: true } : {}), ...(m.scale ? { scale: scaleText(m.scale), scaleRange: { min: m.scale.min, max: m.scale.max } } : {}) })),
    editions: [...d.editions]
      .sort((a, b) => a.year - b.year)
      .map((e) => ({
        year: e.year, series: e.series, source: e.source, sourceUrl: e.sourceUrl,
        ...(e.published ? { published: String(e.published).slice(0, 10) } : {}),
        ...(e.coverage ? { coverage: e.coverage } : {}),
        ...(e.partial ? { partial: e.partial } : {}),
      })),
    ...(comparability ? { comparability } : {}),
    aggregates: h.aggregates.map((a) => a.id),
    names,
    observations,
  };
  byId.set(id, ds);
  return ds;
}

/** Every indicator's dataset, in the hub's order (DGI, OURdata, EGDI). */
export function allDatasets(h: Hub): Dataset[] {
  return h.indicators.map((i) => datasetOf(h, i.id));
}
