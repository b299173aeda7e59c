/**
 * The citations of a build, on the second core. In `astro:build:start` this integration offers the pages a citation
 * service (src/citations/service.ts); when the page code first works out the catalog of citable pages (the /cite/
 * routes ask for it before any page is rendered), the service hands it to a worker thread (src/citations/worker.ts),
 * which formats the compare view's citations and every APA text and writes every /cite/<page>.bib and .ris file while
 * Astro renders the pages (so Astro's thread never starts a citation engine). Astro
 * skips those routes in a build (`astro dev` still serves them, formatting on request). The build waits for the
 * worker at the end and fails, naming the file, if one is missing: never a site whose citation links lead nowhere.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import type { Citable } from '../citations/catalog.ts';
import type { KeyedItem } from '../citations/items.ts';
import type { CiteTemplates } from '../compare/cite.ts';
import { offerCitationService, type CitationService } from '../citations/service.ts';
import type { CitationAnswer, CitationJob } from '../citations/worker.ts';
import { over, type LayeredIntegration } from './prerender-layers.ts';

/** The addresses of the citation files (src/pages/cite/). */
export const CITE_FILE = /^\/cite\/.+\.(bib|ris)$/;

const WORKER = fileURLToPath(new URL('../citations/worker.ts', import.meta.url));

/** One value that is awaited before it is known. */
class Later<T> {
  resolve!: (v: T) => void;
  reject!: (e: Error) => void;
  readonly promise = new Promise<T>((resolve, reject) => Object.assign(this, { resolve, reject }));
}

/** A build's citation service: one worker thread, its texts by page address, and the files it wrote. */
export class CitationWorker implements CitationService {
  readonly #outDir: string;
  #worker: Worker | undefined;
  readonly #texts = new Map<string, Later<string[]>>();
  readonly #templates = new Later<CiteTemplates>();
  readonly #written = new Later<string[]>();
  /** Citation file addresses Astro skipped, each of which the worker must write. */
  readonly expected = new Set<string>();

  constructor(outDir: string) {
    this.#outDir = outDir;
    // A build that fails before `settle` must not also report an unhandled rejection.
    this.#written.promise.catch(() => {});
    this.#templates.promise.catch(() => {});
  }

  #text(url: string): Later<string[]> {
    let t = this.#texts.get(url);
    if (!t) {
      this.#texts.set(url, (t = new Later()));
      t.promise.catch(() => {});
    }
    return t;
  }

  #fail(why: string): void {
    const error = new Error(`citations: ${why}`);
    for (const t of this.#texts.values()) t.reject(error);
    this.#templates.reject(error);
    this.#written.reject(error);
  }

  start(citables: readonly Citable[], compare: readonly KeyedItem[]): void {
    if (this.#worker) return;
    for (const c of citables) this.#text(c.url);
    const job: CitationJob = { outDir: this.#outDir, citables: [...citables], compare };
    const worker = (this.#worker = new Worker(WORKER, { workerData: job }));
    worker.on('message', (a: CitationAnswer) => {
      if ('templates' in a) this.#templates.resolve(a.templates);
      else if ('texts' in a) for (const [url, texts] of a.texts) this.#text(url).resolve(texts);
      else if ('written' in a) this.#written.resolve(a.written);
      else this.#fail(a.error);
    });
    worker.on('error', (err) => this.#fail(`the worker failed: ${err.message}`));
    worker.on('exit', (code) => this.#fail(`the worker stopped (exit code ${code}) before it had written every file`));
    worker.unref();
  }

  texts(url: string): Promise<string[]> | undefined {
    return this.#worker ? this.#text(url).promise : undefined;
  }

  templates(): Promise<CiteTemplates> | undefined {
    return this.#worker ? this.#templates.promise : undefined;
  }

  /** Waits for every file; throws with every expected one the worker did not write. Returns how many it wrote. */
  async settle(): Promise<number> {
    if (!this.#worker) {
      if (this.expected.size) throw new Error(`citations: the catalog of citable pages never reached the worker, so ${this.expected.size} files under /cite/ were not written`);
      return 0;
    }
    this.#worker.ref();
    try {
      const written = new Set(await this.#written.promise);
      const missing = [...this.expected].filter((f) => !written.has(f));
      if (missing.length) throw new Error(`citations: these files were not written:\n  ${missing.join('\n  ')}`);
      return written.size;
    } finally {
      await this.#worker.terminate();
    }
  }
}

/** A prerenderer that leaves the citation files to `citations()`. */
export function citationPrerenderer(inner: AstroPrerenderer, citations: () => CitationWorker): AstroPrerenderer {
  return over(inner, {
    name: 'hub:citations',
    getStaticPaths: async () =>
      (await inner.getStaticPaths()).filter((p) => {
        const file = CITE_FILE.test(p.pathname);
        if (file) citations().expected.add(p.pathname);
        return !file;
      }),
  });
}

/** The citation worker as an Astro integration; its layer goes to `prerenderLayers` (astro.config.mjs). */
export function citations(): LayeredIntegration {
  let outDir = '';
  let worker: CitationWorker | undefined;
  const current = () => (worker ??= new CitationWorker(outDir));
  return {
    name: 'hub:citations',
    layer: (inner) => citationPrerenderer(inner, current),
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        worker = undefined;
        offerCitationService(current());
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (fileURLToPath(dir) !== outDir) throw new Error(`citation files were written to ${outDir}, but the site was built into ${fileURLToPath(dir)}`);
          const started = performance.now();
          const n = await current().settle();
          logger.info(`${n} citation files written; waited ${Math.round(performance.now() - started)} ms for them after the last page`);
        } finally {
          offerCitationService(undefined);
        }
      },
    },
  };
}
