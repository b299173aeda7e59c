/** The queries `npm run bench:search` runs and how it reports them: pure, unit-tested. */
import { median } from './stats.ts';

/** One benchmark query: words and/or filters, as /search/ takes them. */
export interface BenchQuery {
  label: string;
  q: string;
  filters: Record<string, string[]>;
}

/** What one query cost. */
export interface QueryResult extends BenchQuery {
  /** Results Pagefind reported. */
  results: number;
  /** From starting the search to the first result shown, in ms. */
  firstResultMs: number;
  /** Bytes transferred for the search (index chunks, fragments), the page itself excluded. */
  bytes: number;
  /**
   * Pagefind's own search() for the same query, index chunks already loaded (median of 3, in ms): as the search
   * page runs it, with every filter loaded so the results come with counts per filter value, and with only the
   * filters the query uses. The difference is the time Pagefind spends counting.
   */
  engine?: { withCounts: number; withoutCounts: number };
}

/**
 * 20 queries: 10 of words alone, from very common to rare in the corpus vocabulary, and 10 with filters
 * (type, status, country, principle, year), some with an empty query, as a facet browse does.
 */
export function benchQueries(words: readonly string[], country: string, principle: string): BenchQuery[] {
  const pick = [40, 120, 300, 700, 1500, 3000, 6000, 9000, 12000, 15000].map((i) => words[Math.min(i, words.length - 1)]!);
  const text = pick.map((w) => ({ label: `"${w}"`, q: w, filters: {} }));
  const filtered: BenchQuery[] = [
    { label: `"${pick[0]}", type=practice`, q: pick[0]!, filters: { type: ['practice'] } },
    { label: `"${pick[2]}", status=pilot`, q: pick[2]!, filters: { status: ['pilot'] } },
    { label: `"${pick[4]}", country=${country}`, q: pick[4]!, filters: { country: [country] } },
    { label: `"${pick[6]}", type=review`, q: pick[6]!, filters: { type: ['review'] } },
    { label: `"${pick[1]}", principle`, q: pick[1]!, filters: { principle: [principle] } },
    { label: 'type=practice, status=retired', q: '', filters: { type: ['practice'], status: ['retired'] } },
    { label: `country=${country}, type=practice`, q: '', filters: { country: [country], type: ['practice'] } },
    { label: 'principle, type=practice', q: '', filters: { principle: [principle], type: ['practice'] } },
    { label: 'year=2020', q: '', filters: { year: ['2020'] } },
    { label: 'type=review, status=published', q: '', filters: { type: ['review'], status: ['published'] } },
  ];
  return [...text, ...filtered];
}

const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;

/** The Markdown report: one row per query, medians and maxima, and the targets. */
export function searchMarkdown(title: string, rows: readonly QueryResult[]): string {
  const ms = rows.map((r) => r.firstResultMs);
  const bytes = rows.map((r) => r.bytes);
  const maxMs = Math.max(...ms);
  const maxBytes = Math.max(...bytes);
  const ms0 = (n: number | undefined) => (n === undefined ? '–' : `${Math.round(n)} ms`);
  const counting = rows.filter((r) => r.engine).sort((a, b) => b.engine!.withCounts - a.engine!.withCounts)[0];
  return [
    `## ${title}`,
    '',
    'Each query runs in a page that has loaded /search/ (the page itself is not counted), with the HTTP cache off.',
    '',
    "The last two columns time Pagefind's search() alone on the same query (index already loaded, median of 3): with",
    'the counts per filter value the search page shows, and without them (only the filters the query uses loaded).',
    '',
    '| query | results | first results | transferred | search() with filter counts | without |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.label} | ${r.results} | ${Math.round(r.firstResultMs)} ms | ${kb(r.bytes)} | ${ms0(r.engine?.withCounts)} | ${ms0(r.engine?.withoutCounts)} |`),
    '',
    `Median ${Math.round(median(ms))} ms and ${kb(median(bytes))}; worst ${Math.round(maxMs)} ms and ${kb(maxBytes)}.`,
    ...(counting
      ? [
          `Slowest search(): ${counting.label}, ${ms0(counting.engine!.withCounts)} with filter counts, ${ms0(counting.engine!.withoutCounts)} without.`,
        ]
      : []),
    '',
    '| target | value | met |',
    '| --- | --- | --- |',
    `| first results under 300 ms after typing (every query) | worst ${Math.round(maxMs)} ms | ${maxMs < 300 ? 'yes' : '**no**'} |`,
    `| under 300 kB transferred per query (every query) | worst ${kb(maxBytes)} | ${maxBytes < 300_000 ? 'yes' : '**no**'} |`,
    '',
  ].join('\n');
}
