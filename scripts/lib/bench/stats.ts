/** Summary statistics for benchmark samples (wall times, memory, bytes). */

/** The median of a non-empty list (the mean of the two middle values when the count is even). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The smallest and largest of a non-empty list. */
export function range(values: readonly number[]): { min: number; max: number } {
  if (values.length === 0) throw new Error('range: no values');
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** `a / b` rounded to two decimals, as ratios are printed. */
export function ratio(a: number, b: number): number {
  if (b === 0) throw new Error('ratio: division by zero');
  return Math.round((a / b) * 100) / 100;
}
