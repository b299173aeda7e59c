/** Line: layout -> SVG nodes, its table (value, rank, share of the leader's value), and the whole figure. */
import { figure, noChart, svgRoot } from '../shared/figure.ts';
import { DASH, PALETTE } from '../shared/palette.ts';
import { h, type Child, type VNode } from '../shared/vnode.ts';
import { lineLayout, type LineLayout } from './layout.ts';
import { describeLine, drawableLine, type LineState } from './state.ts';

/** Widths of the two layouts a page switches between (figure.ts). */
export const LINE_WIDE = 640;
export const LINE_NARROW = 300;

/** Grid lines with their values, and the edition years below. */
function axes(l: LineLayout): VNode {
  return h('g', { class: 'chart-axis' },
    l.ticks.map((t) => [
      h('line', { x1: l.left, x2: l.right, y1: t.at, y2: t.at, stroke: PALETTE.grid }),
      h('text', { x: l.left - 6, y: t.at, dy: '0.35em', 'text-anchor': 'end', fill: PALETTE.muted }, t.label),
    ]).flat(),
    l.columns.map((c) => [
      h('line', { x1: c.x, x2: c.x, y1: l.bottom, y2: l.bottom + 4, stroke: PALETTE.muted }),
      c.label && h('text', { x: c.x, y: l.bottom + 18, 'text-anchor': 'middle', fill: PALETTE.ink }, String(c.edition)),
    ]).flat(),
  );
}

/** Each line's name in its colour beside the plot; a thin leader joins a name moved away from its value. */
function labels(l: LineLayout): VNode {
  return h('g', { class: 'chart-labels-right' }, l.labels.map((e) => [
    h('line', { x1: e.pointX + 5, x2: e.x + 2, y1: e.pointY, y2: e.y, stroke: e.colour, 'stroke-width': 1, 'stroke-dasharray': '1 2' }),
    h('text', { x: e.x + 6, y: e.y, dy: '0.35em', fill: e.colour, 'font-weight': e.reference ? 600 : 400 }, e.text),
  ]).flat());
}

/** The SVG of a line chart, `width` pixels wide (it scales down with its viewBox, never up). */
export function lineSvg(s: LineState, id: string, width = LINE_WIDE, variant?: 'wide' | 'narrow'): VNode {
  const l = lineLayout(s, width);
  return svgRoot(
    { id, width: l.width, height: l.height, title: `${s.metric.name}, ${s.shortName} ${s.editions[0]}–${s.editions.at(-1)}`, desc: describeLine(s), ...(variant ? { variant } : {}) },
    axes(l),
    h('g', { class: 'chart-marks' }, l.lines.map((line) => h('g', { 'data-iso3': line.iso3 },
      h('path', { d: line.path, fill: 'none', stroke: line.colour, 'stroke-width': 2.5, 'stroke-dasharray': line.reference ? DASH : undefined }),
      line.dots.map((d) => h('circle', { cx: d.x, cy: d.y, r: 3.5, fill: line.colour, 'data-edition': d.edition })),
    ))),
    labels(l),
  );
}

/** One row per edition: each line's value, and for countries the rank and the share of the leader's value. */
export function lineTable(s: LineState, id: string): VNode {
  const countries = s.lines.filter((l) => !l.reference);
  return h('section', { class: 'table-wrap', tabindex: 0, 'aria-labelledby': `${id}-cap` },
    h('table', { 'data-table': 'line', 'data-series': s.series },
      h('caption', { id: `${id}-cap` }, `${s.metric.name}, ${s.editions[0]}–${s.editions.at(-1)}, by edition, as published, with the hub's rank among the countries with a value and the value ÷ the leader's value`),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Edition'),
        s.lines.map((l) => h('th', { scope: 'col', class: 'num' }, l.name)),
        countries.map((l) => [h('th', { scope: 'col', class: 'num' }, `${l.name}: rank`), h('th', { scope: 'col', class: 'num' }, `${l.name} ÷ leader`)]).flat(),
      )),
      h('tbody', null, s.editions.map((e, i) => h('tr', { 'data-edition': e },
        h('th', { scope: 'row' }, String(e), s.lines[0]?.points[i]?.partial ? ' (partial)' : ''),
        s.lines.map((l) => {
          const p = l.points[i]!;
          return p.text === undefined
            ? h('td', { class: 'num nodata', 'data-iso3': l.iso3 }, 'no data')
            : h('td', { class: 'num', 'data-iso3': l.iso3, 'data-value': p.text }, p.text);
        }),
        countries.map((l) => {
          const p = l.points[i]!;
          return p.rank === undefined
            ? [h('td', { class: 'num nodata' }, 'no data'), h('td', { class: 'num nodata' }, 'no data')]
            : [h('td', { class: 'num', 'data-rank': p.rank }, `${p.rank} of ${p.of}`), h('td', { class: 'num' }, p.ofLeader)];
        }).flat(),
      ))),
    ),
  );
}

/** The title of the figure (and of its export files). */
export const lineTitle = (s: LineState) => `${s.metric.name}, ${s.shortName} ${s.editions.join(', ')}.`;

/** The notes of the figure: the comparability caveat, the gaps, and what a rank is. */
export const lineNotes = (s: LineState, caveat?: string) =>
  [...(caveat ? [caveat] : []), ...s.notes, 'Rank: the hub’s order among the countries with a value in each edition, ties sharing a rank.'];

/** The figure: the line chart (a wide and a narrow layout) and its table, or a sentence saying why nothing is drawn. */
export function lineFigure(s: LineState, id: string, opts: { title?: string; caveat?: string; exports?: Child } = {}): VNode {
  const ok = drawableLine(s);
  return figure({
    id,
    kind: 'line',
    title: opts.title ?? lineTitle(s),
    notes: lineNotes(s, opts.caveat),
    sources: s.sources,
    body: ok ? lineSvg(s, `${id}-svg`, LINE_WIDE, 'wide') : noChart(`No ${s.metric.name} was published for these countries in ${s.editions.join(', ')}.`),
    ...(ok ? { narrow: lineSvg(s, `${id}-svg-n`, LINE_NARROW, 'narrow') } : {}),
    table: ok ? lineTable(s, `${id}-table`) : undefined,
    exports: ok ? opts.exports : undefined,
  });
}
