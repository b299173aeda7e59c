/** Splitting a list into numbered pages, and which page numbers a pager shows. Pure. */

/** How many entries a page shows of a list that has its own pages elsewhere (e.g. a principle's practices). */
export const PREVIEW_SIZE = 12;

/** `items` in pages of at most `size`, in order; an empty list is one empty page (its empty state). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number of at least 1, not ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/**
 * The page numbers a pager links to, with `null` where a run is left out: always the first and last page and
 * `around` pages either side of the current one, so the pager stays short however long the list grows,
 * e.g. pagerNumbers(6, 105) is [1, null, 4, 5, 6, 7, 8, null, 105]. A gap of one page shows that page instead.
 */
export function pagerNumbers(current: number, last: number, around = 2): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const prev = out.length ? sorted[sorted.indexOf(n) - 1]! : 0;
    if (n - prev === 2) out.push(n - 1);
    else if (n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}
