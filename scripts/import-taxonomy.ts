/** Imports the 12 principles and 6 dimensions from shared/data/taxonomy.json into content/. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { CONTENT, sharedDataDir } from './lib/paths.ts';
import { writeIfChanged, type WriteResult } from './lib/import/write-files.ts';

interface Taxonomy {
  recommendation_2014: { pillars: { id: string; principles: { n: number; short: string }[] }[] };
  digital_government_policy_framework: { dimensions: { id: string; name: string; group: string; summary: string }[] };
}

/** Writes content/principles.yaml and content/dimensions.yaml; returns what happened to each. */
export function importTaxonomy(check = false): Record<string, WriteResult> {
  const file = resolve(sharedDataDir(), 'taxonomy.json');
  const t = JSON.parse(readFileSync(file, 'utf8')) as Taxonomy;
  const principles = t.recommendation_2014.pillars.flatMap((p) =>
    p.principles.map((pr) => ({ id: String(pr.n), n: pr.n, short: pr.short, pillar: p.id })),
  );
  if (principles.length !== 12) throw new Error(`${file}: expected 12 principles, found ${principles.length}`);
  const dimensions = t.digital_government_policy_framework.dimensions;
  if (dimensions.length !== 6) throw new Error(`${file}: expected 6 dimensions, found ${dimensions.length}`);
  const header = '# Imported from shared/data/taxonomy.json by scripts/import-taxonomy.ts; edit the source, then re-import.\n';
  return {
    'principles.yaml': writeIfChanged(resolve(CONTENT, 'principles.yaml'), header + stringify(principles), check),
    'dimensions.yaml': writeIfChanged(resolve(CONTENT, 'dimensions.yaml'), header + stringify(dimensions), check),
  };
}
