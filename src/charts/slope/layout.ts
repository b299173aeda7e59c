/**
 * Slope: state + width -> lines between editions, each country in its own colour, with the labels at each end
 * spread so they never overlap (and keep their order, so leaders never cross). A narrow chart (under 480 px)
 * writes only the value on the left and a shorter name on the right. Pure.
 */
import { line as d3line } from 'd3-shape';
import { changeDomain, linear } from '../shared/axis.ts';
import { spreadLabels } from '../shared/labels.ts';
import { seriesColour } from '../shared/palette.ts';
import { clip } from '../shared/text.ts';
import type { SlopeState } from './state.ts';

/** A label at one end of the chart, pointing at its line's end. */
export interface EndLabel {
  text: string;
  /** Where the label sits (after spreading) and where its point is. */
  y: number;
  pointY: number;
  reference: boolean;
  colour: string;
}

/** The whole chart in pixels. */
export interface SlopeLayout {
  width: number;
  height: number;
  top: number;
  bottom: number;
  columns: { edition: number; x: number }[];
  /**
   * Each line as an SVG path: d3-shape's `defined` breaks it at a missing value, so two editions are joined only
   * when both have one (nothing is interpolated). A lone value is a dot.
   */
  lines: { iso3: string; reference: boolean; colour: string; path: string; dots: { x: number; y: number }[] }[];
  left: EndLabel[];
  right: EndLabel[];
  domain: [number, number];
}

const LABEL_GAP = 16;
/** Below this width the left labels carry only the value. */
export const NARROW = 480;

/** Places the lines of `s` in a chart `width` pixels wide; the height grows with the number of lines. */
export function slopeLayout(s: SlopeState, width = 640): SlopeLayout {
  const narrow = width < NARROW;
  const [marginLeft, marginRight] = narrow ? [56, 140] : [170, 170];
  const top = 34;
  const bottom = top + Math.max(200, s.lines.length * (LABEL_GAP + 2));
  const values = s.lines.flatMap((l) => l.points.flatMap((p) => (p.value === undefined ? [] : [p.value])));
  const domain = changeDomain(values, s.limits);
  const y = linear(domain, [bottom, top]);
  const step = s.editions.length > 1 ? (width - marginLeft - marginRight) / (s.editions.length - 1) : 0;
  const columns = s.editions.map((edition, i) => ({ edition, x: marginLeft + i * step }));
  const colours = new Map(s.lines.map((l, i) => [l.iso3, seriesColour(i, l.reference)]));
  const path = d3line<{ x: number; value?: number }>()
    .defined((p) => p.value !== undefined)
    .x((p) => p.x)
    .y((p) => y(p.value!))
    .digits(2);
  const lines = s.lines.map((l) => {
    const placed = l.points.map((p, i) => ({ x: columns[i]!.x, value: p.value }));
    const dots = placed.flatMap((p) => (p.value === undefined ? [] : [{ x: p.x, y: y(p.value) }]));
    return { iso3: l.iso3, reference: l.reference, colour: colours.get(l.iso3)!, path: path(placed) ?? '', dots };
  });
  const end = (index: number, text: (name: string, value: string) => string): EndLabel[] => {
    const ends = s.lines.flatMap((l) => {
      const p = l.points[index];
      return p?.value === undefined ? [] : [{ text: text(l.name, p.text!), pointY: y(p.value), reference: l.reference, colour: colours.get(l.iso3)! }];
    });
    const placed = spreadLabels(ends.map((e) => e.pointY), LABEL_GAP, top, bottom);
    return ends.map((e, i) => ({ ...e, y: placed[i]! }));
  };
  return {
    width, height: bottom + 16, top, bottom, columns, lines, domain,
    left: end(0, (n, v) => (narrow ? v : `${clip(n, 26)} ${v}`)),
    right: end(s.editions.length - 1, (n, v) => (narrow ? `${v} ${clip(n, 9)}` : `${v} ${clip(n, 26)}`)),
  };
}
