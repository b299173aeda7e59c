/**
 * The content quality gate: every practice, outcome document and review cites at least one https source, no
 * practice is in the hub twice, and every outcome document's meeting exists. Counts come from content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

type Links = { url: string }[] | undefined;
const entries = (folder: string) =>
  readdirSync(join('content', folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ f, data: splitFrontmatter(readFileSync(join('content', folder, f), 'utf8'), f).data }));
const https = (urls: (string | undefined)[]) => urls.some((u) => u?.startsWith('https://'));

const practices = entries('practices');
const statements = entries('statements');
const reviews = entries('reviews');

describe('content quality gate', () => {
  it('every practice has at least one https source link', () => {
    for (const { f, data } of practices) expect(https(((data.links as Links) ?? []).map((l) => l.url)), f).toBe(true);
  });

  it('every outcome document has at least one https source (its source or another link)', () => {
    for (const { f, data } of statements) {
      expect(https([data.source as string, ...((data.links as Links) ?? []).map((l) => l.url)]), f).toBe(true);
    }
  });

  it('every review has at least one https link', () => {
    for (const { f, data } of reviews) expect(https(((data.links as Links) ?? []).map((l) => l.url)), f).toBe(true);
  });

  it('no two practices are the same practice (title and country, ignoring case)', () => {
    const keys = practices.map(({ data }) => `${String(data.country).toUpperCase()} ${String(data.title).trim().toLowerCase()}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("every outcome document's meeting, when it names one, exists", () => {
    const meetings = new Set(readdirSync('content/meetings').map((f) => f.replace(/\.yaml$/, '')));
    for (const { f, data } of statements) if (data.meeting !== undefined) expect(meetings.has(String(data.meeting)), f).toBe(true);
  });

  it('holds at least 80 practices from 40 countries over all 12 principles and 6 dimensions, and 12 outcome documents', () => {
    expect(practices.length).toBeGreaterThanOrEqual(80);
    expect(new Set(practices.map(({ data }) => data.country)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(practices.flatMap(({ data }) => (data.principles as number[]).map(String))).size).toBe(12);
    expect(new Set(practices.flatMap(({ data }) => data.dimensions as string[])).size).toBe(6);
    expect(statements.length).toBeGreaterThanOrEqual(12);
  });
});
