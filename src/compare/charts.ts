/**
 * The compare view's four charts for a selection: their states, titles and files. The build writes the default
 * view's files (/charts/compare/…); in the browser, any other view's SVG is built from the same nodes as a data:
 * address. Its PNG is not: the site's Content Security Policy (img-src 'self') rightly keeps the page from
 * drawing an SVG into a canvas, and a rasteriser in the page would cost far more than its 35 kB budget. Pure.
 */
import { barsSvg, barsTitle } from '../charts/bars/render.ts';
import { barsState, type BarsState } from '../charts/bars/state.ts';
import type { ChartFile } from '../charts/export/catalog.ts';
import { exportLinks, exportMarkup } from '../charts/export/frame.ts';
import { LINE_WIDE, lineSvg } from '../charts/line/render.ts';
import { lineState, type LineState } from '../charts/line/state.ts';
import { profileSvg, profileTitle } from '../charts/profile/render.ts';
import { profileState, type ProfileState } from '../charts/profile/state.ts';
import { SLOPE_WIDE, slopeSvg, slopeTitle } from '../charts/slope/render.ts';
import { slopeState, type SlopeState } from '../charts/slope/state.ts';
import type { VNode } from '../charts/shared/vnode.ts';
import { editionOf, type Dataset } from '../indicators/dataset.ts';
import { compareUrl } from '../lib/urls.ts';
import { toQuery, type Selection } from './selection.ts';

/** The states of the four charts, countries in the bars' order (highest first). */
export interface CompareCharts {
  bars: BarsState;
  profile: ProfileState;
  line: LineState;
  lineTitle: string;
  slope: SlopeState;
  files: { bars: ChartFile; profile: ChartFile; line: ChartFile; slope: ChartFile };
}

/** The charts of `sel`. */
export function compareCharts(ds: Dataset, sel: Selection): CompareCharts {
  const bars = barsState(ds, sel.edition, sel.countries);
  const order = bars.bars.map((b) => b.iso3);
  const profile = profileState(ds, sel.edition, order);
  const line = lineState(ds, editionOf(ds, sel.edition).series, order);
  const slope = slopeState(ds, sel.edition, order);
  const lineTitle = `${line.metric.name}, ${ds.shortName} ${line.editions.join(', ')}: every edition comparable with ${sel.edition}, with the OECD average where published; rank beside the value in the table.`;
  const page = compareUrl(toQuery(sel));
  const file = (id: string, title: string, sources: ChartFile['sources'], chart: () => VNode): ChartFile => ({ key: `compare/${id}`, title, sources, page, chart });
  return {
    bars, profile, line, lineTitle, slope,
    files: {
      bars: file('cmp-bars', barsTitle(bars), [bars.source], () => barsSvg(bars, 'cmp-bars', 640)),
      profile: file('cmp-profile', profileTitle(profile), [profile.source], () => profileSvg(profile, 'cmp-profile')),
      line: file('cmp-line', lineTitle, line.sources, () => lineSvg(line, 'cmp-line', LINE_WIDE)),
      slope: file('cmp-slope', slopeTitle(slope), slope.sources, () => slopeSvg(slope, 'cmp-slope', SLOPE_WIDE)),
    },
  };
}

/**
 * The download links of a chart: the built files (`origin` undefined: the default view, at build time), or, for
 * a view made in the browser, the framed SVG as a data: address and a word on the PNG.
 */
export function compareExport(f: ChartFile, origin?: string): VNode {
  if (origin === undefined) return exportLinks(f.key);
  const svg = exportMarkup(f.chart(), { title: f.title, sources: f.sources, page: origin + f.page });
  const links = exportLinks(f.key, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, null);
  links.children.push(' A PNG is made when the site is built, for the default view only.');
  return links;
}
