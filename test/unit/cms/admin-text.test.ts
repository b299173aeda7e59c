/** What the admin shows in words: Decap's phrases the hub changes, and names and dates in the previews. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCmsConfig, loadRefLabels, loadRefOptions } from '../../../src/cms/config.ts';
import { PHRASES, withPhrases } from '../../../src/cms/admin/phrases.ts';
import { fieldLabels, formatDate, pagePreview } from '../../../src/cms/admin/preview.ts';
import type { H, ImmutableMap, Instance } from '../../../src/cms/admin/browser.ts';
import type { DecapField } from '../../../src/cms/fields.ts';
import { cmsSettings } from '../../../src/cms/settings.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

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

describe('a preview of a whole entry', () => {
  type El = { type: string; props: Record<string, unknown> | null; children: unknown[] };
  const h: H = (type, props, ...children) => ({ type: String(type), props: props ?? null, children });
  /** The text of an element tree, one line per block element. */
  const text = (node: unknown): string => {
    if (node === null || node === undefined || node === false) return '';
    if (typeof node !== 'object') return String(node);
    const el = node as El;
    const inner = el.children.map(text).join('');
    return ['h1', 'h2', 'h3', 'p', 'dt', 'dd', 'li', 'span'].includes(el.type) ? `${inner}\n` : inner;
  };
  const config = buildCmsConfig(cmsSettings({ CMS_BACKEND: 'local' }, 'main'), loadRefOptions('content')) as { collections: { name: string; fields: DecapField[] }[] };
  const refs = loadRefLabels('content');
  const preview = (collection: string, file: string, data = splitFrontmatter(readFileSync(file, 'utf8'), file).data) => {
    const template = pagePreview(h, config.collections.find((c) => c.name === collection)!.fields, refs);
    const entry = { get: (key: string) => (key === 'data' ? { toJS: () => data } : undefined) } as unknown as ImmutableMap;
    const self = { props: { entry, widgetFor: () => null } } as unknown as Instance<{ entry: ImmutableMap; widgetFor: (name: string) => unknown }, object>;
    return text(template.render.call(self)).split('\n').filter(Boolean);
  };

  it('names meetings, principles and follow-up meetings, and writes dates in words, inside commitments too', () => {
    const lines = preview('statements', 'content/statements/2015-tokyo.mdx');
    expect(lines).toContain('2015 Tokyo: Fostering a Data-Driven Public Sector: realising the potential of government data');
    expect(lines).toContain('30 September 2015');
    expect(lines).toContain('Commitments');
    expect(lines).toContain('3. Data-driven culture in the public sector');
    expect(lines).toContain('Follow-up');
    expect(lines).toContain('2016 Tallinn: Leading the Digital Transformation: a data-driven public sector for sustainable and inclusive governance');
    expect(lines).toContain('Done');
    expect(lines.join('\n')).not.toMatch(/2016-tallinn|2015-09-30|\bdone\b/);
  });

  it('shows a practice\'s country, status, principles and dimensions by name', () => {
    const lines = preview('practices', 'content/practices/est-x-road.mdx');
    expect(lines).toEqual(expect.arrayContaining(['Estonia (EST)', 'Implemented', '4. Privacy protection and security (risk management)', 'Government as a platform']));
    expect(lines).not.toContain('EST');
    expect(lines).not.toContain('government_as_a_platform');
  });

  it('leaves out a list whose items are still empty, and says yes or no', () => {
    const lines = preview('statements', '', { title: 'New', commitments: [{ text: '', principles: [] }] });
    expect(lines).toEqual(['New']);
    expect(preview('reviews', '', { title: 'R', recommendationsComplete: false })).toEqual(['R', 'Every recommendation listed', 'No']);
  });
});
