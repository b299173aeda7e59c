/**
 * Map: shapes + state -> an SVG choropleth (each country a link named "<Country>: <value>" or "no data"), its
 * legend, and the figure. The numbers are in the edition's table on the same page, so the figure carries none.
 */
import { format } from 'd3-format';
import { countryUrl } from '../../lib/urls.ts';
import { figure, svgRoot } from '../shared/figure.ts';
import { PALETTE } from '../shared/palette.ts';
import { h, type VNode } from '../shared/vnode.ts';
import { worldShapes, type MapFrame } from './geometry.ts';
import type { MapState } from './state.ts';

/** The world map of indicator pages: 640 × 330, relative coordinates to 1 decimal, points under 1.5 px apart merged. */
export const WORLD: MapFrame = { width: 640, height: 330, digits: 1, tolerance: 1.5 };
const LEGEND_H = 44;
const NO_DATA = '#f2f2f2';
const OTHER = '#e4e4e4';
const fmt = format('.2~f');

/** The hatch pattern of "no data": grey diagonal lines, never a colour of the scale. */
function hatch(id: string): VNode {
  return h('defs', null, h('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    h('rect', { width: 6, height: 6, fill: NO_DATA }),
    h('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: PALETTE.muted, 'stroke-width': 1.5 })));
}

/** The colour legend: one swatch per class with its range, then "no data" hatched. */
function legend(s: MapState, y: number, pattern: string): VNode {
  const w = 80;
  return h('g', { class: 'chart-legend', 'data-legend': '' },
    h('text', { x: 0, y: y + 10, fill: PALETTE.ink }, `${s.metric.name} (${s.shortName} ${s.edition})`),
    s.classes.map((c, i) => h('g', { 'data-class': i },
      h('rect', { x: i * w, y: y + 16, width: w - 4, height: 12, fill: c.colour, stroke: PALETTE.muted, 'stroke-width': 0.5 }),
      h('text', { x: i * w, y: y + 40, fill: PALETTE.ink, 'font-size': 11 }, `${fmt(c.from)}–${fmt(c.to)}`))),
    h('g', { 'data-class': 'no-data' },
      h('rect', { x: s.classes.length * w + 12, y: y + 16, width: w - 4, height: 12, fill: `url(#${pattern})`, stroke: PALETTE.muted, 'stroke-width': 0.5 }),
      h('text', { x: s.classes.length * w + 12, y: y + 40, fill: PALETTE.ink, 'font-size': 11 }, 'no data')),
  );
}

/** The SVG: every shape; the hub's countries as links, others (e.g. Greenland) plain and hidden from readers. */
export function mapSvg(s: MapState, id: string): VNode {
  const pattern = `${id}-nodata`;
  const shapes = worldShapes(WORLD);
  const root = svgRoot(
    { id, width: WORLD.width, height: WORLD.height + LEGEND_H + 8, title: `Map: ${s.metric.name}, ${s.shortName} ${s.edition}`,
      desc: `${s.withValue} countries with a value, coloured in ${s.classes.length} classes; the others hatched as no data. Each country links to its page.` },
    hatch(pattern),
    h('g', { class: 'chart-map', stroke: '#fff', 'stroke-width': 0.4 }, shapes.map((shape) => {
      const v = shape.iso3 ? s.values.get(shape.iso3) : undefined;
      if (!v) return h('path', { d: shape.d, fill: OTHER, 'aria-hidden': 'true' });
      const fill = v.classIndex === undefined ? `url(#${pattern})` : s.classes[v.classIndex]!.colour;
      return h('a', { href: countryUrl(v.iso3), 'aria-label': `${v.name}: ${v.text ?? 'no data'}`, 'data-iso3': v.iso3, ...(v.text === undefined ? { 'data-nodata': '' } : {}) },
        h('path', { d: shape.d, fill }));
    })),
    legend(s, WORLD.height + 4, pattern),
  );
  // A group, not an image: it holds links, and an image's children are presentational (axe: nested-interactive).
  root.attrs.role = 'group';
  return root;
}

/** The figure: the map, its title, notes and source; the values are in the edition table beside it. */
export function mapFigure(s: MapState, id: string, tableNote: string): VNode {
  return figure({
    id, kind: 'map',
    title: `${s.metric.name}, ${s.shortName} ${s.edition}${s.partial ? ' (partial edition)' : ''}: a world map.`,
    notes: [
      `Classes of equal width on the indicator's scale; hatched: no data (never 0). Boundaries: Natural Earth 1:110m (world-atlas), simplified. Every country is a link to its page. ${tableNote}`,
    ],
    sources: s.sources,
    body: mapSvg(s, `${id}-svg`),
  });
}
