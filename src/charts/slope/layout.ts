/**
 * Slope: state + width -> lines between editions, each country in its own colour, with the labels at each end
 * spread so they never overlap (and keep their order, so leaders never cross). A narrow chart (under 480 px)
 * writes only the value on the left and a shorter name on the right. Pure.
 */
import { line as d3line } from 'd3-shape';
import { changeDomain, linear } from '../shared/axis.ts';
import { spreadLabels } from '../shared/labels.ts';
import { seriesColour } from '../shared/palette.ts';
import { clip, textWidth, widest } from '../shared/text.ts';
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
/** From a column to its labels' far end, beyond the text: the label's offset (10 px, render.ts) and some air. */
const LABEL_OFFSET = 14;
/** Names are never longer than this; on a narrow chart's right, than `NARROW_NAME`. */
const NAME = 26;
const NARROW_NAME = 9;
/** Room the lines keep between the label columns, narrow and wide. */
const PLOT = { narrow: 60, wide: 160 };

/** Room a column of labels takes beside its column: the widest (estimated generously) and the offset. */
const room = (texts: string[]) => Math.ceil(widest(texts)) + LABEL_OFFSET;

/** How many characters of a name fit beside the longest of `values` in `share` pixels (three at least). */
function nameFits(values: string[], share: number, most: number): number {
  const chars = Math.floor((share - LABEL_OFFSET) / textWidth('0')) - Math.max(0, ...values.map((v) => v.length)) - 1;
  return Math.max(3, Math.min(most, chars));
}

/**
 * Places the lines of `s` in a chart `width` pixels wide; the height grows with the number of lines. The side
 * margins are as wide as their labels, so no label is cut by the chart's edge (values of five decimals, long names);
 * names are shortened to leave the lines their room.
 */
export function slopeLayout(s: SlopeState, width = 640): SlopeLayout {
  const narrow = width < NARROW;
  const top = 34;
  const bottom = top + Math.max(200, s.lines.length * (LABEL_GAP + 2));
  const values = s.lines.flatMap((l) => l.points.flatMap((p) => (p.value === undefined ? [] : [p.value])));
  const domain = changeDomain(values, s.limits);
  const y = linear(domain, [bottom, top]);
  const colours = new Map(s.lines.map((l, i) => [l.iso3, seriesColour(i, l.reference)]));
  /** The lines with a value in the edition at `index`, for its labels. */
  const ends = (index: number) => s.lines.flatMap((l) => {
    const p = l.points[index];
    return p?.value === undefined ? [] : [{ name: l.name, value: p.text!, pointY: y(p.value), reference: l.reference, colour: colours.get(l.iso3)! }];
  });
  const [first, last] = [ends(0), ends(s.editions.length - 1)];
  const plot = narrow ? PLOT.narrow : PLOT.wide;
  let leftTexts: string[];
  let rightTexts: string[];
  if (narrow) {
    leftTexts = first.map((e) => e.value);
    const most = nameFits(last.map((e) => e.value), width - plot - room(leftTexts), NARROW_NAME);
    rightTexts = last.map((e) => `${e.value} ${clip(e.name, most)}`);
  } else {
    const share = (width - plot) / 2;
    const [mostLeft, mostRight] = [nameFits(first.map((e) => e.value), share, NAME), nameFits(last.map((e) => e.value), share, NAME)];
    leftTexts = first.map((e) => `${clip(e.name, mostLeft)} ${e.value}`);
    rightTexts = last.map((e) => `${e.value} ${clip(e.name, mostRight)}`);
  }
  const [marginLeft, marginRight] = [room(leftTexts), room(rightTexts)];
  const step = s.editions.length > 1 ? (width - marginLeft - marginRight) / (s.editions.length - 1) : 0;
  const columns = s.editions.map((edition, i) => ({ edition, x: marginLeft + i * step }));
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
  const labels = (list: typeof first, texts: string[]): EndLabel[] => {
    const placed = spreadLabels(list.map((e) => e.pointY), LABEL_GAP, top, bottom);
    return list.map((e, i) => ({ text: texts[i]!, y: placed[i]!, pointY: e.pointY, reference: e.reference, colour: e.colour }));
  };
  return { width, height: bottom + 16, top, bottom, columns, lines, domain, left: labels(first, leftTexts), right: labels(last, rightTexts) };
}
