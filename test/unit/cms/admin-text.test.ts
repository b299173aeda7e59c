/** What the admin shows in words: Decap's phrases the hub changes, and names and dates in the previews. */
import { describe, expect, it } from 'vitest';
import { loadRefLabels } from '../../../src/cms/config.ts';
import { PHRASES, withPhrases } from '../../../src/cms/admin/phrases.ts';
import { fieldLabels, formatDate } from '../../../src/cms/admin/preview.ts';
import type { DecapField } from '../../../src/cms/fields.ts';

describe('phrases', () => {
  it('changes only "New Post" and the full-width plus, keeping every other phrase', () => {
    const en = { workflow: { workflow: { newPost: 'New Post', loading: 'Loading' } }, collection: { collectionTop: { newButton: '＋ %{collectionLabel}', sortBy: 'Sort by' } }, app: { x: 'y' } };
    expect(withPhrases(en, PHRASES as never)).toEqual({
      workflow: { workflow: { newPost: 'New entry', loading: 'Loading' } },
      collection: { collectionTop: { newButton: 'New %{collectionLabel}', newButtonAriaLabel: 'New %{collectionLabel}', sortBy: 'Sort by' } },
      app: { x: 'y' },
    });
    expect(JSON.stringify(PHRASES)).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('previews', () => {
  it('show dates as on the site', () => {
    expect(formatDate('2015-06-09')).toBe('9 June 2015');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('show meetings as "2015 Tokyo: <theme>" and practices by title', () => {
    const refs = loadRefLabels('content');
    expect(refs.meetings['2015-tokyo']).toMatch(/^2015 Tokyo: Fostering a Data-Driven Public Sector/);
    expect(refs.practices['est-x-road']).toBe('X-Road data exchange layer');
    const fields = [{ name: 'meeting', label: 'Meeting', widget: 'relation', collection: 'meetings', required: true }] as DecapField[];
    expect(fieldLabels(fields, refs).get('meeting')?.get('2015-tokyo')).toBe(refs.meetings['2015-tokyo']);
  });
});
