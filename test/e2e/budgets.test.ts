/**
 * Size budgets of the built site (dist/), per page type (scripts/lib/bench/page-types.ts): gzipped HTML and the
 * JavaScript a page loads before anyone interacts with it. Bytes are deterministic, so they are tested
 * here; timings are only printed by `npm run bench`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TYPES } from '../../scripts/lib/bench/page-types.ts';
import { lazyWeight } from '../../scripts/lib/bench/page-weight.ts';
import { readSiteWeights, weightsByType, type TypeWeight } from '../../scripts/lib/bench/site-weights.ts';

let types: TypeWeight[];
beforeAll(() => {
  types = weightsByType(readSiteWeights('dist'));
});

describe('size budgets of dist/', () => {
  it('holds every page of every type within its budget, loading nothing the site does not hold', () => {
    expect(types.flatMap((t) => t.problems)).toEqual([]);
  });

  it('measures a real site: hundreds of pages, each with its stylesheet', () => {
    const pages = types.reduce((n, t) => n + t.pages, 0);
    expect(pages).toBeGreaterThan(250);
    expect(types.find((t) => t.type.id === 'practice')!.example!.css.gzip).toBeGreaterThan(500);
  });

  it('sends content pages with no JavaScript at all', () => {
    for (const id of ['home', 'practice', 'country', 'principle', 'review', 'statement', 'meeting', 'indicator']) {
      const t = types.find((x) => x.type.id === id)!;
      expect(t.maxJsGzip, `${t.type.label} pages load JavaScript`).toBe(0);
    }
  });

  it('holds /compare/ to its JavaScript budget with the code it loads once used (<hub-compare>, the charts)', () => {
    const read = (p: string) => {
      const file = join('dist', p);
      return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
    };
    const compare = types.find((t) => t.type.id === 'compare')!;
    const lazy = lazyWeight('/compare/', readFileSync('dist/compare/index.html', 'utf8'), read);
    expect(lazy.gzip, 'the lazily loaded compare code was not found').toBeGreaterThan(10_000);
    expect(compare.maxJsGzip! + lazy.gzip).toBeLessThanOrEqual(compare.type.budget!.jsGzip!);
  });

  it('has built every page type the table does not mark as planned, with its sample page', () => {
    for (const t of PAGE_TYPES.filter((x) => !x.planned && x.id !== 'other')) {
      expect(existsSync(join('dist', t.sample!, t.sample!.endsWith('/') ? 'index.html' : '')), `${t.label}: ${t.sample} is not in dist/; fix the sample in scripts/lib/bench/page-types.ts`).toBe(true);
    }
  });
});
