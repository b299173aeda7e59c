/** Review records as the matrix and the pairs download read them, from the real content/ and from the benchmark's corpus. */
import { generateCorpusFiles } from '../../scripts/lib/corpus/corpus.ts';
import { readCorpusRefs } from '../../scripts/generate-corpus.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import type { ReviewLike } from '../../src/content/reviews.ts';
import type { MatrixRecord } from '../../src/charts/matrix/state.ts';
import { reviewRecords } from './review-records.ts';

/** The reviews of content/ as the matrix counts them: bodies first, then peer countries. */
export const realMatrixRecords = (): MatrixRecord[] =>
  reviewRecords('content').map((r) => ({ id: r.id, reviewers: [...r.bodies, ...r.reviewers], reviewed: r.country }));

/**
 * The reviews of the benchmark's synthetic corpus (scripts/lib/corpus/), `n` of them: 1,667 is what
 * `npm run corpus -- --practices 10000` makes. Few, short practices: only the reviews are wanted.
 */
export function corpusReviews(n: number, seed = 1): ReviewLike[] {
  return generateCorpusFiles({ practices: 600, statements: 1, reviews: n, seed, words: 5 }, readCorpusRefs('content'))
    .filter((f) => f.path.startsWith('reviews/'))
    .map((f) => ({ id: f.path.slice('reviews/'.length, -'.mdx'.length), data: splitFrontmatter(f.text, f.path).data as unknown as ReviewLike['data'] }));
}

/** Reviews as the matrix counts them. */
export const matrixRecordsOf = (reviews: readonly ReviewLike[]): MatrixRecord[] =>
  reviews.map((r) => ({ id: r.id, reviewers: [...(r.data.bodies ?? []), ...(r.data.reviewers ?? [])], reviewed: r.data.country }));
