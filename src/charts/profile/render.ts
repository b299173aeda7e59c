/** Profile: layout -> SVG nodes, and the whole figure. Runs at build time (text) and in the browser (DOM). */
import { figure, noChart, svgRoot } from '../shared/figure.ts';
import { DASH, PALETTE } from '../shared/palette.ts';
import { h, type Child, type VNode } from '../shared/vnode.ts';
import { profileLayout, type Panel, type ProfileLayout } from './layout.ts';
import { profileNarrowSvg } from './narrow.ts';
import { describeProfile, type ProfileState } from './state.ts';

/** What the marks mean, in words beside each shape. */
function legend(l: ProfileLayout, hasReference: boolean): VNode {
  return h(
    'g',
    { class: 'chart-legend', 'aria-hidden': 'true' },
    h('circle', { cx: l.labelRight + 22, cy: l.legendY, r: 5, fill: PALETTE.country }),
    h('text', { x: l.labelRight + 32, y: l.legendY, dy: '0.35em', fill: PALETTE.ink }, 'Country score'),
    hasReference && [
      h('line', { x1: l.labelRight + 150, x2: l.labelRight + 150, y1: l.legendY - 8, y2: l.legendY + 8, stroke: PALETTE.reference, 'stroke-width': 2, 'stroke-dasharray': '3 2' }),
      h('text', { x: l.labelRight + 158, y: l.legendY, dy: '0.35em', fill: PALETTE.ink }, 'OECD average'),
    ],
  );
}

/** A panel: heading, grid, the OECD average line, and (first panel only: all share the scale) tick labels. */
function panel(l: ProfileLayout, p: Panel, first: boolean): VNode {
  return h(
    'g',
    { class: 'chart-panel' },
    h('text', { x: p.x0, y: l.headingY, 'font-size': l.headingSize, 'font-weight': 600, fill: PALETTE.ink },
      p.heading.map((line, i) => h('tspan', { x: p.x0, dy: i === 0 ? 0 : l.headingSize + 2 }, line))),
    p.ticks.map((t) => [
      h('line', { x1: t.at, x2: t.at, y1: l.top, y2: l.bottom, stroke: PALETTE.grid }),
      first && h('text', { x: t.at, y: l.bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: PALETTE.muted }, t.label),
    ]).flat(),
    p.reference && h('line', { x1: p.reference.x, x2: p.reference.x, y1: l.top - 4, y2: l.bottom, stroke: PALETTE.reference, 'stroke-width': 2, 'stroke-dasharray': DASH }),
  );
}

/** A row: the country's name (bold when it is the page's country) and a dot, or "no data", per panel. */
function row(l: ProfileLayout, r: ProfileLayout['rows'][number]): VNode {
  return h(
    'g',
    { class: 'chart-row' },
    h('text', { x: l.labelRight - 4, y: r.y, dy: '0.35em', 'text-anchor': 'end', fill: PALETTE.ink, 'font-weight': r.focus ? 700 : 400 }, r.label),
    r.dots.map((d): Child =>
      d.missing
        ? h('text', { x: d.x, y: d.y, dy: '0.35em', 'text-anchor': 'middle', 'font-size': 11, 'font-style': 'italic', fill: PALETTE.muted }, d.text)
        : h('circle', { cx: d.x, cy: d.y, r: 5.5, fill: PALETTE.country, stroke: '#ffffff', 'stroke-width': 1 }, h('title', null, d.title)),
    ),
  );
}

/** The SVG of a profile, panels side by side, `width` pixels wide (it scales down with its viewBox, never up). */
export function profileSvg(s: ProfileState, id: string, width = 720, variant?: 'wide'): VNode {
  const l = profileLayout(s, width);
  const title = `Sub-indicators, ${s.shortName} ${s.edition}`;
  return svgRoot(
    { id, width: l.width, height: l.height, title, desc: describeProfile(s), ...(variant ? { variant } : {}) },
    legend(l, Boolean(s.reference)),
    l.rows.filter((r) => r.focus).map((r) => h('rect', { x: 0, y: r.y - l.rowHeight / 2, width: l.width, height: l.rowHeight, fill: PALETTE.band })),
    l.panels.map((p, i) => panel(l, p, i === 0)),
    l.rows.map((r) => row(l, r)),
  );
}

/** The title of the figure (and of its export files). */
export const profileTitle = (s: ProfileState) =>
  `Sub-indicators, ${s.shortName} ${s.edition}: each country's score${s.reference ? ', with the OECD average as a dashed line' : ''}.`;

/** Whether there is a profile to draw. */
export const drawableProfile = (s: ProfileState) => s.metrics.length > 0 && s.rows.length > 0;

/** The figure: the profile (panels side by side, or stacked in a narrow column), or a sentence when none was published. */
export function profileFigure(s: ProfileState, id: string, opts: { title?: string; table?: Child; exports?: Child } = {}): VNode {
  const ok = drawableProfile(s);
  return figure({
    id,
    kind: 'profile',
    title: opts.title ?? profileTitle(s),
    notes: ok ? s.notes : s.notes.slice(1),
    sources: [s.source],
    body: ok ? profileSvg(s, `${id}-svg`, 720, 'wide') : noChart(s.notes[0] ?? 'No country to draw.'),
    ...(ok ? { narrow: profileNarrowSvg(s, `${id}-svg-n`), wideFrom: 45 as const } : {}),
    table: opts.table,
    exports: ok ? opts.exports : undefined,
  });
}

/** The numbers of a profile as a table: one row per country and for the OECD average, one column per measure. */
export function profileTable(s: ProfileState, id: string): VNode {
  const cells = (list: ProfileState['rows'][number]['cells']) =>
    list.map((c, i) => (c === undefined
      ? h('td', { class: 'num nodata', 'data-metric': s.metrics[i]!.id }, 'no data')
      : h('td', { class: 'num', 'data-metric': s.metrics[i]!.id, 'data-value': c.text }, c.text)));
  return h(
    'section',
    { class: 'table-wrap', tabindex: 0, 'aria-labelledby': `${id}-cap` },
    h('table', { 'data-table': 'profile', 'data-edition': s.edition },
      h('caption', { id: `${id}-cap` }, `Sub-indicators, ${s.shortName} ${s.edition}, as published`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Country'), s.metrics.map((m) => h('th', { scope: 'col', class: 'num' }, m.name)))),
      h('tbody', null,
        s.rows.map((r) => h('tr', { 'data-iso3': r.iso3 }, h('th', { scope: 'row' }, r.name), cells(r.cells))),
        s.reference && h('tr', { class: 'aggregate', 'data-iso3': 'OECD' }, h('th', { scope: 'row' }, s.reference.name), cells(s.reference.cells)),
      )),
  );
}
