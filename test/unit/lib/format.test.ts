import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDocumentDate } from '../../../src/lib/format.ts';
import { slugify } from '../../../src/lib/slug.ts';
import { countBy } from '../../../src/lib/count-by.ts';

describe('formatDate and formatDateRange', () => {
  it('writes dates the British way', () => expect(formatDate('2015-09-30')).toBe('30 September 2015'));
  it('shortens a range within a month', () => expect(formatDateRange(2015, '2015-09-29', '2015-09-30')).toBe('29–30 September 2015'));
  it('spans months and years', () => {
    expect(formatDateRange(2015, '2015-09-30', '2015-10-01')).toBe('30 September – 1 October 2015');
    expect(formatDateRange(2015, '2015-12-31', '2016-01-01')).toBe('31 December 2015 – 1 January 2016');
  });
  it('says when the date is not known', () => expect(formatDateRange(2018)).toBe('2018 (exact date not known)'));
  it('shows a one-day meeting once', () => expect(formatDateRange(2025, '2025-11-03', '2025-11-03')).toBe('3 November 2025'));
  it('says when only the first day is known, never showing a one-day meeting', () =>
    expect(formatDateRange(2025, '2025-11-03', undefined, false)).toBe('from 3 November 2025 (end date not known)'));
  it('writes a month-only document date as the month', () => {
    expect(formatDocumentDate('2023-06-01', 'month')).toBe('June 2023');
    expect(formatDocumentDate('2015-09-30')).toBe('30 September 2015');
  });
});

describe('slugify', () => {
  it('drops accents and punctuation', () => expect(slugify('Mexico City')).toBe('mexico-city'));
  it('handles accents', () => expect(slugify('Chave Móvel Digital!')).toBe('chave-movel-digital'));
});

describe('countBy', () => {
  it('counts each distinct key once per item', () => {
    expect([...countBy([{ k: ['a', 'b', 'a'] }, { k: ['a'] }], (x) => x.k)]).toEqual([['a', 2], ['b', 1]]);
  });
});

describe('withShortName', () => {
  it('adds the short name once', async () => {
    const { withShortName } = await import('../../../src/lib/format.ts');
    expect(withShortName('OECD Digital Government Index', 'DGI')).toBe('OECD Digital Government Index (DGI)');
    expect(withShortName('OECD Open, Useful and Re-usable data (OURdata) Index', 'OURdata')).toBe('OECD Open, Useful and Re-usable data (OURdata) Index');
  });
});
