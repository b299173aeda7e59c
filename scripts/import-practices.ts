/**
 * Imports shared/data/practices.csv into content/practices/<slug>.mdx. The frontmatter facts come
 * from the CSV; the body (written by editors, in their own words) and the editorial fields
 * (outcomes, extra links) of an existing file are kept as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { readCsv } from '../src/lib/csv.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { CONTENT, sharedDataDir } from './lib/paths.ts';
import { writeIfChanged, type WriteResult } from './lib/import/write-files.ts';

const COLUMNS = ['slug', 'iso3', 'title', 'organisation', 'start_year', 'status', 'principles', 'dimensions', 'summary', 'source_url'] as const;

/** Writes or updates one MDX file per practice. */
export function importPractices(check = false): Record<string, WriteResult> {
  const file = resolve(sharedDataDir(), 'practices.csv');
  const results: Record<string, WriteResult> = {};
  for (const { line, record: r } of readCsv(file, COLUMNS)) {
    if (!/^[a-z0-9-]+$/.test(r.slug ?? '')) throw new Error(`${file}:${line}: slug "${r.slug}" must be lower-case letters, digits and hyphens`);
    const target = resolve(CONTENT, 'practices', `${r.slug}.mdx`);
    const old = existsSync(target) ? splitFrontmatter(readFileSync(target, 'utf8'), target) : { data: {} as Record<string, unknown>, body: '\n' };
    const source = { label: 'Source', url: r.source_url! };
    const oldLinks = ((old.data.links ?? []) as { url: string }[]).filter((l) => l.url !== source.url);
    const data = {
      title: r.title,
      country: r.iso3,
      organisation: r.organisation,
      startYear: Number(r.start_year),
      status: r.status,
      principles: (r.principles ?? '').split(';').map(Number),
      dimensions: (r.dimensions ?? '').split(';'),
      summary: r.summary,
      ...(old.data.outcomes ? { outcomes: old.data.outcomes } : {}),
      links: [source, ...oldLinks],
    };
    results[`${r.slug}.mdx`] = writeIfChanged(target, `---\n${stringify(data, { lineWidth: 0 })}---\n${old.body}`, check);
  }
  return results;
}
