/**
 * Writes a deterministic synthetic corpus to a temporary folder (never into content/): the real taxonomy,
 * countries, indicators and meetings copied from content/, plus N generated practices and proportionate
 * statements and reviews (scripts/lib/corpus/corpus.ts). The benchmarks build the hub on it.
 *
 *   node scripts/generate-corpus.ts --practices 2000 [--seed 1] [--out DIR]
 *
 * Prints the folder; build the hub on it with HUB_CONTENT_DIR=<folder> astro build.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { wholeNumber } from './lib/cli-number.ts';
import { generateCorpusFiles, type CorpusOptions, type CorpusRefs } from './lib/corpus/corpus.ts';

/** The models the generator writes; everything else in content/ is copied as it is. */
const GENERATED = ['practices', 'statements', 'reviews'];

/** Where the benchmarks keep their corpora and built sites (outside the repository). */
export const BENCH_TMP = resolve(process.env.BENCH_TMP ?? join(tmpdir(), 'eleaders-bench'));

/** The default folder of a corpus. */
export function corpusDir(practices: number, seed: number): string {
  return join(BENCH_TMP, `corpus-${practices}-s${seed}`, 'content');
}

const yamlList = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];

/** The ids a corpus may refer to, read from a content folder. */
export function readCorpusRefs(content: string): CorpusRefs {
  const meetings = readdirSync(join(content, 'meetings'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const m = parse(readFileSync(join(content, 'meetings', f), 'utf8')) as { year: number; endDate?: unknown };
      const date = m.endDate instanceof Date ? m.endDate.toISOString().slice(0, 10) : typeof m.endDate === 'string' ? m.endDate : undefined;
      return { id: f.slice(0, -'.yaml'.length), year: m.year, ...(date ? { date } : {}) };
    });
  return {
    countries: yamlList(join(content, 'countries.yaml')).map((c) => ({ id: String(c.id), oecd: c.oecd === true })),
    principles: yamlList(join(content, 'principles.yaml')).map((p) => String(p.id)),
    dimensions: yamlList(join(content, 'dimensions.yaml')).map((d) => String(d.id)),
    meetings,
  };
}

/** What was written. */
export interface Corpus {
  dir: string;
  practices: number;
  statements: number;
  reviews: number;
  bytes: number;
}

/**
 * Writes the corpus to `out` (emptied first), copying the reference data from `source` (content/).
 * Refuses to write inside `source`.
 */
export function writeCorpus(options: CorpusOptions & { out?: string; source?: string }): Corpus {
  const source = resolve(options.source ?? 'content');
  const out = resolve(options.out ?? corpusDir(options.practices, options.seed));
  if (out === source || !relative(source, out).startsWith('..')) throw new Error(`refusing to write a synthetic corpus into ${source}: choose a folder outside it`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (!GENERATED.includes(entry)) cpSync(join(source, entry), join(out, entry), { recursive: true });
  }
  const files = generateCorpusFiles(options, readCorpusRefs(source));
  let bytes = 0;
  for (const f of files) {
    mkdirSync(dirname(join(out, f.path)), { recursive: true });
    writeFileSync(join(out, f.path), f.text);
    bytes += Buffer.byteLength(f.text);
  }
  const count = (kind: string) => files.filter((f) => f.path.startsWith(`${kind}/`)).length;
  return { dir: out, practices: count('practices'), statements: count('statements'), reviews: count('reviews'), bytes };
}

if (import.meta.main) {
  try {
    const { values } = parseArgs({ options: { practices: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
    const practices = wholeNumber('practices', values.practices, 2000);
    const seed = wholeNumber('seed', values.seed, 1, 0);
    const c = writeCorpus({ practices, seed, ...(values.out ? { out: values.out } : {}) });
    console.log(`${c.practices} practices, ${c.statements} statements, ${c.reviews} reviews (${(c.bytes / 1e6).toFixed(1)} MB) in ${c.dir}`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
