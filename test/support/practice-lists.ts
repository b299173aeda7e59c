/**
 * Reads the built lists of practices (/practices/, its orders and every facet value) of a site and compares
 * them with the practices of its content folder: every list walked page by page through rel="next", each
 * page within PAGE_SIZE, rel="prev" back to the page before, every practice of the list exactly
 * once, and each facet link's count equal to the data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { PRACTICE_ORDERS, PAGE_SIZE, practiceFacetUrl, practicesUrl, practiceUrl, type PracticeFacet } from '../../src/lib/urls.ts';

/** A practice's facts as content/ holds them. */
interface Facts { id: string; country: string; startYear: number; status: string; principles: string[]; dimensions: string[] }

/** Every practice of a content folder. */
export function contentPractices(contentDir: string): Facts[] {
  const dir = join(contentDir, 'practices');
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
    const d = splitFrontmatter(readFileSync(join(dir, f), 'utf8'), f).data;
    return {
      id: f.slice(0, -4), country: String(d.country), startYear: Number(d.startYear), status: String(d.status),
      principles: (d.principles as unknown[]).map(String), dimensions: (d.dimensions as unknown[]).map(String),
    };
  });
}

/** The values of a practice for a facet. */
const VALUES: Record<PracticeFacet, (p: Facts) => string[]> = {
  principle: (p) => p.principles,
  dimension: (p) => p.dimensions,
  country: (p) => [p.country],
  status: (p) => [p.status],
  year: (p) => [String(p.startYear)],
};

/** What the walk found: the problems, and how many lists and pages it read. */
export interface ListsReport { problems: string[]; lists: number; pages: number; longest: number }

const html = (dist: string, path: string) => {
  const file = join(dist, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const headLink = (page: string, rel: string) => new RegExp(`<link rel="${rel}" href="([^"]+)"`).exec(page.slice(0, page.indexOf('</head>')))?.[1];
/** The practices a list page shows, by the address of each card's title. */
const cards = (page: string) => [...page.matchAll(/<li class="card"><h[23]><a href="([^"]+)"/g)].map((m) => m[1]!);

/**
 * Walks a paged list through rel="next" from its first page: the entries `read` finds on each page, in order, and the
 * problems of the paging itself (a page not built, more than PAGE_SIZE entries, a short page before the last, a
 * wrong rel="prev"). `each` adds the checks of one kind of list.
 */
function walkPages(dist: string, first: string, read: (page: string) => string[], problems: string[], each?: (path: string, page: string) => void): { entries: string[]; pages: number } {
  const entries: string[] = [];
  let prev: string | undefined;
  let pages = 0;
  for (let path: string | undefined = first; path; ) {
    const page = html(dist, path);
    if (!page) { problems.push(`${path}: not built`); break; }
    pages += 1;
    const here = read(page);
    if (here.length > PAGE_SIZE) problems.push(`${path}: ${here.length} entries, over ${PAGE_SIZE}`);
    if (headLink(page, 'prev') !== prev) problems.push(`${path}: rel="prev" is ${headLink(page, 'prev')}, expected ${prev}`);
    const next = headLink(page, 'next');
    if (next && here.length !== PAGE_SIZE) problems.push(`${path}: a page before the last holds ${here.length} entries, not ${PAGE_SIZE}`);
    each?.(path, page);
    entries.push(...here);
    prev = path;
    path = next;
  }
  return { entries, pages };
}

/** Walks one list of practices: its practice addresses in order; a list page is never indexed for search. */
function walk(dist: string, first: string, problems: string[]): { shown: string[]; pages: number } {
  const { entries, pages } = walkPages(dist, first, cards, problems, (path, page) => {
    if (/data-pagefind-body/.test(page)) problems.push(`${path}: a list page is indexed for search`);
  });
  return { shown: entries, pages };
}

/** Compares every built list of practices in `dist` with the practices of `contentDir`. */
export function checkPracticeLists(dist: string, contentDir: string): ListsReport {
  const practices = contentPractices(contentDir);
  const problems: string[] = [];
  const report = { lists: 0, pages: 0, longest: 0 };
  const expectList = (first: string, expected: Facts[]) => {
    const { shown, pages } = walk(dist, first, problems);
    report.lists += 1;
    report.pages += pages;
    report.longest = Math.max(report.longest, pages);
    const want = expected.map((p) => practiceUrl(p.id)).sort();
    const twice = shown.filter((x, i) => shown.indexOf(x) !== i);
    if (twice.length) problems.push(`${first}: shows ${twice.slice(0, 3).join(', ')} more than once`);
    const missing = want.filter((x) => !shown.includes(x));
    const extra = shown.filter((x) => !want.includes(x));
    if (missing.length || extra.length) problems.push(`${first}: misses ${missing.slice(0, 3).join(', ') || 'none'}, shows ${extra.slice(0, 3).join(', ') || 'nothing'} in excess`);
  };
  for (const o of PRACTICE_ORDERS) expectList(practicesUrl(o.id), practices);

  // The facet links of /practices/, with their counts: each leads to a list holding exactly that many.
  const index = html(dist, practicesUrl()) ?? '';
  const links = [...index.matchAll(/<a href="(\/practices\/(principle|dimension|country|status|year)\/([^/"]+)\/)"[^>]*>[^<]*<\/a> <span class="muted">\((\d+)\)<\/span>/g)];
  const facets = new Set<string>();
  for (const [, url, facet, value, count] of links) {
    const f = facet as PracticeFacet;
    facets.add(f);
    const expected = practices.filter((p) => VALUES[f](p).some((v) => practiceFacetUrl(f, v) === url));
    if (Number(count) !== expected.length) problems.push(`${url}: the link says ${count}, the content has ${expected.length} (${value})`);
    expectList(url!, expected);
  }
  // Every value the content uses has its link.
  for (const f of Object.keys(VALUES) as PracticeFacet[]) {
    for (const v of new Set(practices.flatMap(VALUES[f]))) {
      if (!links.some((l) => l[1] === practiceFacetUrl(f, v))) problems.push(`${practicesUrl()}: no link to ${practiceFacetUrl(f, v)}`);
    }
  }
  if (facets.size !== 5) problems.push(`${practicesUrl()}: links to ${facets.size} facets, not 5`);
  return { problems, ...report };
}

/**
 * The entries of a paged list (e.g. /statements/, /reviews/) walked through rel="next" from its first page: the
 * addresses each page links with `entry` (a pattern whose first group is the address), and the problems found.
 */
export function walkList(dist: string, first: string, entry: RegExp): { entries: string[]; pages: number; problems: string[] } {
  const problems: string[] = [];
  const pattern = new RegExp(entry.source, 'g');
  return { ...walkPages(dist, first, (page) => [...page.matchAll(pattern)].map((m) => m[1]!), problems), problems };
}
