/** The collection the build runs before Pagefind builds its index frees what is no longer reachable, and nothing else. */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../../src/integrations/collect-garbage.ts';

describe('collectGarbage', () => {
  it('frees unreachable objects at once, keeps reachable ones, and hands the memory back', async () => {
    let garbage: { i: number; text: string }[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `row ${i}` }));
    const kept = { still: 'here' };
    const gone = new WeakRef(garbage);
    const stays = new WeakRef(kept);
    const withGarbage = process.memoryUsage().heapUsed;
    garbage = undefined;
    // A WeakRef's target lives at least until the end of the turn that made or read it.
    await nextTurn();
    collectGarbage();
    expect(gone.deref()).toBeUndefined();
    expect(stays.deref()).toBe(kept);
    expect(process.memoryUsage().heapUsed).toBeLessThan(withGarbage - 5e6);
  });

  it('leaves `gc` where it found it: the build needs no Node flag and defines no global', () => {
    collectGarbage();
    expect('gc' in globalThis).toBe(false);
  });
});
