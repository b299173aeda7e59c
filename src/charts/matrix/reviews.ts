/** The review matrix of the hub: every review record, reviewers by name, bodies before countries. */
import { placeName, type Hub } from '../../content/hub-data.ts';
import { reviewersOf } from '../../content/reviews.ts';
import { matrixState, type MatrixState } from './state.ts';

/** The "who reviews whom" matrix of `h` (the reviews page draws it; its files are made from the same). */
export function reviewMatrix(h: Hub): MatrixState {
  return matrixState(
    h.reviews.map((r) => ({ id: r.id, reviewers: reviewersOf(r.data), reviewed: r.data.country })),
    (id) => placeName(h, id),
    (id) => !h.country.has(id),
  );
}

/** The matrix's page, id and title, shared by the page and its files. */
export const REVIEW_MATRIX = { id: 'who-reviews-whom', title: 'Who reviews whom' } as const;
