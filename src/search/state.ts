/**
 * The state of a search as it lives in the URL: `?q=data&type=practice&country=Estonia&sort=newest`.
 * Pure: parsed and written here, applied to Pagefind by the <hub-search> element.
 */

/** The filters every indexed page may carry, in the order the URL writes them. */
export const FILTER_KEYS = ['type', 'kind', 'country', 'principle', 'dimension', 'status', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Result orders offered besides relevance. */
export const SORTS = { relevance: undefined, newest: { date: 'desc' }, oldest: { date: 'asc' } } as const;
export type SortName = keyof typeof SORTS;

/** A search: the words typed, the filter values ticked (several per key: all must match), the order. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortName;
}

const isFilterKey = (k: string): k is FilterKey => (FILTER_KEYS as readonly string[]).includes(k);
const isSort = (s: string | null): s is SortName => s !== null && s in SORTS;

/** Reads a state from a query string; unknown parameters are ignored, repeated filter values kept once. */
export function parseSearch(query: string): SearchState {
  const params = new URLSearchParams(query);
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!isFilterKey(key) || !value.trim()) continue;
    const list = (filters[key] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** Writes a state as a query string in a stable order ("" for an empty search). */
export function toQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const v of [...(state.filters[key] ?? [])].sort()) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Drops empty filter lists and keys that are not filters (e.g. from Pagefind's own state). */
export function cleanFilters(filters: Record<string, unknown>): SearchState['filters'] {
  const out: SearchState['filters'] = {};
  for (const [key, value] of Object.entries(filters)) {
    if (isFilterKey(key) && Array.isArray(value) && value.length) out[key] = value.map(String);
  }
  return out;
}

/** Whether two states differ only in their words (typing), so the URL can be replaced, not pushed. */
export function onlyWordsChanged(a: SearchState, b: SearchState): boolean {
  return a.q !== b.q && a.sort === b.sort && toQuery({ ...a, q: '' }) === toQuery({ ...b, q: '' });
}
