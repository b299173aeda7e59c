/**
 * The citation worker of a build (a worker thread, started by src/integrations/citations.ts): given every citable
 * page and the compare view's items, it formats the compare view's templates, then the APA text of every item, sent
 * back a few pages at a time in the catalog's order, then writes each page's /cite/<page>.bib and .ris files into
 * the output folder. What it writes is what the routes
 * under src/pages/cite/ give in `astro dev`: the same functions (src/citations/format.ts) on the same items.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { citeUrls, type Citable } from './catalog.ts';
import type { CiteTemplates } from '../compare/cite.ts';
import { CITE_FORMATS, citationFile, citationText, citeTemplates } from './format.ts';
import type { KeyedItem } from './items.ts';

/** What the worker is given. */
export interface CitationJob {
  /** The build's output folder. */
  outDir: string;
  citables: Citable[];
  /** The compare view's items, by key (src/citations/compare.ts). */
  compare: readonly KeyedItem[];
}

/**
 * What it answers: the compare view's templates, then texts as they are ready, then the files written (their
 * addresses), or the first error.
 */
export type CitationAnswer = { templates: CiteTemplates } | { texts: [url: string, texts: string[]][] } | { written: string[] } | { error: string };

/** Pages whose texts go back in one message. */
const BATCH = 20;

function run({ outDir, citables, compare }: CitationJob, send: (a: CitationAnswer) => void): void {
  let current = '';
  try {
    current = 'the compare view';
    send({ templates: citeTemplates(compare) });
    for (let i = 0; i < citables.length; i += BATCH) {
      const batch = citables.slice(i, i + BATCH);
      send({ texts: batch.map((c): [string, string[]] => ((current = c.url), [c.url, c.items.map(citationText)])) });
    }
    const written: string[] = [];
    const folders = new Set<string>();
    for (const c of citables) {
      current = c.url;
      const addresses = citeUrls(c.url);
      for (const ext of Object.keys(CITE_FORMATS) as (keyof typeof CITE_FORMATS)[]) {
        const address = addresses[ext];
        const file = join(outDir, address);
        if (!folders.has(dirname(file))) {
          mkdirSync(dirname(file), { recursive: true });
          folders.add(dirname(file));
        }
        writeFileSync(file, citationFile(c.items, ext));
        written.push(address);
      }
    }
    send({ written });
  } catch (err) {
    send({ error: `the citation of ${current}: ${(err as Error).message}` });
  }
}

if (parentPort) run(workerData as CitationJob, (a) => parentPort!.postMessage(a));
