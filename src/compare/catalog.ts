/** The compare page's catalog (selection.ts), built from the datasets at build time. Pure. */
import { latestEdition, type Dataset } from '../indicators/dataset.ts';
import { resolveQuery, type Catalog, type Selection } from './selection.ts';

/** The default view: the DGI's latest edition for six countries from three regions, all covered by the DGI 2023. */
export const DEFAULTS = { indicator: 'dgi', countries: ['KOR', 'DNK', 'EST', 'GBR', 'FRA', 'AUS'] } as const;

/** Indicators, their editions (newest first, with how many countries each covers) and the defaults. */
export function catalogOf(datasets: readonly Dataset[]): Catalog {
  return {
    indicators: datasets.map((ds) => {
      const aggregates = new Set(ds.aggregates);
      const editions = [...ds.editions].sort((a, b) => b.year - a.year).map((e) => ({
        year: e.year,
        series: e.series,
        countries: new Set(ds.observations.filter((o) => o.edition === e.year && !aggregates.has(o.iso3)).map((o) => o.iso3)).size,
        ...(e.partial ? { partial: true } : {}),
      }));
      return { id: ds.dataset, shortName: ds.shortName, name: ds.name, editions, latest: latestEdition(ds) };
    }),
    defaults: { indicator: DEFAULTS.indicator, countries: [...DEFAULTS.countries] },
  };
}

/** The view the page shows before any choice (and without JavaScript): the catalog, the selection and its dataset. */
export function defaultView(datasets: readonly Dataset[]): { catalog: Catalog; selection: Selection; ds: Dataset } {
  const catalog = catalogOf(datasets);
  const selection = resolveQuery({}, catalog).selection;
  return { catalog, selection, ds: datasets.find((d) => d.dataset === selection.indicator)! };
}
