import { describe, expect, it } from 'vitest';
import { compareValues, matchesTyped, orderGroups } from '~/search/filter-order.ts';

describe('search filter order', () => {
  it('puts Type first and keeps unknown groups last', () => {
    expect(orderGroups(['country', 'dimension', 'principle', 'status', 'type', 'year', 'other'])).toEqual(['type', 'principle', 'dimension', 'status', 'country', 'year', 'other']);
  });

  it('sorts principles by their number, not as text', () => {
    const values = ['1. Openness', '10. Skills', '12. Law', '2. Engagement', '11. Procurement', '9. Business cases'];
    expect([...values].sort(compareValues)).toEqual(['1. Openness', '2. Engagement', '9. Business cases', '10. Skills', '11. Procurement', '12. Law']);
  });

  it('matches typed words ignoring case and accents', () => {
    expect(matchesTyped('Türkiye', 'turk')).toBe(true);
    expect(matchesTyped("Côte d'Ivoire", 'COTE')).toBe(true);
    expect(matchesTyped('Estonia', 'fin')).toBe(false);
    expect(matchesTyped('Estonia', '  ')).toBe(true);
  });
});
