/**
 * "Who reviews whom": matrix state + cell size -> placed labels and squares (d3-scale for the maths).
 * Pure, no DOM: render.ts draws the result as build-time SVG.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { MatrixState } from './state.ts';

/** Sizes of the drawing, in SVG user units. */
export interface MatrixLayoutOptions {
  /** Side of one cell. */
  cell?: number;
  /** Font size of the labels. */
  fontSize?: number;
}

/** A row or column label placed at its anchor point. */
export interface PlacedLabel {
  id: string;
  label: string;
  x: number;
  y: number;
}

/** A filled square: where it sits, its count, its fill and the ink its number is written in. */
export interface PlacedCell {
  row: string;
  col: string;
  count: number;
  x: number;
  y: number;
  size: number;
  fill: string;
  ink: string;
}

/** Everything render.ts draws. */
export interface MatrixLayout {
  width: number;
  height: number;
  /** Top-left corner of the grid. */
  left: number;
  top: number;
  gridWidth: number;
  gridHeight: number;
  /** Band positions, for the grid lines. */
  xs: number[];
  ys: number[];
  rowLabels: PlacedLabel[];
  colLabels: PlacedLabel[];
  cells: PlacedCell[];
}

const LIGHT = '#dce7f4';
const DARK = '#123a6b';

/** Rough width of a label in a system sans-serif (layout only needs a safe margin, not the exact width). */
const textWidth = (s: string, size: number) => s.length * size * 0.6;

/** WCAG relative luminance of an "rgb(r, g, b)" or "#rrggbb" colour. */
export function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const parts = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Black or white, whichever reads better on `fill`. */
export const inkOn = (fill: string) => (contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff');

/** Places the matrix: row labels on the left, column labels slanted above, one square per reviewer and country. */
export function matrixLayout(state: MatrixState, options: MatrixLayoutOptions = {}): MatrixLayout {
  const cell = options.cell ?? 36;
  const font = options.fontSize ?? 13;
  const left = Math.ceil(Math.max(0, ...state.rows.map((r) => textWidth(r.label, font)))) + 12;
  const slant = Math.ceil(Math.max(0, ...state.cols.map((c) => textWidth(c.label, font))) * Math.SQRT1_2);
  const top = slant + 16;
  const x = scaleBand().domain(state.cols.map((c) => c.id)).range([left, left + state.cols.length * cell]);
  const y = scaleBand().domain(state.rows.map((r) => r.id)).range([top, top + state.rows.length * cell]);
  const fill = scaleLinear<string>().domain([0, Math.max(1, state.max)]).range([LIGHT, DARK]);
  const pad = 2;
  return {
    width: left + state.cols.length * cell + slant + 8,
    height: top + state.rows.length * cell + 4,
    left,
    top,
    gridWidth: state.cols.length * cell,
    gridHeight: state.rows.length * cell,
    xs: state.cols.map((c) => x(c.id)!),
    ys: state.rows.map((r) => y(r.id)!),
    rowLabels: state.rows.map((r) => ({ id: r.id, label: r.label, x: left - 8, y: y(r.id)! + cell / 2 })),
    colLabels: state.cols.map((c) => ({ id: c.id, label: c.label, x: x(c.id)! + cell / 2, y: top - 6 })),
    cells: state.cells.map((c) => {
      const f = fill(c.count);
      return { row: c.row, col: c.col, count: c.count, x: x(c.col)! + pad, y: y(c.row)! + pad, size: cell - 2 * pad, fill: f, ink: inkOn(f) };
    }),
  };
}
