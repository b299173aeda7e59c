/** Bars: layout -> SVG nodes, and the whole figure. Runs at build time (text) and in the browser (DOM). */
import { figure, noChart, svgRoot } from '../shared/figure.ts';
import { xAt } from '../shared/fluid.ts';
import { PALETTE } from '../shared/palette.ts';
import { h, type Child, type VNode } from '../shared/vnode.ts';
import { barsLayout, type BarsLayout } from './layout.ts';
import { describeBars, type BarsState } from './state.ts';

/** The value axis above the bars and its grid lines. */
function axis(l: BarsLayout, w?: number): VNode {
  return h(
    'g',
    { class: 'chart-axis', 'aria-hidden': 'true' },
    l.ticks.map((t) => [
      h('line', { x1: xAt(t.f, w), x2: xAt(t.f, w), y1: l.axisY + 4, y2: l.plot.bottom, stroke: PALETTE.grid }),
      h('text', { x: xAt(t.f, w), y: l.axisY, 'text-anchor': t.anchor, fill: PALETTE.muted }, t.label),
    ]).flat(),
  );
}

/** Each row: the country's name and its published value (or "no data"), and below them its bar. */
function rows(l: BarsLayout, w?: number): VNode {
  return h(
    'g',
    { class: 'chart-marks' },
    l.bars.map((b) =>
      h(
        'g',
        { 'data-iso3': b.iso3 },
        h('text', { x: 1, y: b.textY, fill: PALETTE.ink }, b.label),
        h('text', { x: xAt(1, w), y: b.textY, 'text-anchor': 'end', fill: b.f === undefined ? PALETTE.muted : PALETTE.ink, 'font-style': b.f === undefined ? 'italic' : undefined }, b.valueLabel),
        b.f !== undefined && h('rect', { x: 0, y: b.barY, width: xAt(Math.max(b.f, 0.002), w), height: b.barHeight, fill: PALETTE.country }),
      ),
    ),
  );
}

/** The OECD average: a dashed line over the bar bands only, labelled at the top with its name and value. */
function reference(l: BarsLayout, w?: number): Child {
  const r = l.reference;
  if (!r) return null;
  return h(
    'g',
    { class: 'chart-reference' },
    h('line', { x1: xAt(r.f, w), x2: xAt(r.f, w), y1: r.y1, y2: l.plot.bottom, stroke: PALETTE.reference, 'stroke-width': 2, 'stroke-dasharray': r.dash }),
    h('text', { x: xAt(r.f, w), y: r.labelY, 'text-anchor': r.anchor, fill: PALETTE.reference, 'font-weight': 600 }, r.label),
  );
}

/** The SVG of a bar chart: fluid on pages, `width` pixels wide for an export file. */
export function barsSvg(s: BarsState, id: string, width?: number): VNode {
  const l = barsLayout(s);
  const title = `${s.metric.name}, ${s.shortName} ${s.edition}`;
  return svgRoot({ id, width: width ?? 'fluid', height: l.height, title, desc: describeBars(s) }, axis(l, width), rows(l, width), reference(l, width));
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

/** Whether there is a bar to draw. */
export const drawableBars = (s: BarsState) => emptyReason(s) === undefined;

/** The title of the figure (and of its export files). */
export const barsTitle = (s: BarsState) => `${s.metric.name}, ${s.shortName} ${s.edition}, highest first${s.reference ? ', with the OECD average' : ''}.`;

/** The figure: title, notes and source around the SVG (or a sentence when nothing was published). */
export function barsFigure(s: BarsState, id: string, opts: { title?: string; exports?: Child } = {}): VNode {
  const reason = emptyReason(s);
  return figure({
    id,
    kind: 'bars',
    title: opts.title ?? barsTitle(s),
    notes: reason && s.bars.length === 0 ? s.notes.filter((n) => !n.startsWith('No country values')) : s.notes,
    sources: [s.source],
    body: reason ? noChart(reason) : barsSvg(s, `${id}-svg`),
    exports: reason ? undefined : opts.exports,
  });
}


