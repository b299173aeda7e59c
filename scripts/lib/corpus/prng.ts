/**
 * A small seeded pseudo-random generator (mulberry32) with the draws the synthetic corpus needs.
 * The same seed always gives the same sequence, on every machine and Node version.
 */

/** A seeded source of random draws. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `k` distinct elements of `list`, in draw order (all of them when k >= list.length). */
  sample<T>(list: readonly T[], k: number): T[];
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** A generator seeded with a 32-bit integer. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick: the list is empty');
      return list[Math.floor(next() * list.length)]!;
    },
    sample: (list, k) => {
      const copy = [...list];
      const n = Math.min(k, copy.length);
      for (let i = 0; i < n; i += 1) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
    chance: (p) => next() < p,
  };
}

/**
 * Draws ranks 0..n-1 with Zipf's law (weight 1/(rank+1)^s), as words occur in real text:
 * a few very common, a long tail of rare ones.
 */
export function zipfSampler(n: number, s = 1.07): (rng: Rng) => number {
  if (n < 1) throw new Error('zipfSampler: n must be at least 1');
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r += 1) {
    total += 1 / (r + 1) ** s;
    cumulative[r] = total;
  }
  return (rng) => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
