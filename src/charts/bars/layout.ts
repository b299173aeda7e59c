/**
 * Bars: state -> placed marks. Fluid (shared/fluid.ts): each row is the country's name and its value on one line,
 * the bar on the line below, so a ranking reads on a 320 px phone as on a desktop, text at its drawn size. The
 * OECD average is one dashed line whose dashes cover the bar bands only, so no name or value ever sits on it.
 * Horizontal positions are fractions of the width; vertical ones pixels. Pure.
 */
import { linear, ticksOf } from '../shared/axis.ts';
import { clip } from '../shared/text.ts';
import type { BarsState } from './state.ts';

/** One placed row; `f` (the bar's end, a fraction of the width) is absent when there is no data. */
export interface PlacedBar {
  iso3: string;
  label: string;
  valueLabel: string;
  /** Baseline of the name and value. */
  textY: number;
  /** Top of the bar band. */
  barY: number;
  barHeight: number;
  f?: number;
}

/** A tick of the value axis, as a fraction of the width. */
export interface FluidTick { f: number; label: string; anchor: 'start' | 'middle' | 'end' }

/** The whole chart: heights in pixels, horizontal positions as fractions. */
export interface BarsLayout {
  height: number;
  fontSize: number;
  /** Baseline of the tick labels, and the top and bottom of the grid. */
  axisY: number;
  plot: { top: number; bottom: number };
  bars: PlacedBar[];
  ticks: FluidTick[];
  /** The OECD average: where its line is, its dash pattern (bar bands only), its label and where that sits. */
  reference?: { f: number; label: string; anchor: 'start' | 'middle' | 'end'; labelY: number; y1: number; dash: string };
}

/** Rows are tight when there are more than this many bars. */
export const TIGHT_FROM = 30;
/** Names are cut to this many characters: with the value, the line fits 288 px at 13 px. */
export const NAME_CHARS = 24;
const FONT = 13;

/** Where a label at fraction `f` is anchored so that it stays inside the chart at any width ≥ 288 px. */
export const anchorAt = (f: number): 'start' | 'middle' | 'end' => (f < 1 / 3 ? 'start' : f > 2 / 3 ? 'end' : 'middle');

/** Places the bars of `s`; the height follows from the number of bars, the width is the container's. */
export function barsLayout(s: BarsState): BarsLayout {
  const tight = s.bars.length > TIGHT_FROM;
  const barHeight = tight ? 9 : 14;
  const rowH = FONT + 5 + barHeight + (tight ? 5 : 9);
  const x = linear(s.domain, [0, 1]);
  const refLabelY = s.reference ? FONT + 2 : 0;
  const axisY = refLabelY + FONT + 6;
  const top = axisY + 8;
  const bars = s.bars.map((b, i): PlacedBar => {
    const rowTop = top + i * rowH;
    return {
      iso3: b.iso3, label: clip(b.name, NAME_CHARS), valueLabel: b.text ?? 'no data',
      textY: rowTop + FONT, barY: rowTop + FONT + 5, barHeight,
      ...(b.value === undefined ? {} : { f: Math.min(1, Math.max(0, x(b.value))) }),
    };
  });
  const bottom = top + Math.max(1, s.bars.length) * rowH;
  const ticks = ticksOf(x, 5).map((t) => ({ f: t.at, label: t.label, anchor: t.at <= 0.001 ? 'start' as const : t.at >= 0.999 ? 'end' as const : 'middle' as const }));
  let reference: BarsLayout['reference'];
  if (s.reference) {
    const f = Math.min(1, Math.max(0, x(s.reference.value)));
    // One dash per bar band (2 px above and below it), a gap over each line of text.
    const band = barHeight + 4;
    reference = { f, label: `${s.reference.name} ${s.reference.text}`, anchor: anchorAt(f), labelY: refLabelY, y1: top + FONT + 3, dash: `${band} ${rowH - band}` };
  }
  return { height: bottom + 4, fontSize: FONT, axisY, plot: { top, bottom }, bars, ticks, ...(reference ? { reference } : {}) };
}
