/** The review matrix of the hub: every review record, reviewers by name, bodies before countries. */
import { placeName, type Hub } from '../../content/hub-data.ts';
import { reviewersOf } from '../../content/reviews.ts';
import { boundMatrix, MATRIX_LIMITS, type BoundedMatrix } from './bound.ts';
import { matrixState, type MatrixState } from './state.ts';

/** The matrix's id and title, shared by its page and its files. */
export const REVIEW_MATRIX = { id: 'who-reviews-whom', title: 'Who reviews whom' } as const;

/** The whole "who reviews whom" matrix of `h`: every reviewer and every reviewed country. */
export function reviewMatrix(h: Hub): MatrixState {
  return matrixState(
    h.reviews.map((r) => ({ id: r.id, reviewers: reviewersOf(r.data), reviewed: r.data.country })),
    (id) => placeName(h, id),
    (id) => !h.country.has(id),
  );
}

/** The matrix as drawn on its page and in its files: within MATRIX_LIMITS, saying what is left out. */
export const drawnReviewMatrix = (h: Hub): BoundedMatrix => boundMatrix(reviewMatrix(h), MATRIX_LIMITS);
