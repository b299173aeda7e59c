/** The synthetic corpus: deterministic, valid against the models, plain Markdown, spread like real content. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, checkEntry, formatProblem } from '../../../../src/checks/content-check.ts';
import { generateCorpusFiles, proportions, type CorpusFile } from '../../../../scripts/lib/corpus/corpus.ts';
import { wordCount } from '../../../../scripts/lib/corpus/corpus-text.ts';
import { splitFrontmatter } from '../../../../src/lib/frontmatter.ts';
import { loadRefs } from '../../../../src/content/refs.ts';
import { readCorpusRefs, writeCorpus } from '../../../../scripts/generate-corpus.ts';

const refs = readCorpusRefs('content');
const files = generateCorpusFiles({ practices: 120, seed: 11 }, refs);
const of = (kind: string) => files.filter((f) => f.path.startsWith(`${kind}/`));
const data = (f: CorpusFile) => splitFrontmatter(f.text, f.path).data;
const body = (f: CorpusFile) => splitFrontmatter(f.text, f.path).body;

describe('generateCorpusFiles', () => {
  it('gives the same files for the same seed, and other files for another seed', () => {
    expect(generateCorpusFiles({ practices: 120, seed: 11 }, refs)).toEqual(files);
    expect(generateCorpusFiles({ practices: 120, seed: 12 }, refs)[0]!.text).not.toBe(files[0]!.text);
  });

  it('makes N practices and statements and reviews in the proportions of the real content', () => {
    expect(of('practices')).toHaveLength(120);
    expect(proportions(120)).toEqual({ statements: 6, reviews: 20 });
    expect(of('statements')).toHaveLength(6);
    expect(of('reviews')).toHaveLength(20);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  it('writes entries every model accepts, with references that exist', () => {
    const all = loadRefs('content');
    const withPractices = { ...all, practices: { ...all.practices, ids: new Set(of('practices').map((f) => f.path.replace(/^practices\/|\.[a-z]+$/g, ''))) } };
    const kinds = { practices: 'practices', statements: 'statements', reviews: 'reviews' } as const;
    const problems = files.flatMap((f) => checkEntry(kinds[f.path.split('/')[0] as keyof typeof kinds], f.path, f.text, withPractices));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('writes practice bodies of about 400 words, plain Markdown that is safe as MDX', () => {
    for (const f of of('practices')) {
      expect(wordCount(body(f))).toBeGreaterThanOrEqual(400);
      expect(wordCount(body(f))).toBeLessThan(460);
    }
    for (const f of files) expect(body(f), f.path).not.toMatch(/[{}<>]/);
  });

  it('spreads practices over countries (mostly OECD members), statuses, principles, dimensions and years', () => {
    const ps = of('practices').map(data);
    const oecd = new Set(refs.countries.filter((c) => c.oecd).map((c) => c.id));
    expect(new Set(ps.map((p) => p.country)).size).toBeGreaterThan(30);
    expect(ps.filter((p) => oecd.has(p.country as string)).length / ps.length).toBeGreaterThan(0.7);
    expect(new Set(ps.map((p) => p.status)).size).toBe(5);
    expect(new Set(ps.flatMap((p) => p.principles as number[])).size).toBe(12);
    expect(new Set(ps.flatMap((p) => p.dimensions as string[])).size).toBe(6);
    expect(new Set(ps.map((p) => p.startYear)).size).toBeGreaterThan(20);
  });

  it('uses a wide vocabulary, as a search index would meet', () => {
    const words = new Set(of('practices').flatMap((f) => body(f).toLowerCase().match(/\p{L}+/gu) ?? []));
    expect(words.size).toBeGreaterThan(4000);
  });

  it('refuses a corpus with no practice', () => {
    expect(() => generateCorpusFiles({ practices: 0, seed: 1 }, refs)).toThrow('at least 1');
  });
});

describe('writeCorpus', () => {
  const out = mkdtempSync(join(tmpdir(), 'hub-corpus-test-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a content folder that passes the whole content check, keeping the real reference data', () => {
    const c = writeCorpus({ practices: 30, seed: 5, out: join(out, 'content') });
    expect(c).toMatchObject({ practices: 30, statements: 2, reviews: 5 });
    expect(checkContent(c.dir).map(formatProblem)).toEqual([]);
    expect(readFileSync(join(c.dir, 'countries.yaml'), 'utf8')).toBe(readFileSync('content/countries.yaml', 'utf8'));
  });

  it('never writes into content/', () => {
    expect(() => writeCorpus({ practices: 1, seed: 1, out: 'content/practices' })).toThrow('refusing to write a synthetic corpus into');
    expect(() => writeCorpus({ practices: 1, seed: 1, out: 'content' })).toThrow('refusing');
  });
});
