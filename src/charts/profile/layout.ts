/** Profile: state + width -> a grid of small dot plots, one panel per sub-indicator and one row per country. Pure. */
import { linear, ticksOf, type Tick } from '../shared/axis.ts';
import { clip, textWidth, widest, wrap } from '../shared/text.ts';
import type { ProfileState } from './state.ts';

/** One panel: a sub-indicator with its own axis (all panels share the same domain). */
export interface Panel {
  x0: number;
  x1: number;
  heading: string[];
  ticks: Tick[];
  /** The OECD average's position and text, when published. */
  reference?: { x: number; text: string };
}

/** One mark: a dot at the value, or "no data" in the middle of the panel. */
export interface Dot {
  x: number;
  y: number;
  text: string;
  missing: boolean;
  title: string;
}

/** The whole chart in pixels. */
export interface ProfileLayout {
  width: number;
  height: number;
  /** Font size of the panel headings, as large as lets every word fit its panel. */
  headingSize: number;
  labelRight: number;
  top: number;
  bottom: number;
  rowHeight: number;
  legendY: number;
  headingY: number;
  panels: Panel[];
  rows: { label: string; y: number; focus: boolean; dots: Dot[] }[];
}

const GAP = 14;
const ROW = 26;
/** Bold text is wider than the average glyph textWidth assumes. */
const BOLD = 1.12;

/** The largest heading size (12 down to 10 px) at which the longest word of every heading fits a panel. */
function headingSize(names: readonly string[], panelW: number): number {
  const longest = Math.max(...names.flatMap((n) => n.split(/\s+/).map((w) => w.length)), 1);
  for (let size = 12; size > 10; size -= 0.5) if (textWidth('x'.repeat(longest), size) * BOLD <= panelW) return size;
  return 10;
}

/** Places the profile in a chart `width` pixels wide. */
export function profileLayout(s: ProfileState, width = 720): ProfileLayout {
  const k = Math.max(1, s.metrics.length);
  const labels = s.rows.map((r) => clip(r.name, 22));
  const labelRight = Math.ceil(Math.min(160, Math.max(40, widest(labels))) + 10);
  const panelW = (width - labelRight - GAP * k) / k;
  const size = headingSize(s.metrics.map((m) => m.name), panelW);
  const headings = s.metrics.map((m) => wrap(m.name, Math.max(6, Math.floor(panelW / (textWidth('x', size) * BOLD)))));
  const legendY = 14;
  const headingY = 44;
  const top = headingY + Math.max(1, ...headings.map((l) => l.length)) * (size + 2) + 6;
  const bottom = top + Math.max(1, s.rows.length) * ROW;
  const panels = s.metrics.map((_, i): Panel => {
    const x0 = labelRight + GAP + i * (panelW + GAP);
    const x = linear(s.domain, [x0 + 6, x0 + panelW - 6]);
    const ref = s.reference?.cells[i];
    return { x0, x1: x0 + panelW, heading: headings[i]!, ticks: ticksOf(x, 2), ...(ref ? { reference: { x: x(ref.value), text: ref.text } } : {}) };
  });
  const rows = s.rows.map((r, j) => {
    const y = top + (j + 0.5) * ROW;
    const dots = s.metrics.map((m, i): Dot => {
      const c = r.cells[i];
      const p = panels[i]!;
      const x = linear(s.domain, [p.x0 + 6, p.x1 - 6]);
      return c
        ? { x: x(c.value), y, text: c.text, missing: false, title: `${r.name}, ${m.name}: ${c.text}` }
        : { x: (p.x0 + p.x1) / 2, y, text: 'no data', missing: true, title: `${r.name}, ${m.name}: no data` };
    });
    return { label: labels[j]!, y, focus: r.focus, dots };
  });
  return { width, height: bottom + 26, headingSize: size, labelRight, top, bottom, rowHeight: ROW, legendY, headingY, panels, rows };
}
