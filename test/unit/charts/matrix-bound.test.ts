/**
 * The who-reviews-whom matrix within its limits (src/charts/matrix/bound.ts): the real content's seven reviews
 * whole, and the 1,667 reviews of the 10,000-practice benchmark corpus cut to the most active reviewers and
 * countries, saying what is left out.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { boundMatrix, isPartial, MATRIX_LIMITS } from '../../../src/charts/matrix/bound.ts';
import { describeMatrix, matrixFigure, matrixTable, omittedText } from '../../../src/charts/matrix/render.ts';
import { matrixState, type MatrixAxis, type MatrixState } from '../../../src/charts/matrix/state.ts';
import { textOf, toMarkup, type VNode } from '../../../src/charts/shared/vnode.ts';
import { corpusReviews, matrixRecordsOf, realMatrixRecords } from '../../support/review-shapes.ts';

const isBody = (id: string) => !/^[A-Z]{3}$/.test(id);
const label = (id: string) => (isBody(id) ? id : `Country ${id}`);
const LIMITS = MATRIX_LIMITS;

describe('the real content (seven reviews)', () => {
  const whole = matrixState(realMatrixRecords(), label, isBody);
  const drawn = boundMatrix(whole, LIMITS);

  it('is drawn whole: every reviewer, every reviewed country, every pair, nothing said to be left out', () => {
    expect(whole.reviews).toBe(7);
    expect(whole.rows.length).toBeLessThanOrEqual(LIMITS.rows);
    expect(drawn).toMatchObject({ rows: whole.rows, cols: whole.cols, cells: whole.cells, max: whole.max, reviews: 7 });
    expect(drawn.omitted).toEqual({ rows: 0, cols: 0, cells: 0 });
    expect(isPartial(drawn)).toBe(false);
    expect(omittedText(drawn)).toBe('');
    expect(describeMatrix(drawn)).toBe(describeMatrix(whole));
    expect(toMarkup(matrixTable(drawn, 't'))).toBe(toMarkup(matrixTable(whole, 't')));
  });
});

describe('the 10,000-practice corpus (1,667 reviews)', () => {
  const whole = matrixState(matrixRecordsOf(corpusReviews(1667)), label, isBody);
  const drawn = boundMatrix(whole, LIMITS);
  const ids = (axes: readonly MatrixAxis[]) => new Set(axes.map((a) => a.id));

  it('has far more reviewers and countries than the limits (what made /reviews/ 191 kB)', () => {
    expect(whole.rows.length).toBeGreaterThan(3 * LIMITS.rows);
    expect(whole.cols.length).toBeGreaterThan(3 * LIMITS.cols);
  });

  it('keeps the reviewers who took part in most reviews and the countries reviewed most', () => {
    expect(drawn.rows).toHaveLength(LIMITS.rows);
    expect(drawn.cols).toHaveLength(LIMITS.cols);
    const check = (all: MatrixAxis[], kept: MatrixAxis[]) => {
      const keptIds = ids(kept);
      const least = Math.min(...kept.map((a) => a.total));
      expect(all.filter((a) => !keptIds.has(a.id)).every((a) => a.total <= least)).toBe(true);
    };
    check(whole.rows, drawn.rows);
    check(whole.cols, drawn.cols);
    // The OECD Secretariat takes part in every corpus review: it is kept, first (bodies before countries).
    expect(drawn.rows[0]).toEqual(whole.rows.find((r) => r.id === 'OECD Secretariat'));
  });

  it("keeps the matrix's own order and every total as counted over all reviews", () => {
    const order = (all: MatrixAxis[], kept: MatrixAxis[]) => all.filter((a) => ids(kept).has(a.id));
    expect(drawn.rows).toEqual(order(whole.rows, drawn.rows));
    expect(drawn.cols).toEqual(order(whole.cols, drawn.cols));
    expect(drawn.reviews).toBe(1667);
  });

  it('draws exactly the pairs where a kept reviewer meets a kept country, and counts what it leaves out', () => {
    const rows = ids(drawn.rows);
    const cols = ids(drawn.cols);
    expect(drawn.cells).toEqual(whole.cells.filter((c) => rows.has(c.row) && cols.has(c.col)));
    expect(drawn.max).toBe(Math.max(...drawn.cells.map((c) => c.count)));
    expect(drawn.all).toEqual({ rows: whole.rows.length, cols: whole.cols.length, cells: whole.cells.length });
    expect(drawn.omitted).toEqual({ rows: whole.rows.length - 30, cols: whole.cols.length - 30, cells: whole.cells.length - drawn.cells.length });
    expect(isPartial(drawn)).toBe(true);
  });

  it('says plainly what is drawn and what is left out, in the figure and its table', () => {
    const n = (x: number) => x.toLocaleString('en-GB');
    expect(omittedText(drawn)).toBe(
      `Left out: ${drawn.omitted.rows} reviewers, ${drawn.omitted.cols} reviewed countries and ${n(drawn.omitted.cells)} of ${n(drawn.all.cells)} reviewer–country pairs.`,
    );
    expect(describeMatrix(drawn)).toMatch(new RegExp(`^The 30 of ${drawn.all.rows} reviewers who took part in most reviews in rows and the 30 of ${drawn.all.cols} countries reviewed most in columns, from 1,667 review record`));
    const table = matrixTable(drawn, 'Who reviews whom');
    const heads = (node: VNode, tag: string): string[] => [
      ...(node.tag === tag ? [textOf(node)] : []),
      ...node.children.flatMap((c) => (typeof c === 'object' && c ? heads(c, tag) : [])),
    ];
    expect(heads(table, 'th')).toContain('Reviews given (to any country)');
    expect(heads(table, 'th')).toContain('Reviews received (from any reviewer)');
  });

  it('keeps the figure the same size whatever the corpus: under 15 kB gzipped', () => {
    const size = (s: MatrixState) => gzipSync(toMarkup(matrixFigure(s, { id: 'm', title: 'Who reviews whom', caption: 'Source.' }))).length;
    expect(size(drawn)).toBeLessThan(15_000);
    expect(size(whole)).toBeGreaterThan(5 * size(drawn));
  });
});

describe('boundMatrix', () => {
  const records = [
    { id: 'r1', reviewers: ['Body', 'AAA'], reviewed: 'CCC' },
    { id: 'r2', reviewers: ['BBB'], reviewed: 'DDD' },
    { id: 'r3', reviewers: ['AAA'], reviewed: 'DDD' },
  ];
  const s = matrixState(records, label, isBody);

  it('breaks ties in the matrix order (bodies first, then by name), so the cut is the same at every build', () => {
    // Body, AAA and BBB: AAA has 2; Body and BBB 1 each, Body first in the order.
    expect(boundMatrix(s, { rows: 2, cols: 1 }).rows.map((r) => r.id)).toEqual(['Body', 'AAA']);
    expect(boundMatrix(s, { rows: 1, cols: 1 }).rows.map((r) => r.id)).toEqual(['AAA']);
    expect(boundMatrix(s, { rows: 1, cols: 1 }).cols.map((c) => c.id)).toEqual(['DDD']);
  });

  it('names one left-out reviewer or country in the singular, and only what is left out', () => {
    expect(omittedText(boundMatrix(s, { rows: 2, cols: 2 }))).toBe('Left out: 1 reviewer and 1 of 4 reviewer–country pairs.');
    expect(omittedText(boundMatrix(s, { rows: 3, cols: 1 }))).toBe('Left out: 1 reviewed country and 2 of 4 reviewer–country pairs.');
  });

  it('refuses limits under one row and one column', () => {
    expect(() => boundMatrix(s, { rows: 0, cols: 5 })).toThrow('matrix limits must be at least 1 row and 1 column, not 0 × 5');
  });

  it('bounds an empty matrix to itself', () => {
    const empty = boundMatrix(matrixState([], label, isBody), LIMITS);
    expect(empty).toMatchObject({ rows: [], cols: [], cells: [], max: 0, reviews: 0, omitted: { rows: 0, cols: 0, cells: 0 } });
  });
});
