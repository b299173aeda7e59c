/** /data/review-pairs.csv (src/downloads/review-pairs.ts): every reviewer of every review, so the matrix's cut loses nothing. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { REVIEW_PAIR_COLUMNS, reviewPairRows } from '../../../src/downloads/review-pairs.ts';
import { matrixState } from '../../../src/charts/matrix/state.ts';
import { toCsv } from '../../../src/lib/csv.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import type { ReviewLike } from '../../../src/content/reviews.ts';
import { expectedCells, reviewRecords } from '../../support/review-records.ts';
import { corpusReviews, matrixRecordsOf } from '../../support/review-shapes.ts';

const name = (iso3: string) => `Name of ${iso3}`;
const realReviews: ReviewLike[] = readdirSync('content/reviews').filter((f) => f.endsWith('.mdx')).map((f) => ({
  id: f.slice(0, -4),
  data: splitFrontmatter(readFileSync(`content/reviews/${f}`, 'utf8'), f).data as unknown as ReviewLike['data'],
}));
/** "reviewer→country=count" of a table's rows, as expectedCells writes the matrix. */
const cellsOf = (rows: readonly Record<string, string>[]) => {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.reviewer}→${r.country}`, (counts.get(`${r.reviewer}→${r.country}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}=${n}`).sort();
};

describe('the pairs of the real content', () => {
  const rows = reviewPairRows(realReviews, name);

  it('add up, by reviewer and country, to every cell of the matrix the review files imply', () => {
    expect(cellsOf(rows)).toEqual(expectedCells(reviewRecords('content')));
  });

  it('name each reviewer, its kind and the reviewed country; mark the lead; link the review', () => {
    const arg = rows.filter((r) => r.review === 'arg-digital-government-review-2019');
    expect(arg.map((r) => `${r.reviewer}:${r.reviewerKind}`)).toEqual(['OECD Secretariat:body', 'MEX:country', 'NOR:country', 'ESP:country']);
    expect(arg.find((r) => r.reviewer === 'ESP')).toMatchObject({ reviewerName: 'Name of ESP', country: 'ARG', countryName: 'Name of ARG', page: '/reviews/arg-digital-government-review-2019/', practice: '', status: 'published', year: '2019' });
    for (const review of realReviews) {
      const lead = rows.filter((r) => r.review === review.id && r.lead === 'true').map((r) => r.reviewer);
      expect(lead, review.id).toEqual(review.data.lead ? [review.data.lead] : []);
    }
  });
});

describe('the pairs of the 10,000-practice corpus (1,667 reviews)', () => {
  const reviews = corpusReviews(1667);
  const rows = reviewPairRows(reviews, name);

  it('hold every cell of the whole matrix, not only the part the chart draws', () => {
    const whole = matrixState(matrixRecordsOf(reviews), (id) => id, (id) => !/^[A-Z]{3}$/.test(id));
    expect(cellsOf(rows)).toEqual(whole.cells.map((c) => `${c.row}→${c.col}=${c.count}`).sort());
    expect(new Set(rows.map((r) => r.review)).size).toBe(1667);
  });

  it('write as CSV with the declared columns, and read back unchanged', () => {
    const text = toCsv(REVIEW_PAIR_COLUMNS.map((c) => c.name), rows);
    const back = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(back[0]!)).toEqual(REVIEW_PAIR_COLUMNS.map((c) => c.name));
    expect(back).toEqual(rows);
  });
});

describe('a reviewing body whose name a spreadsheet would run as a formula', () => {
  it('is written as text', () => {
    const review = { ...realReviews[0]!, data: { ...realReviews[0]!.data, bodies: ['=HYPERLINK("x")'] } };
    const text = toCsv(REVIEW_PAIR_COLUMNS.map((c) => c.name), reviewPairRows([review], name));
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
