/** Writing generated files idempotently, or checking that they are up to date. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What a generator did to one file. */
export type WriteResult = 'unchanged' | 'written' | 'stale';

/**
 * Writes `text` to `file` unless it already holds exactly that text. In check mode nothing is written
 * and a differing file is reported as stale.
 */
export function writeIfChanged(file: string, text: string, check = false): WriteResult {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return 'unchanged';
  if (check) return 'stale';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return 'written';
}
