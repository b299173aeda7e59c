/** The review records of a content folder, read straight from the files (what the site must show). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

/** One review file's id and the fields the matrix counts. */
export interface ReviewRecord {
  id: string;
  country: string;
  reviewers: string[];
  bodies: string[];
  /** The reviewed practice's slug, for a review of a practice. */
  practice?: string;
  status: string;
}

/** Every review under `<contentDir>/reviews`. */
export function reviewRecords(contentDir = 'content'): ReviewRecord[] {
  const dir = join(contentDir, 'reviews');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { data } = splitFrontmatter(readFileSync(join(dir, f), 'utf8'), f);
      return {
        id: f.slice(0, -4),
        country: String(data.country),
        reviewers: (data.reviewers as string[] | undefined) ?? [],
        bodies: (data.bodies as string[] | undefined) ?? [],
        ...(data.practice ? { practice: String(data.practice) } : {}),
        status: String(data.status),
      };
    });
}

/** "3 of 41 (7%)": how many practices of a content folder have a published review, counted from the files. */
export function practiceCoverageText(contentDir = 'content'): string {
  const practices = readdirSync(join(contentDir, 'practices')).filter((f) => f.endsWith('.mdx')).length;
  const reviewed = new Set(reviewRecords(contentDir).filter((r) => r.status === 'published' && r.practice).map((r) => r.practice)).size;
  return `${reviewed} of ${practices} (${Math.round((100 * reviewed) / practices)}%)`;
}

/** "reviewer→reviewed=count" for every non-empty pair, sorted: the matrix the records imply. */
export function expectedCells(records: readonly ReviewRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const r of records) for (const who of new Set([...r.bodies, ...r.reviewers])) counts.set(`${who}→${r.country}`, (counts.get(`${who}→${r.country}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}=${n}`).sort();
}

/** What the /reviews/matrix/ page shows: the non-empty cells of the matrix's table and of its SVG, as "reviewer→reviewed=count". */
export async function matrixOnPage(page: import('playwright-core').Page) {
  const table = await page.$$eval('table[data-matrix-table] tbody td[data-count]', (tds) =>
    tds.map((td) => ({ key: `${td.dataset.reviewer}→${td.dataset.reviewed}`, text: td.textContent ?? '', count: td.dataset.count ?? '' })),
  );
  const svg = await page.$$eval('figure[data-chart="matrix"] svg[role="img"] g[data-reviewer]', (gs) =>
    gs.map((g) => `${(g as SVGGElement).dataset.reviewer}→${(g as SVGGElement).dataset.reviewed}=${g.textContent?.trim()}`),
  );
  return {
    /** Cells whose text differs from their data-count (should be none). */
    mismatched: table.filter((c) => c.text !== c.count).map((c) => c.key),
    nonEmpty: table.filter((c) => c.text !== '0').map((c) => `${c.key}=${c.text}`).sort(),
    svg: svg.sort(),
  };
}
