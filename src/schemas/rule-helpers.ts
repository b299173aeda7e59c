/** Small helpers shared by model rules (review-rules.ts, statement-rules.ts). */

/** Raw list values of a referenced entry, as strings (principles may be written as numbers). */
export const rawStrings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Indexes of the items whose key was already seen earlier in the list. */
export function repeats<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const k = key(item);
    if (seen.has(k)) return [i];
    seen.add(k);
    return [];
  });
}
