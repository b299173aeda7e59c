/** Where things live: the project root, content/, and the shared data the content is imported from. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The repository root. Every entry point (npm scripts, Astro, Vitest) runs from it; import.meta.url
 * would not do, since Astro bundles this module elsewhere.
 */
export const ROOT = process.cwd();

/** The folder editors own. */
export const CONTENT = resolve(ROOT, 'content');

/**
 * The shared, sourced data (../shared/data beside the repository, or $SHARED_DATA).
 * Throws a message saying what to do when it is absent.
 */
export function sharedDataDir(): string {
  const dir = resolve(process.env.SHARED_DATA ?? resolve(ROOT, '../shared/data'));
  if (!existsSync(resolve(dir, 'SOURCES.md'))) {
    throw new Error(
      `Shared data not found at ${dir}: put the sourced data (dgi.csv, egdi.csv, ..., SOURCES.md) there, ` +
        'or set SHARED_DATA to its folder.',
    );
  }
  return dir;
}
