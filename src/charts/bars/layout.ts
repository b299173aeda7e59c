/** Bars: state + width -> placed marks (pixels). Short lists get roomy rows; a ranking of many countries, tight ones. Pure. */
import { linear, ticksOf, type Tick } from '../shared/axis.ts';
import { clip, textWidth } from '../shared/text.ts';
import type { BarsState } from './state.ts';

/** One placed bar; `x1` is absent when there is no data (no bar is drawn, the row says "no data"). */
export interface PlacedBar {
  iso3: string;
  label: string;
  valueLabel: string;
  /** Centre line of the row. */
  y: number;
  barHeight: number;
  x0: number;
  x1?: number;
}

/** The whole chart in pixels. */
export interface BarsLayout {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: PlacedBar[];
  ticks: Tick[];
  reference?: { x: number; label: string; labelX: number; anchor: 'start' | 'middle' | 'end' };
}

/** Rows are tight when there are more than this many bars. */
export const TIGHT_FROM = 30;

/** Places the bars of `s` in a chart `width` pixels wide; the height follows from the number of bars. */
export function barsLayout(s: BarsState, width = 640): BarsLayout {
  const tight = s.bars.length > TIGHT_FROM;
  const fontSize = tight ? 11 : 13;
  const rowH = tight ? 15 : 26;
  const maxChars = tight ? 30 : 26;
  const labels = s.bars.map((b) => clip(b.name, maxChars));
  const left = Math.ceil(Math.min(210, Math.max(40, ...labels.map((l) => textWidth(l, fontSize)))) + 12);
  const plot = { left, right: width - 56, top: 30, bottom: 30 + Math.max(1, s.bars.length) * rowH };
  const x = linear(s.domain, [plot.left, plot.right]);
  const bars = s.bars.map((b, i): PlacedBar => ({
    iso3: b.iso3,
    label: labels[i]!,
    valueLabel: b.text ?? 'no data',
    y: plot.top + (i + 0.5) * rowH,
    barHeight: rowH * 0.62,
    x0: plot.left,
    ...(b.value === undefined ? {} : { x1: Math.max(plot.left, x(b.value)) }),
  }));
  let reference: BarsLayout['reference'];
  if (s.reference) {
    const rx = x(s.reference.value);
    const label = `${s.reference.name} ${s.reference.text}`;
    const half = textWidth(label) / 2;
    const anchor = rx - half < plot.left ? 'start' : rx + half > width - 4 ? 'end' : 'middle';
    reference = { x: rx, label, labelX: anchor === 'start' ? plot.left : anchor === 'end' ? width - 4 : rx, anchor };
  }
  return { width, height: plot.bottom + 28, fontSize, plot, bars, ticks: ticksOf(x, 5), ...(reference ? { reference } : {}) };
}
