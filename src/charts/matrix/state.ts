/**
 * "Who reviews whom": review records -> a reviewer × reviewed-country matrix of counts.
 * No pixels here (see layout.ts); pure and tested with synthetic records.
 */

/** One review as the matrix sees it: its id, who reviewed it, and the country reviewed. */
export interface MatrixRecord {
  id: string;
  /** Reviewing bodies (by name) and peer countries (by ISO3 code). */
  reviewers: readonly string[];
  /** ISO3 code of the reviewed country (for a practice, the practice's country). */
  reviewed: string;
}

/** A row or a column: its id and the label people read. */
export interface MatrixAxis {
  id: string;
  label: string;
  /** Reviews on this row or column. */
  total: number;
}

/** A non-empty cell: how many reviews this reviewer gave this country, and which. */
export interface MatrixCell {
  row: string;
  col: string;
  count: number;
  reviews: string[];
}

/** The whole matrix: rows are reviewers, columns reviewed countries. */
export interface MatrixState {
  rows: MatrixAxis[];
  cols: MatrixAxis[];
  cells: MatrixCell[];
  /** The largest cell count (0 when there is no review). */
  max: number;
  /** Number of review records. */
  reviews: number;
}

function axis(counts: Map<string, number>, label: (id: string) => string, first: (id: string) => boolean): MatrixAxis[] {
  return [...counts]
    .map(([id, total]) => ({ id, label: label(id), total }))
    .sort((a, b) => Number(first(b.id)) - Number(first(a.id)) || a.label.localeCompare(b.label, 'en'));
}

/**
 * Builds the matrix. `label` names an id (a country name for a code, the body itself otherwise);
 * `isBody` tells reviewing bodies from countries so bodies come first, then countries by name.
 */
export function matrixState(records: readonly MatrixRecord[], label: (id: string) => string, isBody: (id: string) => boolean): MatrixState {
  const cells = new Map<string, MatrixCell>();
  const rowTotals = new Map<string, number>();
  const colTotals = new Map<string, number>();
  for (const r of records) {
    colTotals.set(r.reviewed, (colTotals.get(r.reviewed) ?? 0) + 1);
    for (const who of new Set(r.reviewers)) {
      rowTotals.set(who, (rowTotals.get(who) ?? 0) + 1);
      const key = `${who}\u0000${r.reviewed}`;
      const cell = cells.get(key) ?? { row: who, col: r.reviewed, count: 0, reviews: [] };
      cell.count += 1;
      cell.reviews.push(r.id);
      cells.set(key, cell);
    }
  }
  const list = [...cells.values()];
  return {
    rows: axis(rowTotals, label, isBody),
    cols: axis(colTotals, label, () => false),
    cells: list,
    max: Math.max(0, ...list.map((c) => c.count)),
    reviews: records.length,
  };
}

/** The count in one cell (0 when the reviewer never reviewed that country). */
export function cellCount(state: MatrixState, row: string, col: string): number {
  return state.cells.find((c) => c.row === row && c.col === col)?.count ?? 0;
}
