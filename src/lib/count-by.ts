/** Counting entries by one or more keys each, e.g. practices by principle. */

/** Counts how many items carry each key; an item with several keys counts once under each. */
export function countBy<T>(items: readonly T[], keys: (item: T) => string | readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = keys(item);
    for (const key of new Set(typeof k === 'string' ? [k] : k)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
