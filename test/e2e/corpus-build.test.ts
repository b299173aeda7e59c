/**
 * The benchmarks' path end to end, on a small corpus: a synthetic content folder outside content/, the
 * hub built on it from a snapshot of the project (HUB_CONTENT_DIR), the bare baseline built on the same
 * files, and a real Pagefind index of the hub. Only counts are checked here; times are for `npm run bench`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBare, buildHub, folderStats, indexPagefind, snapshotHub, writeBareSite, type Measured } from '../../scripts/lib/bench/sites.ts';
import { writeCorpus, type Corpus } from '../../scripts/generate-corpus.ts';
import { isListPageSegment, isPracticeListSegment, isReviewListSegment, PRACTICE_FACETS, PAGE_SIZE } from '../../src/lib/urls.ts';
import { checkPracticeLists, walkList } from '../support/practice-lists.ts';
import { expectedCells, reviewRecords } from '../support/review-records.ts';
import { readCsv } from '../../src/lib/csv.ts';
import { MATRIX_LIMITS } from '../../src/charts/matrix/bound.ts';

/** More than two pages of practices (PAGE_SIZE), so the lists page. */
const PRACTICES = 220;
/** Outcome documents and reviews: more than one page of each. */
const ENTRIES = 100;
const dir = mkdtempSync(join(tmpdir(), 'hub-bench-e2e-'));
const distBefore = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : undefined;
let corpus: Corpus;
let hub: Measured;
let bare: Measured;

beforeAll(async () => {
  corpus = writeCorpus({ practices: PRACTICES, statements: ENTRIES, reviews: ENTRIES, seed: 3, out: join(dir, 'content') });
  hub = await buildHub(snapshotHub(join(dir, 'project')), corpus.dir, join(dir, 'hub'), join(dir, 'hub.log'));
  bare = await buildBare(writeBareSite(corpus.dir, join(dir, 'bare-project')), join(dir, 'bare'), join(dir, 'bare.log'));
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the hub built on a synthetic corpus', () => {
  it('renders a page per generated practice, statement and review, and counts them on the home page', () => {
    // Folders of lists' pages (/practices/2/, /practices/principle/, /statements/2/, ...) are not entries.
    const lists = new Set<string>(PRACTICE_FACETS);
    const pages = (kind: string) => readdirSync(join(dir, 'hub', kind), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !isListPageSegment(e.name) && !(kind === 'practices' && (lists.has(e.name) || isPracticeListSegment(e.name))) && !(kind === 'reviews' && isReviewListSegment(e.name))).length;
    expect(pages('practices')).toBe(PRACTICES);
    expect(pages('statements')).toBe(corpus.statements);
    expect(pages('reviews')).toBe(corpus.reviews);
    expect(readFileSync(join(dir, 'hub/index.html'), 'utf8')).toMatch(new RegExp(`<span class="stat">${PRACTICES}</span> country practices`));
  });

  it('pages its lists of practices: every practice once per list, counts equal to the corpus', () => {
    const report = checkPracticeLists(join(dir, 'hub'), corpus.dir);
    expect(report.problems).toEqual([]);
    expect(report.longest).toBe(Math.ceil(PRACTICES / PAGE_SIZE));
    expect(report.pages).toBeGreaterThan(report.lists);
  });

  it('pages the outcome documents and the peer reviews: each once, 96 a page', () => {
    for (const [first, entry] of [['/statements/', /<h2 class="h3"><a href="(\/statements\/[^"]+\/)">/], ['/reviews/', /<th scope="row"><a href="(\/reviews\/[^"]+\/)">/]] as const) {
      const list = walkList(join(dir, 'hub'), first, entry);
      expect(list.problems).toEqual([]);
      expect(list.pages).toBe(2);
      expect(new Set(list.entries).size).toBe(ENTRIES);
      expect(list.entries).toHaveLength(ENTRIES);
    }
  });

  it('cuts the review matrix to its limits, says what it leaves out, and puts every pair in /data/review-pairs.csv', () => {
    const html = readFileSync(join(dir, 'hub/reviews/matrix/index.html'), 'utf8');
    const rows = html.match(/<tr data-reviewer=/g) ?? [];
    const cols = html.match(/<th scope="col" class="num" data-reviewed=/g) ?? [];
    expect(rows).toHaveLength(MATRIX_LIMITS.rows);
    expect(cols).toHaveLength(MATRIX_LIMITS.cols);
    expect(html).toMatch(/data-matrix-omitted>[^<]*Left out: \d+ reviewers, \d+ reviewed countries and [\d,]+ of [\d,]+ reviewer–country pairs\./);
    const records = reviewRecords(corpus.dir);
    const counts = new Map<string, number>();
    for (const { record: r } of readCsv(join(dir, 'hub/data/review-pairs.csv'))) counts.set(`${r.reviewer}→${r.country}`, (counts.get(`${r.reviewer}→${r.country}`) ?? 0) + 1);
    expect([...counts].map(([k, n]) => `${k}=${n}`).sort()).toEqual(expectedCells(records));
    expect(new Set(records.flatMap((r) => r.reviewers)).size, 'the corpus no longer has more reviewers than the limit').toBeGreaterThan(MATRIX_LIMITS.rows);
  });

  it("bounds a country's peer practices: at most 3 per sub-indicator, the rest behind a link to the dimension's list", () => {
    let more = 0;
    // The peers are on a country's page on the DGI, whose sub-indicators are the dimensions practices are tagged with.
    for (const iso3 of readdirSync(join(dir, 'hub/countries'))) {
      const file = join(dir, 'hub/countries', iso3, 'dgi', 'index.html');
      if (!existsSync(file)) continue;
      for (const [, item] of readFileSync(file, 'utf8').matchAll(/Practices from them on this dimension:(.*?)<\/li>/gs)) {
        expect((item!.match(/href="\/practices\/[^"/]+\/"/g) ?? []).length).toBeLessThanOrEqual(3);
        if (item!.includes('data-more-practices')) {
          more += 1;
          expect(item).toMatch(/<a href="\/practices\/dimension\/[^"]+\/" data-more-practices>\d+ more on this dimension<\/a>/);
        }
      }
    }
    expect(more, 'no sub-indicator had more than 3 peer practices: the corpus no longer tests the bound').toBeGreaterThan(0);
  });

  it('reports its time, memory and a clean log', () => {
    expect(hub.ms).toBeGreaterThan(0);
    expect(hub.cpuMs).toBeGreaterThan(0);
    expect(hub.peakRss).toBeGreaterThan(50e6);
    expect(hub.warnings).toBe(0);
  });

  it('leaves dist/ and content/ of the working tree alone', () => {
    expect(existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : undefined).toBe(distBefore);
    expect(existsSync('content/practices/est-x-road.mdx')).toBe(true);
    expect(corpus.dir.startsWith(dir)).toBe(true);
  });
});

describe('the bare baseline on the same corpus', () => {
  it('renders exactly one page per MDX file', () => {
    expect(folderStats(join(dir, 'bare')).pages).toBe(PRACTICES + corpus.statements + corpus.reviews);
    expect(bare.warnings).toBe(0);
  });
});

describe('Pagefind on the built hub', () => {
  it('finds the index `astro build` wrote, and can index the site itself with the Node API', async () => {
    // `astro build` indexes the site (src/integrations/pagefind.ts): the bench measures that index.
    const built = await indexPagefind(join(dir, 'hub'), join(dir, 'pagefind.log'));
    expect(built.by).toBe('build');
    expect(built.bytes).toBeGreaterThan(10_000);
    // Without an index (a build made otherwise), the bench indexes every page itself.
    rmSync(join(dir, 'hub/pagefind'), { recursive: true, force: true });
    const pf = await indexPagefind(join(dir, 'hub'), join(dir, 'pagefind2.log'));
    expect(pf.by).toBe('bench');
    expect(pf.pages).toBe(folderStats(join(dir, 'hub')).pages);
    expect(existsSync(join(dir, 'hub/pagefind/pagefind-entry.json'))).toBe(true);
    expect(pf.bytes).toBeGreaterThan(10_000);
  }, 300_000);
});
