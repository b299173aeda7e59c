/**
 * The order of the search filters: the most useful facet first, and values in their natural order
 * (principles 1, 2 … 12, not 1, 10, 11, 12, 2). Pure; applied to Pagefind's filter pane by filter-pane.ts.
 */

/** Filter groups in the order the pane shows them; groups not listed follow, in their own order. */
export const GROUP_ORDER = ['type', 'principle', 'dimension', 'status', 'country', 'year'] as const;

/** Sorts group names by GROUP_ORDER. */
export function orderGroups(names: readonly string[]): string[] {
  const rank = (n: string) => {
    const i = (GROUP_ORDER as readonly string[]).indexOf(n);
    return i === -1 ? GROUP_ORDER.length : i;
  };
  return [...names].sort((a, b) => rank(a) - rank(b));
}

/** Compares two filter values naturally: a leading number numerically ("2. …" before "10. …"), then as text. */
export function compareValues(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** Whether a value matches what was typed in a group's filter box (case- and accent-insensitive). */
export function matchesTyped(value: string, typed: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(value).includes(fold(typed.trim()));
}
