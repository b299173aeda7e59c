/** The practice import owns only the fields it maps from practices.csv: the rest of content/ is the editors'. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cellValue, importPractices } from '../../../scripts/import-practices.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import type { Field } from '../../../src/schemas/fields.ts';
import { practiceFields } from '../../../src/schemas/practice.ts';

let content: string;
const file = (slug: string) => join(content, 'practices', `${slug}.mdx`);
const frontmatter = (slug: string) => splitFrontmatter(readFileSync(file(slug), 'utf8'), slug);

/** Adds `lines` at the end of a practice's frontmatter. */
function addToFrontmatter(slug: string, lines: string): void {
  const text = readFileSync(file(slug), 'utf8');
  writeFileSync(file(slug), text.replace(/\n---\n/, `\n${lines}\n---\n`));
}

beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'hub-practices-'));
  cpSync('content/practices', join(content, 'practices'), { recursive: true });
});

describe('importPractices', () => {
  it('keeps a field the model gained, in model order, with the body untouched', () => {
    const audience = { name: 'audience', label: 'Audience', kind: 'string', required: false } as const satisfies Field;
    const fields = [...practiceFields.slice(0, -1), audience, practiceFields.at(-1)!];
    addToFrontmatter('est-x-road', 'audience: Public bodies and companies');
    const body = frontmatter('est-x-road').body;

    expect(importPractices(false, { content, fields })['est-x-road.mdx']).toBe('written');
    const after = frontmatter('est-x-road');
    expect(after.data.audience).toBe('Public bodies and companies');
    expect(Object.keys(after.data)).toEqual(['title', 'country', 'organisation', 'startYear', 'status', 'principles', 'dimensions', 'summary', 'audience', 'links']);
    expect(after.body).toBe(body);
    expect(importPractices(true, { content, fields })['est-x-road.mdx']).toBe('unchanged');
  });

  it('keeps fields the model does not know after the model\'s, and an editor\'s extra links after the source', () => {
    addToFrontmatter('est-x-road', 'reviewNote: kept as written\nextra: [1, 2]');
    const text = readFileSync(file('est-x-road'), 'utf8').replace('links:\n', 'links:\n  - label: Evaluation\n    url: https://example.org/eval\n');
    writeFileSync(file('est-x-road'), text);
    importPractices(false, { content });
    const data = frontmatter('est-x-road').data;
    expect(Object.keys(data).slice(-3)).toEqual(['links', 'reviewNote', 'extra']);
    expect(data.extra).toEqual([1, 2]);
    expect(data.links).toEqual([{ label: 'Source', url: 'https://www.ria.ee/x-road' }, { label: 'Evaluation', url: 'https://example.org/eval' }]);
  });

  it('rewrites the facts it owns from the CSV', () => {
    writeFileSync(file('est-x-road'), readFileSync(file('est-x-road'), 'utf8').replace('startYear: 2001', 'startYear: 1999'));
    expect(importPractices(true, { content })['est-x-road.mdx']).toBe('stale');
    importPractices(false, { content });
    expect(frontmatter('est-x-road').data.startYear).toBe(2001);
  });

  it('leaves a practice that is not in practices.csv byte for byte, and does not report it', () => {
    const local = '---\ntitle:   Local practice   # hand-written\ncountry: EST\nodd: { a: 1 }\n---\nBody\r\nkept.\n';
    writeFileSync(file('est-local-only'), local);
    const results = importPractices(false, { content });
    expect(readFileSync(file('est-local-only'), 'utf8')).toBe(local);
    expect(Object.keys(results)).not.toContain('est-local-only.mdx');
  });

  it('reads each cell as its field\'s kind declares', () => {
    const byName = (n: string) => practiceFields.find((f) => f.name === n)!;
    expect(cellValue(byName('startYear'), '2014')).toBe(2014);
    expect(cellValue(byName('principles'), '6;4')).toEqual([6, 4]);
    expect(cellValue(byName('dimensions'), 'a;b')).toEqual(['a', 'b']);
    expect(cellValue(byName('title'), '1;2')).toBe('1;2');
  });

  it('refuses to run when the model no longer declares a field it maps', () => {
    const fields = practiceFields.filter((f) => f.name !== 'organisation');
    expect(() => importPractices(true, { content, fields })).toThrow('field(s) organisation that src/schemas/practice.ts no longer declares');
  });
});
