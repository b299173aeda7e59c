/** Slope: layout -> SVG nodes, its table, and the whole figure. Runs at build time (text) and in the browser (DOM). */
import { figure, noChart, svgRoot } from '../shared/figure.ts';
import { DASH, PALETTE } from '../shared/palette.ts';
import { h, type Child, type VNode } from '../shared/vnode.ts';
import { slopeLayout, type EndLabel, type SlopeLayout } from './layout.ts';
import { describeSlope, drawable, type SlopeState } from './state.ts';

/** Widths of the two layouts a page switches between (figure.ts). */
export const SLOPE_WIDE = 640;
export const SLOPE_NARROW = 300;

/** The edition columns: a vertical rule and the year above it. */
function columns(l: SlopeLayout): VNode {
  return h(
    'g',
    { class: 'chart-axis' },
    l.columns.map((c) => [
      h('line', { x1: c.x, x2: c.x, y1: l.top - 6, y2: l.bottom, stroke: PALETTE.grid }),
      h('text', { x: c.x, y: l.top - 14, 'text-anchor': 'middle', 'font-weight': 700, fill: PALETTE.ink }, String(c.edition)),
    ]).flat(),
  );
}

/** Labels at one end; a thin leader joins a label moved away from its point. */
function labels(list: EndLabel[], x: number, side: 'left' | 'right'): VNode {
  const dx = side === 'left' ? -10 : 10;
  return h(
    'g',
    { class: `chart-labels-${side}` },
    list.map((e) => [
      Math.abs(e.y - e.pointY) > 2 && h('line', { x1: x + dx * 0.4, x2: x + dx * 0.9, y1: e.pointY, y2: e.y, stroke: PALETTE.muted }),
      h('text', { x: x + dx, y: e.y, dy: '0.35em', 'text-anchor': side === 'left' ? 'end' : 'start', fill: e.colour, 'font-weight': e.reference ? 600 : 400 }, e.text),
    ]).flat(),
  );
}

/** The SVG of a slope chart, `width` pixels wide (it scales down with its viewBox, never up). */
export function slopeSvg(s: SlopeState, id: string, width = SLOPE_WIDE, variant?: 'wide' | 'narrow'): VNode {
  const l = slopeLayout(s, width);
  const first = l.columns[0]!.x;
  const last = l.columns[l.columns.length - 1]!.x;
  return svgRoot(
    { id, width: l.width, height: l.height, title: `${s.metric.name}, ${s.shortName} ${s.editions.join('–')}`, desc: describeSlope(s), ...(variant ? { variant } : {}) },
    columns(l),
    h('g', { class: 'chart-marks' }, l.lines.map((line) => h(
      'g',
      { 'data-iso3': line.iso3 },
      h('path', { d: line.path, fill: 'none', stroke: line.colour, 'stroke-width': 2.5, 'stroke-dasharray': line.reference ? DASH : undefined }),
      line.dots.map((d) => h('circle', { cx: d.x, cy: d.y, r: 4.5, fill: line.colour })),
    ))),
    labels(l.left, first, 'left'),
    labels(l.right, last, 'right'),
  );
}

/** The numbers of the slope chart as a table: one row per line, one column per edition. */
export function slopeTable(s: SlopeState, id: string): VNode {
  return h(
    'section',
    { class: 'table-wrap', tabindex: 0, 'aria-labelledby': `${id}-cap` },
    h('table', { 'data-table': 'slope' },
      h('caption', { id: `${id}-cap` }, `${s.metric.name} by edition, as published`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Country'), s.editions.map((e) => h('th', { scope: 'col', class: 'num' }, String(e))))),
      h('tbody', null, s.lines.map((l) => h('tr', { class: l.reference ? 'aggregate' : undefined, 'data-iso3': l.iso3 },
        h('th', { scope: 'row' }, l.name),
        l.points.map((p) => (p.text === undefined
          ? h('td', { class: 'num nodata', 'data-edition': p.edition }, 'no data')
          : h('td', { class: 'num', 'data-edition': p.edition, 'data-value': p.text }, p.text))),
      )))),
  );
}

/** The title of the figure (and of its export files). */
export const slopeTitle = (s: SlopeState) =>
  (s.editions.length > 1 ? `${s.metric.name} in the ${s.editions.join(' and ')} editions, which are comparable.` : `Change between editions, ${s.shortName}.`);

/** The figure: the slope chart (a wide and a narrow layout) and its table, or a sentence saying why no change is drawn. */
export function slopeFigure(s: SlopeState, id: string, opts: { title?: string; exports?: Child } = {}): VNode {
  const ok = drawable(s);
  const reason = ok ? undefined : s.editions.length < 2 ? s.notes[0] : `No ${s.metric.name} was published for these countries in the comparable editions.`;
  return figure({
    id,
    kind: 'slope',
    title: opts.title ?? slopeTitle(s),
    notes: s.notes.filter((n) => n !== reason),
    sources: s.sources,
    body: ok ? slopeSvg(s, `${id}-svg`, SLOPE_WIDE, 'wide') : noChart(reason!),
    ...(ok ? { narrow: slopeSvg(s, `${id}-svg-n`, SLOPE_NARROW, 'narrow') } : {}),
    table: ok ? slopeTable(s, `${id}-table`) : undefined,
    exports: ok ? opts.exports : undefined,
  });
}
