/** Line: state + width -> paths and dots in pixels (d3-scale, d3-shape with `defined`, so a gap stays a gap). Pure. */
import { scalePoint } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import { changeDomain, linear, ticksOf, type Tick } from '../shared/axis.ts';
import type { LineState } from './state.ts';

/** One line in pixels: its path (broken at each missing value) and a dot per value. */
export interface PlacedLine {
  iso3: string;
  reference: boolean;
  path: string;
  dots: { x: number; y: number; edition: number }[];
}

/** The whole chart in pixels. */
export interface LineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  columns: { edition: number; x: number }[];
  ticks: Tick[];
  lines: PlacedLine[];
}

/** Places `s` in a chart `width` pixels wide and `height` high. */
export function lineLayout(s: LineState, width = 560, height = 240): LineLayout {
  const left = 40;
  const right = width - 16;
  const top = 12;
  const bottom = height - 28;
  const values = s.lines.flatMap((l) => l.points.flatMap((p) => (p.value === undefined ? [] : [p.value])));
  const y = linear(changeDomain(values, s.limits), [bottom, top]);
  const x = scalePoint<number>().domain(s.editions).range([left + 12, right - 12]);
  const path = d3line<{ edition: number; value?: number }>()
    .defined((p) => p.value !== undefined)
    .x((p) => x(p.edition)!)
    .y((p) => y(p.value!))
    .digits(1);
  const lines = s.lines.map((l) => ({
    iso3: l.iso3,
    reference: l.reference,
    path: path(l.points) ?? '',
    dots: l.points.flatMap((p) => (p.value === undefined ? [] : [{ x: x(p.edition)!, y: y(p.value), edition: p.edition }])),
  }));
  return {
    width, height, left, right, top, bottom, lines,
    columns: s.editions.map((edition) => ({ edition, x: x(edition)! })),
    ticks: ticksOf(y, 4),
  };
}
