/**
 * Line: state + size -> paths and dots in pixels (d3-scale, d3-shape with `defined`, so a gap stays a gap), each
 * country in its own colour, named at its last value by a label spread clear of the others. Edition years are
 * thinned so they never overlap on a narrow chart. Pure.
 */
import { scalePoint } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import { changeDomain, linear, ticksOf, type Tick } from '../shared/axis.ts';
import { valuesOf } from '../shared/editions.ts';
import { spreadLabels } from '../shared/labels.ts';
import { seriesColour } from '../shared/palette.ts';
import { clip, textWidth, widest } from '../shared/text.ts';
import type { LineState } from './state.ts';

/** One line in pixels: its path (broken at each missing value) and a dot per value. */
export interface PlacedLine {
  iso3: string;
  reference: boolean;
  colour: string;
  path: string;
  dots: { x: number; y: number; edition: number }[];
}

/** A line's name beside the plot, level with its last value, moved (with a leader) when it would overlap another. */
export interface LineLabel { text: string; x: number; y: number; pointX: number; pointY: number; colour: string; reference: boolean }

/** The whole chart in pixels. */
export interface LineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Every edition's position; `label` is false where the year is left out so that years do not overlap. */
  columns: { edition: number; x: number; label: boolean }[];
  ticks: Tick[];
  lines: PlacedLine[];
  labels: LineLabel[];
}

const FONT = 13;
const LABEL_GAP = 16;

/** Places `s` in a chart `width` pixels wide; the height grows with the number of lines so their labels fit. */
export function lineLayout(s: LineState, width = 560, minHeight = 240): LineLayout {
  const narrow = width < 480;
  const nameChars = narrow ? 12 : 22;
  const names = s.lines.map((l) => clip(l.name, nameChars));
  const labelRoom = Math.ceil(widest(names, FONT)) + 14;
  const left = 40;
  const right = width - labelRoom;
  const top = 12;
  const height = Math.max(minHeight, top + 40 + s.lines.length * LABEL_GAP);
  const bottom = height - 28;
  const y = linear(changeDomain(valuesOf(s), s.limits), [bottom, top]);
  const x = scalePoint<number>().domain(s.editions).range([left + 12, right - 8]);
  const path = d3line<{ edition: number; value?: number }>()
    .defined((p) => p.value !== undefined)
    .x((p) => x(p.edition)!)
    .y((p) => y(p.value!))
    .digits(1);
  const countries = s.lines.filter((l) => !l.reference);
  const colourOf = (iso3: string, reference: boolean) => seriesColour(countries.findIndex((c) => c.iso3 === iso3), reference);
  const lines = s.lines.map((l) => ({
    iso3: l.iso3,
    reference: l.reference,
    colour: colourOf(l.iso3, l.reference),
    path: path(l.points) ?? '',
    dots: l.points.flatMap((p) => (p.value === undefined ? [] : [{ x: x(p.edition)!, y: y(p.value), edition: p.edition }])),
  }));
  const ends = lines.flatMap((l, i) => {
    const last = l.dots.at(-1);
    return last ? [{ text: names[i]!, pointX: last.x, pointY: last.y, colour: l.colour, reference: l.reference }] : [];
  });
  const placed = spreadLabels(ends.map((e) => e.pointY), LABEL_GAP, top + 6, bottom);
  // Years at least a label's width apart: every k-th edition, counted back from the newest, which is always named.
  const step = s.editions.length > 1 ? (x(s.editions[1]!)! - x(s.editions[0]!)!) : Infinity;
  const every = Math.max(1, Math.ceil((textWidth('2024', FONT) + 6) / step));
  const n = s.editions.length;
  return {
    width, height, left, right, top, bottom, lines,
    columns: s.editions.map((edition, i) => ({ edition, x: x(edition)!, label: (n - 1 - i) % every === 0 })),
    ticks: ticksOf(y, 4),
    labels: ends.map((e, i) => ({ ...e, x: right, y: placed[i]! })),
  };
}
