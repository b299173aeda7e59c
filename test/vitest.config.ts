/** Vitest configuration (kept under test/: the top level of the repository is fixed). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { '~': `${root}src` } },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A browser step may take more than expect.poll's default second when the machine is busy.
    expect: { poll: { timeout: 10_000 } },
    // Browser tests share one built site and one Chromium per file; two cores, so keep it modest.
    maxWorkers: 2,
  },
});
