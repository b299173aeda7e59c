/**
 * "Who reviews whom" within a size that does not grow with the content: the most active reviewers and the most
 * reviewed countries, and what is left out, in numbers. Pure, no pixels; tested with review-shaped records.
 */
import type { MatrixAxis, MatrixState } from './state.ts';

/** At most this many rows (reviewers) and columns (reviewed countries) are drawn. */
export interface MatrixLimits {
  rows: number;
  cols: number;
}

/**
 * The most a matrix draws on a page and in its files, whatever the content: 30 × 30 holds every reviewer and
 * reviewed country of the real content many times over, and keeps the figure under 15 kB gzipped at 10,000
 * practices (1,667 reviews); the complete pairs are a download (src/downloads/review-pairs.ts).
 */
export const MATRIX_LIMITS: MatrixLimits = { rows: 30, cols: 30 };

/** What a bounded matrix leaves out (all 0 when it shows everything). */
export interface MatrixOmitted {
  /** Reviewers not drawn. */
  rows: number;
  /** Reviewed countries not drawn. */
  cols: number;
  /** Non-empty reviewer–country pairs not drawn. */
  cells: number;
}

/** A matrix cut to its limits. Row and column totals still count every review, drawn or not. */
export interface BoundedMatrix extends MatrixState {
  /** How many reviewers and reviewed countries there are in all, and non-empty pairs. */
  all: { rows: number; cols: number; cells: number };
  omitted: MatrixOmitted;
}

/** The `n` axes with the largest totals, ties in the matrix's own order; returned in that order. */
function mostActive(axes: readonly MatrixAxis[], n: number): MatrixAxis[] {
  if (axes.length <= n) return [...axes];
  const keep = new Set(
    axes
      .map((a, i) => ({ a, i }))
      .sort((x, y) => y.a.total - x.a.total || x.i - y.i)
      .slice(0, Math.max(0, n))
      .map((x) => x.a.id),
  );
  return axes.filter((a) => keep.has(a.id));
}

/**
 * Keeps the `limits.rows` reviewers who took part in most reviews and the `limits.cols` countries reviewed most,
 * each in the matrix's order (bodies first, then by name), and the cells where they meet. A matrix within its
 * limits comes back whole, with nothing omitted.
 */
export function boundMatrix(s: MatrixState, limits: MatrixLimits): BoundedMatrix {
  if (!(limits.rows >= 1 && limits.cols >= 1)) throw new Error(`matrix limits must be at least 1 row and 1 column, not ${limits.rows} × ${limits.cols}`);
  const rows = mostActive(s.rows, limits.rows);
  const cols = mostActive(s.cols, limits.cols);
  const rowIds = new Set(rows.map((r) => r.id));
  const colIds = new Set(cols.map((c) => c.id));
  const cells = s.cells.filter((c) => rowIds.has(c.row) && colIds.has(c.col));
  return {
    rows,
    cols,
    cells,
    max: Math.max(0, ...cells.map((c) => c.count)),
    reviews: s.reviews,
    all: { rows: s.rows.length, cols: s.cols.length, cells: s.cells.length },
    omitted: { rows: s.rows.length - rows.length, cols: s.cols.length - cols.length, cells: s.cells.length - cells.length },
  };
}

/** Whether a bounded matrix leaves anything out. */
export const isPartial = (m: BoundedMatrix) => m.omitted.rows + m.omitted.cols > 0;
