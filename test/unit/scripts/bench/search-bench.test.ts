import { describe, expect, it } from 'vitest';
import { createVocabulary } from '../../../../scripts/lib/corpus/corpus-text.ts';
import { benchQueries, searchMarkdown, type QueryResult } from '../../../../scripts/lib/bench/search-bench.ts';

describe('benchQueries', () => {
  const queries = benchQueries(createVocabulary().words, 'Estonia', '3. Data-driven culture in the public sector');
  it('runs 20 queries: 10 of words alone and 10 with filters, some of those with no words', () => {
    expect(queries).toHaveLength(20);
    expect(queries.filter((q) => Object.keys(q.filters).length === 0)).toHaveLength(10);
    expect(queries.filter((q) => q.q === '' && Object.keys(q.filters).length > 0).length).toBeGreaterThanOrEqual(3);
    expect(new Set(queries.map((q) => q.label)).size).toBe(20);
  });
  it('draws its words from the corpus vocabulary, common to rare, the same every run', () => {
    expect(queries.slice(0, 10).map((q) => q.q)).toEqual(benchQueries(createVocabulary().words, 'X', 'Y').slice(0, 10).map((q) => q.q));
    expect(queries.every((q) => q.q === '' || createVocabulary().words.includes(q.q))).toBe(true);
  });
});

describe('searchMarkdown', () => {
  const row = (ms: number, bytes: number): QueryResult => ({ label: 'q', q: 'q', filters: {}, results: 3, firstResultMs: ms, bytes });
  it('reports medians, the worst query and whether each target is met', () => {
    const md = searchMarkdown('Search at 10 practices', [row(100, 50_000), row(200, 100_000), row(350, 320_000)]);
    expect(md).toContain('Median 200 ms and 100.0 kB; worst 350 ms and 320.0 kB.');
    expect(md).toContain('| first results under 300 ms after typing (every query) | worst 350 ms | **no** |');
    expect(md).toContain('| under 300 kB transferred per query (every query) | worst 320.0 kB | **no** |');
    expect(searchMarkdown('t', [row(100, 1000)])).toContain('| worst 100 ms | yes |');
  });
  it("shows Pagefind's own search time with and without filter counts, and the slowest", () => {
    const md = searchMarkdown('t', [
      { ...row(900, 40_000), label: '"these"', engine: { withCounts: 612.4, withoutCounts: 63.2 } },
      { ...row(200, 30_000), label: '"rare"', engine: { withCounts: 30, withoutCounts: 6 } },
      row(150, 1000),
    ]);
    expect(md).toContain('| "these" | 3 | 900 ms | 40.0 kB | 612 ms | 63 ms |');
    expect(md).toContain('| q | 3 | 150 ms | 1.0 kB | – | – |');
    expect(md).toContain('Slowest search(): "these", 612 ms with filter counts, 63 ms without.');
  });
});
