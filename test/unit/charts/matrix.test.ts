/** The who-reviews-whom matrix: counting (state), placing (layout) and drawing (render), on synthetic records. */
import { describe, expect, it } from 'vitest';
import { contrast, inkOn, matrixLayout } from '../../../src/charts/matrix/layout.ts';
import { describeMatrix, matrixFigure, matrixSvg, matrixTable } from '../../../src/charts/matrix/render.ts';
import { cellCount, matrixState, type MatrixRecord } from '../../../src/charts/matrix/state.ts';
import { textOf, toMarkup, type VNode } from '../../../src/charts/shared/vnode.ts';

const NAMES: Record<string, string> = { AAA: 'Alpha', BBB: 'Bravo', CCC: 'Charlie', DDD: 'Delta' };
const label = (id: string) => NAMES[id] ?? id;
const isBody = (id: string) => !(id in NAMES);

const RECORDS: MatrixRecord[] = [
  { id: 'r1', reviewers: ['Secretariat', 'BBB', 'CCC'], reviewed: 'AAA' },
  { id: 'r2', reviewers: ['Secretariat', 'BBB'], reviewed: 'DDD' },
  { id: 'r3', reviewers: ['BBB'], reviewed: 'AAA' },
  { id: 'r4', reviewers: ['CCC', 'CCC'], reviewed: 'DDD' },
];

describe('matrixState', () => {
  const s = matrixState(RECORDS, label, isBody);

  it('counts each review once per reviewer and reviewed country, even if a reviewer is listed twice', () => {
    expect(cellCount(s, 'BBB', 'AAA')).toBe(2);
    expect(cellCount(s, 'Secretariat', 'AAA')).toBe(1);
    expect(cellCount(s, 'CCC', 'DDD')).toBe(1);
    expect(cellCount(s, 'CCC', 'BBB')).toBe(0);
    expect(s.cells.find((c) => c.row === 'BBB' && c.col === 'AAA')?.reviews).toEqual(['r1', 'r3']);
    expect(s.max).toBe(2);
    expect(s.reviews).toBe(4);
  });

  it('puts reviewing bodies first, then countries by name; columns by name; with totals', () => {
    expect(s.rows.map((r) => [r.id, r.total])).toEqual([['Secretariat', 2], ['BBB', 3], ['CCC', 2]]);
    expect(s.cols.map((c) => [c.label, c.total])).toEqual([['Alpha', 2], ['Delta', 2]]);
  });

  it('is empty, with max 0, when there is no record', () => {
    expect(matrixState([], label, isBody)).toEqual({ rows: [], cols: [], cells: [], max: 0, reviews: 0 });
  });
});

describe('matrixLayout', () => {
  const s = matrixState(RECORDS, label, isBody);
  const L = matrixLayout(s, { cell: 30, fontSize: 10 });

  it('places one square per non-empty cell, inside the grid, in its row and column', () => {
    expect(L.cells).toHaveLength(s.cells.length);
    for (const c of L.cells) {
      expect(c.x).toBeGreaterThanOrEqual(L.left);
      expect(c.y).toBeGreaterThanOrEqual(L.top);
      expect(c.x + c.size).toBeLessThanOrEqual(L.left + L.gridWidth);
      expect(c.y + c.size).toBeLessThanOrEqual(L.top + L.gridHeight);
    }
    const bravoAlpha = L.cells.find((c) => c.row === 'BBB' && c.col === 'AAA')!;
    expect(bravoAlpha.x).toBe(L.xs[0]! + 2);
    expect(bravoAlpha.y).toBe(L.ys[1]! + 2);
  });

  it('leaves room for the longest row label on the left and keeps the drawing inside its size', () => {
    expect(L.left).toBeGreaterThanOrEqual('Secretariat'.length * 10 * 0.6);
    expect(L.width).toBeGreaterThan(L.left + L.gridWidth);
    expect(L.height).toBeGreaterThan(L.top + L.gridHeight);
  });

  it('fills larger counts darker', () => {
    const one = L.cells.find((c) => c.count === 1)!;
    const two = L.cells.find((c) => c.count === 2)!;
    expect(contrast(two.fill, '#ffffff')).toBeGreaterThan(contrast(one.fill, '#ffffff'));
  });

  it('writes every count in an ink with at least 4.5:1 contrast, whatever the largest count', () => {
    for (const max of [1, 2, 3, 5, 8, 13, 40]) {
      const records = Array.from({ length: max }, (_, i) => ({ id: `r${i}`, reviewers: ['X'], reviewed: 'AAA' }));
      records.push({ id: 'one', reviewers: ['Y'], reviewed: 'AAA' });
      for (const c of matrixLayout(matrixState(records, label, isBody)).cells) {
        expect(contrast(c.fill, c.ink), `count ${c.count} of max ${max}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('picks black ink on light fills and white on dark ones', () => {
    expect(inkOn('#ffffff')).toBe('#000000');
    expect(inkOn('#123a6b')).toBe('#ffffff');
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

/** Every node of a tree with the given tag, depth first. */
function all(node: VNode, tag: string): VNode[] {
  const kids = node.children.filter((c): c is VNode => typeof c === 'object' && c !== null);
  return [...(node.tag === tag ? [node] : []), ...kids.flatMap((c) => all(c, tag))];
}

describe('matrix render', () => {
  const s = matrixState(RECORDS, label, isBody);
  const text = { id: 'm', title: 'Who reviews whom', caption: 'Source: synthetic records.' };

  it('draws an accessible SVG: title, desc, one group per non-empty cell with its count', () => {
    const svg = matrixSvg(s, 'm', 'Who reviews whom');
    expect(svg.attrs).toMatchObject({ role: 'img', 'aria-labelledby': 'm-title', 'aria-describedby': 'm-desc' });
    expect(textOf(all(svg, 'title')[0])).toBe('Who reviews whom');
    expect(textOf(all(svg, 'desc')[0])).toBe(describeMatrix(s));
    expect(describeMatrix(s)).toContain('3 reviewers in rows and 2 reviewed countries in columns, from 4 review record(s)');
    const groups = all(svg, 'g');
    expect(groups.map((g) => `${g.attrs['data-reviewer']}→${g.attrs['data-reviewed']}=${textOf(g)}`).sort()).toEqual(
      s.cells.map((c) => `${c.row}→${c.col}=${c.count}`).sort(),
    );
    expect(all(svg, 'line')).toHaveLength(s.cols.length + s.rows.length);
  });

  it('puts the same numbers in a table, zeros and totals included', () => {
    const table = matrixTable(s, 'Who reviews whom');
    const cells = all(table, 'td').filter((td) => td.attrs['data-count'] !== undefined);
    expect(cells).toHaveLength(s.rows.length * s.cols.length);
    const bravoAlpha = cells.find((td) => td.attrs['data-reviewer'] === 'BBB' && td.attrs['data-reviewed'] === 'AAA')!;
    expect(textOf(bravoAlpha)).toBe('2');
    expect(textOf(all(table, 'tfoot')[0])).toBe('Reviews received224');
  });

  it('composes the figure, and says so instead of drawing when there is no record', () => {
    const html = toMarkup(matrixFigure(s, text));
    expect(html).toMatch(/^<figure class="chart matrix-chart" data-chart="matrix"><section class="chart-scroll" tabindex="0" aria-label="[^"]+"><svg /);
    expect(html).toContain('<figcaption>Source: synthetic records.</figcaption>');
    expect(html).toContain('<table data-matrix-table="">');
    const empty = toMarkup(matrixFigure(matrixState([], label, isBody), text));
    expect(empty).toBe('<figure class="chart matrix-chart" data-chart="matrix"><p class="muted">No review is recorded yet, so there is nothing to chart.</p><figcaption>Source: synthetic records.</figcaption></figure>');
  });
});
