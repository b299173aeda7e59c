/** Placing labels beside points without overlaps (slope-chart ends). Pure. */

/**
 * Moves label centres so that neighbours are at least `gap` apart, staying within [min, max] when there is room,
 * and as close to their wished positions as that allows. Returns positions in the input order.
 */
export function spreadLabels(wished: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wished.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(Math.max(o.y, min), max));
  for (let k = 1; k < placed.length; k += 1) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = placed.length ? placed[placed.length - 1]! - max : 0;
  if (overflow > 0) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k -= 1) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  }
  const out = new Array<number>(wished.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
