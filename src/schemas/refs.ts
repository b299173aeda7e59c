/** Loads the ids that references may point at from a content folder (node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Refs } from './fields.ts';

function yamlIds(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set((parse(readFileSync(file, 'utf8')) as { id: string }[]).map((e) => String(e.id)));
}

function fileIds(dir: string, ext: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)));
}

/** The referable ids in `contentDir`, each with where a person finds the list. */
export function loadRefs(contentDir: string): Refs {
  return {
    countries: { ids: yamlIds(resolve(contentDir, 'countries.yaml')), where: 'content/countries.yaml (ISO 3166-1 alpha-3 codes in capitals, e.g. KOR)' },
    principles: { ids: yamlIds(resolve(contentDir, 'principles.yaml')), where: 'content/principles.yaml (the numbers 1 to 12)' },
    dimensions: { ids: yamlIds(resolve(contentDir, 'dimensions.yaml')), where: 'content/dimensions.yaml (e.g. digital_by_design)' },
    meetings: { ids: fileIds(resolve(contentDir, 'meetings'), '.yaml'), where: 'content/meetings/ (file names without .yaml, e.g. 2015-tokyo)' },
    practices: { ids: fileIds(resolve(contentDir, 'practices'), '.mdx'), where: 'content/practices/ (file names without .mdx, e.g. est-x-road)' },
  };
}
