import { describe, expect, it } from 'vitest';
import { createRng, zipfSampler } from '../../../../scripts/lib/corpus/prng.ts';

const draws = (seed: number, n = 5) => {
  const r = createRng(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it('is pinned to mulberry32 (seed 1 starts 0.6270739...): a change would silently change every corpus', () => {
    expect(draws(1, 3).map((x) => x.toFixed(6))).toEqual(['0.627074', '0.002736', '0.527447']);
  });

  it('keeps draws in range: next in [0, 1), int within both bounds, and reaches both bounds', () => {
    const r = createRng(7);
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      ints.add(r.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct elements, never more than the list holds', () => {
    const r = createRng(3);
    const s = r.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(s).size).toBe(3);
    expect(r.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow('the list is empty');
  });
});

describe('zipfSampler', () => {
  it('draws common ranks far more often than rare ones, and every rank stays in range', () => {
    const rank = zipfSampler(1000);
    const r = createRng(9);
    const counts = new Map<number, number>();
    for (let i = 0; i < 20_000; i += 1) {
      const k = rank(r);
      expect(k >= 0 && k < 1000).toBe(true);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(counts.get(0)!).toBeGreaterThan(10 * (counts.get(99) ?? 0));
    expect(counts.size).toBeGreaterThan(500);
  });
});
