/** The review filters: every filter narrows, empty means any, lists survive a data-* attribute. */
import { describe, expect, it } from 'vitest';
import { countText, joinList, matches, splitList } from '../../../src/reviews/filter.ts';

const row = { status: 'published', reviewers: ['OECD Secretariat', 'ESP'], country: 'ARG', principles: ['3', '6'] };

describe('matches', () => {
  it('accepts a row when no filter is chosen', () => {
    expect(matches(row, {})).toBe(true);
    expect(matches(row, { status: '', reviewer: '', country: '', principle: '' })).toBe(true);
  });
  it.each([
    [{ status: 'published' }, true], [{ status: 'requested' }, false],
    [{ reviewer: 'ESP' }, true], [{ reviewer: 'OECD Secretariat' }, true], [{ reviewer: 'MEX' }, false],
    [{ country: 'ARG' }, true], [{ country: 'PAN' }, false],
    [{ principle: '6' }, true], [{ principle: '1' }, false],
    [{ status: 'published', reviewer: 'ESP', country: 'ARG', principle: '3' }, true],
    [{ status: 'published', reviewer: 'ESP', country: 'PAN' }, false],
  ])('%o -> %s', (filter, expected) => {
    expect(matches(row, filter)).toBe(expected);
  });
});

describe('lists in data-* attributes', () => {
  it('round-trip, names with spaces included', () => {
    expect(splitList(joinList(row.reviewers))).toEqual(row.reviewers);
    expect(splitList('')).toEqual([]);
    expect(splitList(undefined)).toEqual([]);
  });
});

describe('countText', () => {
  it('says how many reviews are shown', () => {
    expect(countText(7, 7)).toBe('Showing all 7 reviews.');
    expect(countText(2, 7)).toBe('Showing 2 of 7 reviews.');
    expect(countText(0, 1)).toBe('Showing 0 of 1 review.');
  });
});
