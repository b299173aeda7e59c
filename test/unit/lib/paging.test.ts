/** Paging: lists cut into pages in order, and the page numbers a pager shows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate, pagerNumbers } from '../../../src/lib/paging.ts';

describe('paginate', () => {
  it('cuts a list into full pages and a last page with the rest, in order', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const pages = paginate(items, 96);
    expect(pages.map((p) => p.length)).toEqual([96, 96, 58]);
    expect(pages.flat()).toEqual(items);
  });

  it('gives an empty list one empty page, for its empty state', () => {
    expect(paginate([], 96)).toEqual([[]]);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => paginate([1], 0)).toThrow(/page size must be a whole number/);
    expect(() => paginate([1], 2.5)).toThrow(/page size must be a whole number/);
  });

  it('keeps every item exactly once, no page over the size, only the last page short', () => {
    fc.assert(fc.property(fc.array(fc.integer(), { maxLength: 400 }), fc.integer({ min: 1, max: 120 }), (items, size) => {
      const pages = paginate(items, size);
      expect(pages.flat()).toEqual(items);
      expect(pages.every((p) => p.length <= size)).toBe(true);
      expect(pages.slice(0, -1).every((p) => p.length === size)).toBe(true);
      expect(pages.length).toBe(Math.max(1, Math.ceil(items.length / size)));
    }));
  });
});

describe('pagerNumbers', () => {
  it('shows the first, the last and two pages either side of the current one', () => {
    expect(pagerNumbers(6, 105)).toEqual([1, null, 4, 5, 6, 7, 8, null, 105]);
    expect(pagerNumbers(1, 105)).toEqual([1, 2, 3, null, 105]);
    expect(pagerNumbers(105, 105)).toEqual([1, null, 103, 104, 105]);
  });

  it('shows every page of a short list, and a page rather than a gap of one', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(5, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stays short however long the list, and always includes the current page once', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 4999 }), (last, i) => {
      const current = (i % last) + 1;
      const numbers = pagerNumbers(current, last);
      expect(numbers.length).toBeLessThanOrEqual(9);
      expect(numbers.filter((n) => n === current)).toHaveLength(1);
      const shown = numbers.filter((n): n is number => n !== null);
      expect(shown).toEqual([...shown].sort((a, b) => a - b));
      expect(shown[0]).toBe(1);
      expect(shown.at(-1)).toBe(last);
    }));
  });
});
