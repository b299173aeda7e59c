/**
 * Which charts the indicator pages and a country's pages on each indicator draw, with what, and under which file key: one list that the
 * pages' components and the chart files (src/pages/charts/) both read, so a file is always the chart on its page.
 * Pure.
 */
import { focusTable, nameOf, type Dataset, type Provenance } from '../../indicators/dataset.ts';
import type { EditionTable } from '../../indicators/edition-table.ts';
import { countryIndicatorUrl, indicatorEditionUrl } from '../../lib/urls.ts';
import { barsState } from '../bars/state.ts';
import { barsSvg, barsTitle, drawableBars } from '../bars/render.ts';
import { LINE_WIDE, lineSvg } from '../line/render.ts';
import { drawableLine, lineState, seriesOf } from '../line/state.ts';
import { mapFileSvg, mapTitle } from '../map/render.ts';
import { mapState } from '../map/state.ts';
import { peersOf } from '../peers/state.ts';
import { drawableProfile, profileSvg } from '../profile/render.ts';
import { profileState } from '../profile/state.ts';
import type { VNode } from '../shared/vnode.ts';

/** A chart as files: /charts/<key>.svg and .png. */
export interface ChartFile {
  key: string;
  title: string;
  sources: Provenance[];
  /** The path of the page it is on. */
  page: string;
  /** Source and licence in words, instead of `sources` (a chart of the hub's own records). */
  credit?: { source: string; licence: string };
  /** The chart drawn at a fixed width (the frame adds title, source and licence: frame.ts). */
  chart: () => VNode;
}

/** The key of a chart of dataset `ds` with the page-unique figure id `id`: the same id is the same chart on every page. */
export const chartKey = (ds: Dataset, id: string) => `${ds.dataset}/${id}`;

/** The ranking and the map of every edition (indicator pages). `countries`: every country the hub knows. */
export function indicatorChartFiles(ds: Dataset, countries: readonly string[]): ChartFile[] {
  return ds.editions.flatMap((e) => {
    const bars = barsState(ds, e.year);
    const map = mapState(ds, e.year, countries);
    const page = indicatorEditionUrl(ds.dataset, e.year);
    return [
      ...(drawableBars(bars) ? [{ key: chartKey(ds, `ranking-${e.year}`), title: barsTitle(bars), sources: [bars.source], page, chart: () => barsSvg(bars, `ranking-${e.year}`, 640) }] : []),
      { key: chartKey(ds, `map-${e.year}`), title: mapTitle(map), sources: map.sources, page, chart: () => mapFileSvg(map, `map-${e.year}`) },
    ];
  });
}

/** What a country page draws for one indicator: the profile beside the closest peers, and a line per series. */
export interface CountryCharts {
  /** The edition the profile and peers are of: the newest complete edition where the country is ranked. */
  focus?: EditionTable;
  peers: string[];
  profile?: { id: string; edition: number; countries: string[]; title: string };
  lines: { id: string; series: string; title: string }[];
}

/** The charts of `iso3` on `ds`. */
export function countryCharts(ds: Dataset, iso3: string): CountryCharts {
  const name = nameOf(ds, iso3);
  const rowOf = (t: EditionTable, code: string) => t.rows.find((r) => r.iso3 === code);
  const focus = focusTable(ds, iso3);
  const peers = focus ? peersOf(focus, iso3, focus.rankedBy!).map((p) => p.iso3) : [];
  const chartId = `${iso3.toLowerCase()}-${ds.dataset}`;
  const lines = seriesOf(ds).map((series) => {
    const years = ds.editions.filter((e) => e.series === series).map((e) => e.year);
    return { id: `${chartId}-line-${years[0]}`, series,
      title: `${ds.shortName} ${years[0]}–${years.at(-1)}: ${name}'s value in each edition, with the OECD average where published; rank beside the value in the table.` };
  });
  return {
    ...(focus ? {
      focus,
      profile: { id: `${chartId}-profile`, edition: focus.edition, countries: [iso3, ...peers],
        title: `Sub-indicators, ${ds.shortName} ${focus.edition}: ${name} (highlighted) and its ${peers.length} closest peers${rowOf(focus, 'OECD') ? ', with the OECD average as a dashed line' : ''}.` },
    } : {}),
    peers, lines,
  };
}

/** The files of a country's charts on `ds`. */
export function countryChartFiles(ds: Dataset, iso3: string): ChartFile[] {
  const c = countryCharts(ds, iso3);
  const page = countryIndicatorUrl(iso3, ds.dataset);
  const files: ChartFile[] = [];
  if (c.profile) {
    const s = profileState(ds, c.profile.edition, c.profile.countries, iso3);
    const p = c.profile;
    if (drawableProfile(s)) files.push({ key: chartKey(ds, p.id), title: p.title, sources: [s.source], page, chart: () => profileSvg(s, p.id) });
  }
  for (const l of c.lines) {
    const s = lineState(ds, l.series, [iso3]);
    if (drawableLine(s)) files.push({ key: chartKey(ds, l.id), title: l.title, sources: s.sources, page, chart: () => lineSvg(s, l.id, LINE_WIDE) });
  }
  return files;
}
