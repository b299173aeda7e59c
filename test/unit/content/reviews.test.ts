/** Review helpers: reviewers, principles concerned, a practice's review state, coverage. Synthetic data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryReviews, coverage, listText, practiceReviewState, reviewersOf, reviewsDiscussing, reviewPrinciples, sharePercent, shareText, type PracticeLike, type ReviewLike } from '../../../src/content/reviews.ts';
import type { ReviewEntry } from '../../../src/schemas/review.ts';

const link = [{ label: 'Report', url: 'https://example.org/' }];
const review = (id: string, data: Partial<ReviewEntry>): ReviewLike => ({
  id,
  data: { title: id, country: 'AAA', status: 'published', year: 2020, links: link, ...data },
});

const PRACTICES: PracticeLike[] = [
  { id: 'aaa-one', data: { country: 'AAA', principles: ['1', '3'] } },
  { id: 'aaa-two', data: { country: 'AAA', principles: ['3'] } },
  { id: 'bbb-one', data: { country: 'BBB', principles: ['2'] } },
];
const REVIEWS: ReviewLike[] = [
  review('old', { practice: 'aaa-one', reviewers: ['BBB'], completed: '2019-05-01', year: 2019 }),
  review('new', { practice: 'aaa-one', reviewers: ['CCC'], bodies: ['Secretariat'], lead: 'CCC', completed: '2021-02-01', year: 2021 }),
  review('asked', { practice: 'aaa-two', reviewers: ['BBB'], status: 'requested', requested: '2024-01-01', year: 2024 }),
  review('country', { country: 'BBB', reviewers: ['AAA'], bodies: ['Secretariat'] }),
];

describe('reviewersOf and reviewPrinciples', () => {
  it('lists bodies first, then peer countries', () => {
    expect(reviewersOf(REVIEWS[1]!.data)).toEqual(['Secretariat', 'CCC']);
    expect(reviewersOf(review('x', {}).data)).toEqual([]);
  });
  it("gathers the practice's principles and those assessed or recommended on, once each, in number order", () => {
    const r = review('x', {
      assessment: [{ principle: '10', rating: 'leading', comment: 'c' }],
      recommendations: [{ id: 'R1', text: 't', principle: '3', priority: 'high' }],
    });
    expect(reviewPrinciples(r.data, PRACTICES[0])).toEqual(['1', '3', '10']);
    expect(reviewPrinciples(review('y', {}).data)).toEqual([]);
  });
});

describe('practiceReviewState', () => {
  it('gives the newest published review and the reviews under way', () => {
    expect(practiceReviewState(REVIEWS, 'aaa-one').published?.id).toBe('new');
    expect(practiceReviewState(REVIEWS, 'aaa-one').pending).toEqual([]);
    const two = practiceReviewState(REVIEWS, 'aaa-two');
    expect(two.published).toBeUndefined();
    expect(two.pending.map((r) => r.id)).toEqual(['asked']);
    expect(practiceReviewState(REVIEWS, 'bbb-one')).toEqual({ published: undefined, pending: [] });
  });
});

describe('countryReviews', () => {
  it('separates reviews received (of the country or its practices) from reviews given as a peer', () => {
    const a = countryReviews(REVIEWS, 'AAA');
    expect(a.received.map((r) => r.id)).toEqual(['old', 'new', 'asked']);
    expect(a.given.map((r) => r.id)).toEqual(['country']);
    expect(countryReviews(REVIEWS, 'BBB').given.map((r) => r.id)).toEqual(['old', 'asked']);
  });
});

describe('coverage', () => {
  const c = coverage(PRACTICES, REVIEWS, ['1', '2', '3', '4']);
  it('counts practices with a published review; requested reviews do not count', () => {
    expect(c.total).toEqual({ key: 'all', practices: 3, reviewed: 1 });
  });
  it('counts a practice under each of its principles, and keeps principles with no practice', () => {
    expect(c.byPrinciple).toEqual([
      { key: '1', practices: 1, reviewed: 1 },
      { key: '2', practices: 1, reviewed: 0 },
      { key: '3', practices: 2, reviewed: 1 },
      { key: '4', practices: 0, reviewed: 0 },
    ]);
  });
  it('counts by country', () => {
    expect(c.byCountry).toEqual([{ key: 'AAA', practices: 2, reviewed: 1 }, { key: 'BBB', practices: 1, reviewed: 0 }]);
  });
  it('writes shares for people, and never 0% for a group with no practice', () => {
    expect(shareText(c.total)).toBe('1 of 3 (33%)');
    expect(sharePercent({ key: '4', practices: 0, reviewed: 0 })).toBeUndefined();
    expect(shareText({ key: '4', practices: 0, reviewed: 0 })).toBe('no practice');
  });
});

describe('listText', () => {
  it('joins names the way a sentence does', () => {
    expect(listText([])).toBe('');
    expect(listText(['Spain'])).toBe('Spain');
    expect(listText(['Mexico', 'Spain'])).toBe('Mexico and Spain');
    expect(listText(['OECD Secretariat', 'Mexico', 'Spain'])).toBe('OECD Secretariat, Mexico and Spain');
  });
});

describe('reviewsDiscussing', () => {
  it('lists the published reviews whose report discusses a practice, newest first, never its own review or one under way', () => {
    const reviews = [
      review('c2018', { country: 'CCC', bodies: ['Secretariat'], discusses: ['aaa-one'], year: 2018 }),
      review('c2022', { country: 'CCC', bodies: ['Secretariat'], discusses: ['bbb-one', 'aaa-one'], year: 2022 }),
      review('own', { practice: 'aaa-one', reviewers: ['BBB'], discusses: ['aaa-one'] }),
      review('later', { country: 'DDD', bodies: ['Secretariat'], status: 'in-progress', discusses: ['aaa-one'], year: 2025 }),
    ];
    expect(reviewsDiscussing(reviews, 'aaa-one').map((r) => r.id)).toEqual(['c2022', 'c2018']);
    expect(reviewsDiscussing(reviews, 'bbb-one').map((r) => r.id)).toEqual(['c2022']);
    expect(reviewsDiscussing(reviews, 'aaa-two')).toEqual([]);
  });
});

describe('practiceReviewState and reviewsDiscussing on many reviews', () => {
  // The definitions, as each page once worked them out over every review; the helpers now index a list once.
  const newestFirst = (a: ReviewLike, b: ReviewLike) => (b.data.completed ?? b.data.requested ?? String(b.data.year)).localeCompare(a.data.completed ?? a.data.requested ?? String(a.data.year));
  const state = (reviews: ReviewLike[], id: string) => {
    const own = reviews.filter((r) => r.data.practice === id).sort(newestFirst);
    return { published: own.find((r) => r.data.status === 'published'), pending: own.filter((r) => r.data.status !== 'published') };
  };
  const discussing = (reviews: ReviewLike[], id: string) =>
    reviews.filter((r) => r.data.status === 'published' && r.data.practice !== id && (r.data.discusses ?? []).includes(id)).sort(newestFirst);

  it('give what a filter over every review gives, ties in list order', () => {
    const ids = ['p1', 'p2', 'p3'];
    const row = fc.record({
      practice: fc.option(fc.constantFrom(...ids), { nil: undefined }),
      status: fc.constantFrom('published', 'requested', 'in_progress'),
      year: fc.integer({ min: 2018, max: 2021 }),
      discusses: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 2 }),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
      const reviews = rows.map((r, i) => review(`r${i}`, { ...r, status: r.status as ReviewEntry['status'] }));
      for (const id of ids) {
        expect(practiceReviewState(reviews, id)).toEqual(state(reviews, id));
        expect(reviewsDiscussing(reviews, id).map((r) => r.id)).toEqual(discussing(reviews, id).map((r) => r.id));
      }
    }), { numRuns: 200, seed: 3 });
  });
});
