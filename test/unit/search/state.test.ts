import { describe, expect, it } from 'vitest';
import { cleanFilters, onlyWordsChanged, parseSearch, toQuery } from '../../../src/search/state.ts';

describe('search state in the URL', () => {
  it('reads words, filters (several per key) and sort', () => {
    expect(parseSearch('?q=data+exchange&type=practice&country=Estonia&country=Finland&sort=newest')).toEqual({
      q: 'data exchange',
      filters: { type: ['practice'], country: ['Estonia', 'Finland'] },
      sort: 'newest',
    });
  });
  it('ignores unknown parameters, blank values, duplicates and unknown sorts', () => {
    expect(parseSearch('?utm=x&country=&country=Estonia&country=Estonia&sort=random')).toEqual({ q: '', filters: { country: ['Estonia'] }, sort: 'relevance' });
  });
  it('writes a stable query that reads back the same', () => {
    const state = parseSearch('?status=retired&q=id&type=practice&sort=oldest');
    expect(toQuery(state)).toBe('?q=id&type=practice&status=retired&sort=oldest');
    expect(parseSearch(toQuery(state))).toEqual(state);
    expect(toQuery({ q: ' ', filters: {}, sort: 'relevance' })).toBe('');
  });
  it('keeps values with commas and accents intact', () => {
    const v = '2. Engagement and participation of public, private and civil-society actors';
    expect(parseSearch(toQuery({ q: 'Türkiye', filters: { principle: [v] }, sort: 'relevance' }))).toEqual({ q: 'Türkiye', filters: { principle: [v] }, sort: 'relevance' });
  });
  it('keeps only known, non-empty filters from Pagefind', () => {
    expect(cleanFilters({ country: ['Estonia'], type: [], other: ['x'], status: 'retired' })).toEqual({ country: ['Estonia'] });
  });
  it('tells typing from filtering', () => {
    const a = parseSearch('?q=da&type=practice');
    expect(onlyWordsChanged(a, parseSearch('?q=data&type=practice'))).toBe(true);
    expect(onlyWordsChanged(a, parseSearch('?q=da&type=review'))).toBe(false);
    expect(onlyWordsChanged(a, a)).toBe(false);
  });
});
