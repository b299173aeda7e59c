/**
 * "Who reviews whom": layout -> SVG nodes, its table, and the whole figure (see shared/vnode.ts).
 * Pure: Matrix.astro writes the result as text at build time.
 */
import { h, type Child, type VNode } from '../shared/vnode.ts';
import { matrixLayout, type MatrixLayout } from './layout.ts';
import { cellCount, type MatrixState } from './state.ts';
import { isPartial, type BoundedMatrix } from './bound.ts';

/** A matrix as drawn: whole, or cut to its limits (bound.ts), which the words then say. */
type Drawn = MatrixState | BoundedMatrix;
const omittedOf = (s: Drawn) => ('omitted' in s && isPartial(s) ? s : undefined);
const n = (x: number) => x.toLocaleString('en-GB');

/** The words of a matrix figure: its element ids' prefix, its name and its caption. */
export interface MatrixText {
  /** Prefix of the element ids, unique in the page. */
  id: string;
  /** Names the chart (SVG title and table caption). */
  title: string;
  /** What the chart counts and where the data comes from. */
  caption: string;
  /** Links to the chart's files (export/frame.ts). */
  exports?: Child;
}

/** What the matrix shows, in words (the SVG's <desc>). */
export function describeMatrix(s: Drawn): string {
  const cut = omittedOf(s);
  const rows = cut?.omitted.rows ? `The ${n(s.rows.length)} of ${n(cut.all.rows)} reviewers who took part in most reviews` : `${n(s.rows.length)} reviewers`;
  const cols = cut?.omitted.cols ? `the ${n(s.cols.length)} of ${n(cut.all.cols)} countries reviewed most` : `${n(s.cols.length)} reviewed countries`;
  return (
    `${rows} in rows and ${cols} in columns, from ${n(s.reviews)} review record(s). ` +
    'Each filled square gives how many reviews a reviewer took part in for that country; the table below holds the same numbers.'
  );
}

/**
 * What a cut matrix leaves out, as a sentence ("" when it shows everything), e.g. "Left out: 164 reviewers,
 * 117 reviewed countries and 2,534 of 2,965 reviewer–country pairs."
 */
export function omittedText(s: Drawn): string {
  const cut = omittedOf(s);
  if (!cut) return '';
  const parts = [
    cut.omitted.rows ? `${n(cut.omitted.rows)} ${cut.omitted.rows === 1 ? 'reviewer' : 'reviewers'}` : '',
    cut.omitted.cols ? `${n(cut.omitted.cols)} reviewed ${cut.omitted.cols === 1 ? 'country' : 'countries'}` : '',
    `${n(cut.omitted.cells)} of ${n(cut.all.cells)} reviewer–country pairs`,
  ].filter(Boolean);
  return `Left out: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

/** The grid: background, band lines and frame. */
function grid(L: MatrixLayout): VNode[] {
  const box = { x: L.left, y: L.top, width: L.gridWidth, height: L.gridHeight };
  return [
    h('rect', { ...box, class: 'matrix-bg' }),
    ...L.xs.map((x) => h('line', { x1: x, x2: x, y1: L.top, y2: L.top + L.gridHeight, class: 'matrix-line' })),
    ...L.ys.map((y) => h('line', { x1: L.left, x2: L.left + L.gridWidth, y1: y, y2: y, class: 'matrix-line' })),
    h('rect', { ...box, class: 'matrix-frame' }),
  ];
}

/** Row labels on the left, column labels slanted above. */
function labels(L: MatrixLayout): VNode[] {
  return [
    ...L.rowLabels.map((r) => h('text', { x: r.x, y: r.y, 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'matrix-label' }, r.label)),
    ...L.colLabels.map((c) => h('text', { x: c.x, y: c.y, transform: `rotate(-45 ${c.x} ${c.y})`, class: 'matrix-label' }, c.label)),
  ];
}

/** One square per non-empty cell, with its count. */
function cells(L: MatrixLayout): VNode[] {
  return L.cells.map((c) =>
    h(
      'g',
      { 'data-reviewer': c.row, 'data-reviewed': c.col },
      h('rect', { x: c.x, y: c.y, width: c.size, height: c.size, rx: '3', fill: c.fill }),
      h('text', { x: c.x + c.size / 2, y: c.y + c.size / 2, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: c.ink, class: 'matrix-count' }, c.count),
    ),
  );
}

/** The SVG of the matrix (role="img", labelled by its title and described by its desc). */
export function matrixSvg(s: Drawn, id: string, title: string): VNode {
  const L = matrixLayout(s);
  return h(
    'svg',
    { role: 'img', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-desc`, viewBox: `0 0 ${L.width} ${L.height}`, width: L.width, height: L.height, class: 'matrix-svg' },
    h('title', { id: `${id}-title` }, title),
    h('desc', { id: `${id}-desc` }, describeMatrix(s)),
    grid(L),
    labels(L),
    cells(L),
  );
}

/** The page styles the matrix's classes (global.css); a file carries the same rules with it. */
const FILE_STYLE = '.matrix-bg{fill:#f3f6f9}.matrix-line{stroke:#ffffff;stroke-width:2}.matrix-frame{fill:none;stroke:#c9d1da}'
  + '.matrix-label{font-size:13px;fill:#1b1f24}.matrix-count{font-size:14px;font-weight:700}';

/** The SVG of the matrix for its files: the same drawing, with its styles inside. */
export function matrixFileSvg(s: Drawn, id: string, title: string): VNode {
  const svg = matrixSvg(s, id, title);
  svg.children.splice(2, 0, h('style', null, FILE_STYLE));
  return svg;
}

/** The same numbers as a table: one row per reviewer, one column per reviewed country, with totals. */
export function matrixTable(s: Drawn, title: string): VNode {
  const count = (row: string, col: string) => cellCount(s, row, col);
  // Totals count every review, also those of reviewers and countries a cut matrix leaves out: the headers say so.
  const cut = omittedOf(s);
  return h(
    'section',
    { class: 'table-wrap', tabindex: '0', 'aria-label': `${title}: the numbers` },
    h('table', { 'data-matrix-table': true },
      h('caption', null, `${title}: reviews by reviewer (rows) and reviewed country (columns)`),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Reviewer'),
        s.cols.map((c) => h('th', { scope: 'col', class: 'num', 'data-reviewed': c.id }, c.label)),
        h('th', { scope: 'col', class: 'num' }, cut ? 'Reviews given (to any country)' : 'Reviews given'),
      )),
      h('tbody', null, s.rows.map((r) => h('tr', { 'data-reviewer': r.id },
        h('th', { scope: 'row' }, r.label),
        s.cols.map((c) => h('td', { class: 'num', 'data-reviewer': r.id, 'data-reviewed': c.id, 'data-count': count(r.id, c.id) }, count(r.id, c.id))),
        h('td', { class: 'num', 'data-total': true }, r.total),
      ))),
      h('tfoot', null, h('tr', null,
        h('th', { scope: 'row' }, cut ? 'Reviews received (from any reviewer)' : 'Reviews received'),
        s.cols.map((c) => h('td', { class: 'num', 'data-reviewed': c.id, 'data-total': true }, c.total)),
        h('td', { class: 'num', 'data-total': true }, s.reviews),
      )),
    ),
  );
}

/** The figure: the SVG (or a sentence saying there is nothing to chart), the table, and the caption. */
export function matrixFigure(s: Drawn, t: MatrixText): VNode {
  const empty = s.reviews === 0;
  return h(
    'figure',
    { class: 'chart matrix-chart', 'data-chart': 'matrix' },
    empty ? h('p', { class: 'muted' }, 'No review is recorded yet, so there is nothing to chart.') : h('section', { class: 'chart-scroll', tabindex: '0', 'aria-label': `${t.title}: chart (scrolls sideways)` }, matrixSvg(s, t.id, t.title)),
    // HTML lets a figure's caption come only first or last: the table comes before it.
    !empty && matrixTable(s, t.title),
    h('figcaption', null, t.caption, !empty && t.exports ? [' ', t.exports] : null),
  );
}
