/** Bars: layout -> SVG nodes, and the whole figure. Runs at build time (text) and in the browser (DOM). */
import { figure, noChart, svgRoot } from '../shared/figure.ts';
import { DASH, PALETTE } from '../shared/palette.ts';
import { h, type VNode } from '../shared/vnode.ts';
import { barsLayout, type BarsLayout } from './layout.ts';
import { describeBars, type BarsState } from './state.ts';

/** The grid lines and the value axis under the bars. */
function axis(l: BarsLayout): VNode {
  return h(
    'g',
    { class: 'chart-axis', 'aria-hidden': 'true' },
    l.ticks.map((t) => [
      h('line', { x1: t.at, x2: t.at, y1: l.plot.top - 4, y2: l.plot.bottom, stroke: PALETTE.grid }),
      h('text', { x: t.at, y: l.plot.bottom + 18, 'text-anchor': 'middle', fill: PALETTE.muted, 'font-size': 12 }, t.label),
    ]).flat(),
  );
}

/** Each row: the country's name, its bar and its published value, or "no data" and no bar. */
function rows(l: BarsLayout): VNode {
  return h(
    'g',
    { class: 'chart-marks', 'font-size': l.fontSize },
    l.bars.map((b) =>
      h(
        'g',
        { 'data-iso3': b.iso3 },
        h('text', { x: b.x0 - 8, y: b.y, dy: '0.35em', 'text-anchor': 'end', fill: PALETTE.ink }, b.label),
        b.x1 === undefined
          ? h('text', { x: b.x0 + 6, y: b.y, dy: '0.35em', fill: PALETTE.muted, 'font-style': 'italic' }, b.valueLabel)
          : [
              h('rect', { x: b.x0, y: b.y - b.barHeight / 2, width: Math.max(1, b.x1 - b.x0), height: b.barHeight, fill: PALETTE.country }),
              h('text', { x: b.x1 + 5, y: b.y, dy: '0.35em', fill: PALETTE.ink }, b.valueLabel),
            ],
      ),
    ),
  );
}

/** The OECD average: a dashed line across every row, labelled with its name and published value. */
function reference(l: BarsLayout): VNode | undefined {
  const r = l.reference;
  if (!r) return undefined;
  return h(
    'g',
    { class: 'chart-reference' },
    h('line', { x1: r.x, x2: r.x, y1: l.plot.top - 6, y2: l.plot.bottom, stroke: PALETTE.reference, 'stroke-width': 2, 'stroke-dasharray': DASH }),
    h('text', { x: r.labelX, y: l.plot.top - 12, 'text-anchor': r.anchor, fill: PALETTE.reference, 'font-weight': 600 }, r.label),
  );
}

/** The SVG of a bar chart. */
export function barsSvg(s: BarsState, id: string, width = 640): VNode {
  const l = barsLayout(s, width);
  const title = `${s.metric.name}, ${s.shortName} ${s.edition}`;
  return svgRoot({ id, width: l.width, height: l.height, title, desc: describeBars(s) }, axis(l), rows(l), reference(l));
}

/** Why there is no bar to draw, or undefined when there is one. */
function emptyReason(s: BarsState): string | undefined {
  if (s.bars.some((b) => b.value !== undefined)) return undefined;
  if (s.bars.length === 0) {
    const ref = s.reference ? `; the ${s.reference.name} is ${s.reference.text}` : '';
    return `No country values were published for the ${s.shortName} ${s.edition}${ref}.`;
  }
  return `No value of ${s.metric.name} was published for ${s.bars.length === 1 ? s.bars[0]!.name : 'the selected countries'} in the ${s.shortName} ${s.edition}.`;
}

/** The figure: title, notes and source around the SVG (or a sentence when nothing was published). */
export function barsFigure(s: BarsState, id: string, opts: { title?: string; width?: number } = {}): VNode {
  const reason = emptyReason(s);
  return figure({
    id,
    kind: 'bars',
    title: opts.title ?? `${s.metric.name}, ${s.shortName} ${s.edition}, highest first${s.reference ? ', with the OECD average' : ''}.`,
    notes: reason && s.bars.length === 0 ? s.notes.filter((n) => !n.startsWith('No country values')) : s.notes,
    sources: [s.source],
    body: reason ? noChart(reason) : barsSvg(s, `${id}-svg`, opts.width),
  });
}
