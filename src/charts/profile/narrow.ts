/**
 * Profile for narrow columns: the panels stacked, one under the other, each a heading and one row per country on
 * a full-width axis, so that names and headings keep 13 px on a 320 px phone. The wide layout (layout.ts) puts the
 * panels side by side. Pure: layout and SVG nodes.
 */
import { linear, ticksOf, type Tick } from '../shared/axis.ts';
import { svgRoot } from '../shared/figure.ts';
import { DASH, PALETTE } from '../shared/palette.ts';
import { clip, textWidth, widest, wrap } from '../shared/text.ts';
import { h, type VNode } from '../shared/vnode.ts';
import { describeProfile, type ProfileState } from './state.ts';

const FONT = 13;
const ROW = 22;
const LINE = FONT + 3;

/** One stacked panel: its heading lines, its rows' y, and the OECD average's x. */
interface NarrowPanel { heading: string[]; headingY: number; top: number; bottom: number; reference?: number }

/** The stacked profile in pixels. */
export interface NarrowProfileLayout {
  width: number;
  height: number;
  labelRight: number;
  ticks: Tick[];
  tickY: number;
  panels: NarrowPanel[];
  labels: string[];
  x: (v: number) => number;
}

/** Places the profile `width` pixels wide, panels stacked. */
export function narrowProfileLayout(s: ProfileState, width = 300): NarrowProfileLayout {
  const labels = s.rows.map((r) => clip(r.name, 12));
  const labelRight = Math.ceil(Math.min(110, Math.max(40, widest(labels, FONT)))) + 8;
  const x = linear(s.domain, [labelRight + 8, width - 10]);
  const tickY = 44;
  let y = tickY + 14;
  const panels = s.metrics.map((m, i): NarrowPanel => {
    const heading = wrap(m.name, Math.floor(width / (textWidth('x', FONT) * 1.12)));
    const headingY = y + FONT;
    const top = headingY + (heading.length - 1) * LINE + 8;
    const bottom = top + Math.max(1, s.rows.length) * ROW;
    y = bottom + 10;
    const ref = s.reference?.cells[i];
    return { heading, headingY, top, bottom, ...(ref ? { reference: x(ref.value) } : {}) };
  });
  return { width, height: y + 4, labelRight, ticks: ticksOf(x, 2), tickY, panels, labels, x };
}

/** The narrow SVG of a profile. */
export function profileNarrowSvg(s: ProfileState, id: string, width = 300): VNode {
  const l = narrowProfileLayout(s, width);
  const legend = h('g', { class: 'chart-legend', 'aria-hidden': 'true' },
    h('circle', { cx: 8, cy: 14, r: 5, fill: PALETTE.country }),
    h('text', { x: 18, y: 14, dy: '0.35em', fill: PALETTE.ink }, 'Country score'),
    s.reference && [
      h('line', { x1: 150, x2: 150, y1: 6, y2: 22, stroke: PALETTE.reference, 'stroke-width': 2, 'stroke-dasharray': '3 2' }),
      h('text', { x: 158, y: 14, dy: '0.35em', fill: PALETTE.ink }, 'OECD average'),
    ]);
  const axis = h('g', { class: 'chart-axis', 'aria-hidden': 'true' },
    l.ticks.map((t) => h('text', { x: t.at, y: l.tickY, 'text-anchor': 'middle', fill: PALETTE.muted }, t.label)));
  const panels = l.panels.map((p, i) => h('g', { class: 'chart-panel' },
    h('text', { x: 1, y: p.headingY, 'font-weight': 600, fill: PALETTE.ink },
      p.heading.map((line, k) => h('tspan', { x: 1, dy: k === 0 ? 0 : LINE }, line))),
    l.ticks.map((t) => h('line', { x1: t.at, x2: t.at, y1: p.top, y2: p.bottom, stroke: PALETTE.grid })),
    p.reference !== undefined && h('line', { x1: p.reference, x2: p.reference, y1: p.top - 2, y2: p.bottom, stroke: PALETTE.reference, 'stroke-width': 2, 'stroke-dasharray': DASH }),
    s.rows.map((r, j) => {
      const y = p.top + (j + 0.5) * ROW;
      const c = r.cells[i];
      return h('g', { class: 'chart-row' },
        r.focus && h('rect', { x: 0, y: y - ROW / 2, width: l.width, height: ROW, fill: PALETTE.band }),
        h('text', { x: l.labelRight, y, dy: '0.35em', 'text-anchor': 'end', fill: PALETTE.ink, 'font-weight': r.focus ? 700 : 400 }, l.labels[j]),
        c
          ? h('circle', { cx: l.x(c.value), cy: y, r: 5.5, fill: PALETTE.country, stroke: '#ffffff', 'stroke-width': 1 }, h('title', null, `${r.name}, ${s.metrics[i]!.name}: ${c.text}`))
          : h('text', { x: (l.labelRight + l.width) / 2, y, dy: '0.35em', 'text-anchor': 'middle', 'font-style': 'italic', fill: PALETTE.muted }, 'no data'));
    })));
  return svgRoot(
    { id, width: l.width, height: l.height, title: `Sub-indicators, ${s.shortName} ${s.edition}`, desc: describeProfile(s), variant: 'narrow' },
    legend, axis, panels,
  );
}
