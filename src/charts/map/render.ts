/**
 * Map: shapes + state -> an SVG choropleth (each country a link named "<Country>: <value>" or "no data"), its
 * legend, and the figure. The map scales with its viewBox (it holds no text); the legend is a fluid SVG of its own
 * (shared/fluid.ts), so its text keeps 12–13 px at any width. The numbers are in the edition's table on the same
 * page, so the figure carries none.
 */
import { format } from 'd3-format';
import { countryUrl } from '../../lib/urls.ts';
import { figure, svgRoot } from '../shared/figure.ts';
import { xAt } from '../shared/fluid.ts';
import { PALETTE } from '../shared/palette.ts';
import { wrap } from '../shared/text.ts';
import { h, type Child, type VNode } from '../shared/vnode.ts';
import { worldShapes, type MapFrame } from './geometry.ts';
import type { MapState } from './state.ts';

/** The world map of indicator pages: 640 × 330, relative coordinates to 1 decimal, points under 1.5 px apart merged. */
export const WORLD: MapFrame = { width: 640, height: 330, digits: 1, tolerance: 1.5 };
/** The legend: three classes a row, each a swatch and its range below it. */
const PER_ROW = 3;
const LEGEND_ROW = 40;
const NO_DATA = '#f2f2f2';
const OTHER = '#e4e4e4';
const fmt = format('.2~f');

/** The hatch pattern of "no data": grey diagonal lines, never a colour of the scale. */
export function hatch(id: string): VNode {
  return h('defs', null, h('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    h('rect', { width: 6, height: 6, fill: NO_DATA }),
    h('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: PALETTE.muted, 'stroke-width': 1.5 })));
}

/** One legend entry: a swatch and, below it, what it stands for; `i` counts entries left to right, row by row. */
function key(i: number, y: number, fill: string, text: string, attrs: Record<string, string | number>, w?: number): VNode {
  const f = (i % PER_ROW) / PER_ROW;
  const top = y + Math.floor(i / PER_ROW) * LEGEND_ROW;
  return h('g', attrs,
    h('rect', { x: xAt(f, w), y: top, width: xAt(1 / PER_ROW - 0.03, w), height: 12, fill, stroke: PALETTE.muted, 'stroke-width': 0.5 }),
    h('text', { x: xAt(f, w), dx: 1, y: top + 28, fill: PALETTE.ink }, text));
}

/** The legend's title, in lines short enough for a 288 px column. */
const legendTitle = (s: MapState) => wrap(`${s.metric.name} (${s.shortName} ${s.edition})`, 32);

/** Height of the legend of `s`. */
export const legendHeight = (s: MapState) => legendTitle(s).length * 17 + 8 + Math.ceil((s.classes.length + 1) / PER_ROW) * LEGEND_ROW;

/**
 * The colour legend: its title, one swatch per class with its range, then "no data" hatched. Fluid on pages
 * (its own SVG), or `width` pixels wide inside an export file.
 */
export function legend(s: MapState, pattern: string, y = 0, w?: number): VNode {
  const title = legendTitle(s);
  const keys = y + title.length * 17 + 8;
  return h('g', { class: 'chart-legend', 'data-legend': '' },
    h('text', { x: 1, y: y + 14, fill: PALETTE.ink, 'font-weight': 600 }, title.map((line, i) => h('tspan', { x: 1, dy: i === 0 ? 0 : 17 }, line))),
    s.classes.map((c, i) => key(i, keys, c.colour, `${fmt(c.from)}–${fmt(c.to)}`, { 'data-class': i }, w)),
    key(s.classes.length, keys, `url(#${pattern})`, 'no data', { 'data-class': 'no-data' }, w),
  );
}

/** The legend as a fluid SVG of its own, with its own "no data" pattern. */
function legendSvg(s: MapState, id: string): VNode {
  const pattern = `${id}-nodata-key`;
  return svgRoot({ id, width: 'fluid', height: legendHeight(s), title: `Legend: ${s.metric.name}, ${s.shortName} ${s.edition}`,
    desc: `${s.classes.map((c) => `${fmt(c.from)} to ${fmt(c.to)}`).join(', ')}; hatched: no data.` }, hatch(pattern), legend(s, pattern));
}

/** The country shapes: the hub's countries as links (or plain, `links: false`), others (e.g. Greenland) plain and hidden. */
export function shapesOf(s: MapState, pattern: string, links = true): VNode {
  return h('g', { class: 'chart-map', stroke: '#fff', 'stroke-width': 0.4 }, worldShapes(WORLD).map((shape) => {
    const v = shape.iso3 ? s.values.get(shape.iso3) : undefined;
    if (!v) return h('path', { d: shape.d, fill: OTHER, 'aria-hidden': 'true' });
    const fill = v.classIndex === undefined ? `url(#${pattern})` : s.classes[v.classIndex]!.colour;
    if (!links) return h('path', { d: shape.d, fill });
    return h('a', { href: countryUrl(v.iso3), 'aria-label': `${v.name}: ${v.text ?? 'no data'}`, 'data-iso3': v.iso3, ...(v.text === undefined ? { 'data-nodata': '' } : {}) },
      h('path', { d: shape.d, fill }));
  }));
}

/** The SVG: every shape (no text, so it may scale with its viewBox). */
export function mapSvg(s: MapState, id: string): VNode {
  const pattern = `${id}-nodata`;
  const root = svgRoot(
    { id, width: WORLD.width, height: WORLD.height, title: `Map: ${s.metric.name}, ${s.shortName} ${s.edition}`,
      desc: `${s.withValue} countries with a value, coloured in ${s.classes.length} classes; the others hatched as no data. Each country links to its page.` },
    hatch(pattern),
    shapesOf(s, pattern),
  );
  // A group, not an image: it holds links, and an image's children are presentational (axe: nested-interactive).
  root.attrs.role = 'group';
  return root;
}

/** The map and its legend in one SVG, 640 px wide, without links: for the chart's files. */
export function mapFileSvg(s: MapState, id: string): VNode {
  const pattern = `${id}-nodata`;
  return svgRoot(
    { id, width: WORLD.width, height: WORLD.height + 12 + legendHeight(s), title: mapTitle(s), desc: `${s.withValue} countries with a value.` },
    hatch(pattern),
    shapesOf(s, pattern, false),
    h('g', { transform: `translate(0 ${WORLD.height + 12})` }, legend(s, pattern, 0, WORLD.width)),
  );
}

/** The title of the figure (and of its export files). */
export const mapTitle = (s: MapState) => `${s.metric.name}, ${s.shortName} ${s.edition}${s.partial ? ' (partial edition)' : ''}: a world map.`;

/** The figure: the map and its legend, its title, notes and source; the values are in the edition table beside it. */
export function mapFigure(s: MapState, id: string, tableNote: string, exports?: Child): VNode {
  return figure({
    id, kind: 'map',
    title: mapTitle(s),
    notes: [
      `Classes of equal width on the indicator's scale; hatched: no data (never 0). Boundaries: Natural Earth 1:110m (world-atlas), simplified. Every country is a link to its page. ${tableNote}`,
    ],
    sources: s.sources,
    body: mapSvg(s, `${id}-svg`),
    legend: legendSvg(s, `${id}-legend`),
    exports,
  });
}
