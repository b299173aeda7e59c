/** Reading each build phase's time from a stamped build log. */
import { describe, expect, it } from 'vitest';
import { phaseTimes } from '../../../../scripts/lib/bench/phases.ts';

const LOG = [
  '@900 12:00:00 [hub:content-check] content checked in 700 ms: no problems',
  '@2000 12:00:01 [content] Syncing content',
  '@3500 12:00:02 [content] Synced content',
  '@4000 12:00:02 [types] Generated 1.2s',
  '@4100 12:00:02 [build] Collecting build info...',
  '@6000 12:00:04 [build] ✓ Completed in 1.9s.',
  '@6001 12:00:04 [build] Building static entrypoints...',
  '@9000 ',
  '@9000  generating static routes ',
  '@9100 12:00:07   ├─ /a/index.html (+3ms) ',
  '@15000 12:00:13 ✓ Completed in 6s.',
  '@15100 12:00:13 [build] ✓ Completed in 6.1s.',
  '@16000 12:00:14 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`',
  '@17500 12:00:15 [hub:pagefind] indexed 3 pages in 1500 ms',
  '@17600 12:00:15 [build] 3 page(s) built in 15.6s',
].join('\n');

describe('phaseTimes', () => {
  it('splits a stamped log at Astro\'s markers, and reads the content check\'s own time', () => {
    expect(phaseTimes(LOG)).toEqual({
      'setup + content check': 2000,
      'content check': 700,
      'content sync': 1500,
      types: 500,
      'build info': 2000,
      Vite: 3000,
      'page generation': 6000,
      sitemap: 1000,
      'search index': 1500,
      rest: 100,
    });
  });

  it('leaves out a phase the build did not go through, its time falling into the next one found', () => {
    const bare = LOG.split('\n').filter((l) => !/sitemap|pagefind|content-check/.test(l)).join('\n');
    const t = phaseTimes(bare);
    expect(t.sitemap).toBeUndefined();
    expect(t['search index']).toBeUndefined();
    expect(t.rest).toBe(2600);
  });
});
