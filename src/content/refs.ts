/** Loads the ids (and raw fields) that references may point at from a content folder (node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import type { RawEntry, Refs } from '../schemas/fields.ts';

type Entries = Map<string, RawEntry>;

const isRecord = (v: unknown): v is RawEntry => v !== null && typeof v === 'object' && !Array.isArray(v);

function yamlEntries(file: string): Entries {
  if (!existsSync(file)) return new Map();
  let list: unknown;
  try {
    list = parse(readFileSync(file, 'utf8'));
  } catch {
    return new Map(); // the content check reports the file with its line
  }
  if (!Array.isArray(list)) return new Map();
  return new Map(list.filter(isRecord).map((e) => [String(e.id), e]));
}

/** The raw fields of one entry file; a file that does not parse is known by id only (the content check reports it). */
function readEntry(file: string): RawEntry {
  try {
    const text = readFileSync(file, 'utf8');
    const data = file.endsWith('.mdx') ? splitFrontmatter(text, file).data : (parse(text) as unknown);
    return isRecord(data) ? data : {};
  } catch {
    return {};
  }
}

function fileEntries(dir: string, ext: string): Entries {
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => [f.slice(0, -ext.length), readEntry(resolve(dir, f))]));
}

function ref(entries: Entries, where: string) {
  return { ids: new Set(entries.keys()), where, entries };
}

/** The referable ids in `contentDir`, each with where a person finds the list and the entries' raw fields. */
export function loadRefs(contentDir: string): Refs {
  return {
    countries: ref(yamlEntries(resolve(contentDir, 'countries.yaml')), 'content/countries.yaml (ISO 3166-1 alpha-3 codes in capitals, e.g. KOR)'),
    principles: ref(yamlEntries(resolve(contentDir, 'principles.yaml')), 'content/principles.yaml (the numbers 1 to 12)'),
    dimensions: ref(yamlEntries(resolve(contentDir, 'dimensions.yaml')), 'content/dimensions.yaml (e.g. digital_by_design)'),
    meetings: ref(fileEntries(resolve(contentDir, 'meetings'), '.yaml'), 'content/meetings/ (file names without .yaml, e.g. 2015-tokyo)'),
    practices: ref(fileEntries(resolve(contentDir, 'practices'), '.mdx'), 'content/practices/ (file names without .mdx, e.g. est-x-road)'),
  };
}
