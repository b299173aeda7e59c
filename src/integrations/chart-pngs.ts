/**
 * The chart PNGs of a build (/charts/<key>.png), rendered from their SVG files on the second core. Astro renders each
 * chart's SVG file (src/pages/charts/[...key].svg.ts); as it does, this integration's layer sends the file's text to a
 * process of its own (src/charts/export/png-process.ts), which renders the PNG with resvg and writes it beside the SVG
 * while Astro goes on with the next pages. Astro itself skips the PNG route in a build (`npm run dev` still serves it,
 * rendering on request). Jobs wait in a queue here and go to the process two at a time; once Astro has rendered its
 * last page, this thread, idle until then, renders from the same queue too (on the real content the PNGs outlast the
 * pages by some 16 s). The build waits for every PNG at the end and fails, naming the file, if one is missing or
 * could not be rendered: never a site whose PNG links lead nowhere.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { useLatinSubset, writeChartPng } from '../charts/export/png.ts';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import type { PngDone, PngJob } from '../charts/export/png-process.ts';
import { over, type LayeredIntegration } from './prerender-layers.ts';

/** Jobs the PNG process holds at a time: the one it renders and the next, so it never waits for this thread. */
const IN_FLIGHT = 2;

/** The addresses of the chart files (src/pages/charts/). */
export const CHART_SVG = /^\/charts\/.+\.svg$/;
export const CHART_PNG = /^\/charts\/.+\.png$/;

const PROCESS = fileURLToPath(new URL('../charts/export/png-process.ts', import.meta.url));

/** Renders PNGs in a process of its own, one job after another, each written into `outDir` at its address. */
export class PngRenderer {
  readonly #outDir: string;
  #child: ChildProcess | undefined;
  readonly #waiting = new Map<string, (error?: string) => void>();
  readonly #answers: Promise<string | undefined>[] = [];
  /** Jobs not yet sent to the process; it has at most IN_FLIGHT at a time. */
  readonly #queue: PngJob[] = [];
  #inFlight = 0;
  /** PNGs rendered by this thread at the end. */
  here = 0;
  /** PNG addresses Astro skipped, each of which must be rendered from its SVG. */
  readonly expected = new Set<string>();
  readonly rendered = new Set<string>();

  constructor(outDir: string) {
    this.#outDir = outDir;
  }

  #process(): ChildProcess {
    if (this.#child) return this.#child;
    if (!existsSync(PROCESS)) throw new Error(`chart PNGs: the renderer ${PROCESS} is missing`);
    // Node runs the TypeScript file as it is; --expose-gc lets it free resvg's memory as it goes (png-process.ts).
    const child = fork(PROCESS, [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (answer: PngDone) => {
      this.#inFlight -= 1;
      this.#done(answer.file, answer.error);
      this.#pump();
    });
    const stopped = (why: string) => {
      for (const [file, done] of this.#waiting) done(`the PNG renderer ${why} before writing ${file}`);
      this.#waiting.clear();
    };
    child.on('exit', (code, signal) => stopped(`stopped (${signal ?? `exit code ${code}`})`));
    child.on('error', (err) => stopped(`failed (${err.message})`));
    child.unref();
    return (this.#child = child);
  }

  #done(file: string, error?: string): void {
    this.#waiting.get(file)?.(error);
    this.#waiting.delete(file);
    if (this.#waiting.size === 0) this.#child?.channel?.unref();
  }

  /** Keeps the process busy: a job to render and the next one ready. */
  #pump(): void {
    while (this.#inFlight < IN_FLIGHT && this.#queue.length) {
      const child = this.#process();
      if (!child.connected) return;
      this.#inFlight += 1;
      child.send(this.#queue.shift()!);
    }
  }

  /** Renders the PNG of the SVG file at `svgPath` (its address) from `svg`, its text. */
  render(svgPath: string, svg: string): void {
    const pngPath = svgPath.replace(/\.svg$/, '.png');
    const file = join(this.#outDir, pngPath);
    this.#process().channel?.ref();
    this.rendered.add(pngPath);
    this.#answers.push(new Promise((resolve) => this.#waiting.set(file, (error) => resolve(error && `${pngPath}: ${error}`))));
    this.#queue.push({ svg, file });
    this.#pump();
  }

  /** Waits for every PNG, rendering what is still queued here too; throws with every one that is missing or failed. Returns how many were written. */
  async settle(): Promise<number> {
    // This thread draws with the fonts' Latin subset too (png.ts), as the process does; the same pixels either way.
    if (this.#queue.length) await useLatinSubset();
    for (let job = this.#queue.shift(); job; job = this.#queue.shift()) {
      let error: string | undefined;
      try {
        writeChartPng(job.file, job.svg);
        this.here += 1;
      } catch (err) {
        error = (err as Error).message;
      }
      this.#done(job.file, error);
      // Lets the process's answers in, so that it takes the next job while this thread renders another.
      await yieldToEvents();
    }
    const errors = (await Promise.all(this.#answers)).filter((e): e is string => Boolean(e));
    for (const png of this.expected) if (!this.rendered.has(png)) errors.push(`${png}: no SVG file was rendered for it (src/pages/charts/)`);
    if (this.#child?.connected) this.#child.disconnect();
    if (errors.length) throw new Error(`chart PNGs could not be written:\n  ${errors.join('\n  ')}`);
    return this.rendered.size;
  }
}

/** A prerenderer that leaves the chart PNGs to `pngs()` and hands it every chart SVG it renders. */
export function pngPrerenderer(inner: AstroPrerenderer, pngs: () => PngRenderer): AstroPrerenderer {
  return over(inner, {
    name: 'hub:chart-pngs',
    getStaticPaths: async () =>
      (await inner.getStaticPaths()).filter((p) => {
        const png = CHART_PNG.test(p.pathname);
        if (png) pngs().expected.add(p.pathname);
        return !png;
      }),
    render: async (request, options) => {
      const result = await inner.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const path = new URL(request.url).pathname;
      if (response.ok && CHART_SVG.test(path)) pngs().render(path, await response.clone().text());
      return result;
    },
  });
}

/** The chart PNGs as an Astro integration; its layer goes to `prerenderLayers` (astro.config.mjs). */
export function chartPngs(): LayeredIntegration {
  let outDir = '';
  let pngs: PngRenderer | undefined;
  const current = () => (pngs ??= new PngRenderer(outDir));
  return {
    name: 'hub:chart-pngs',
    layer: (inner) => pngPrerenderer(inner, current),
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        pngs = undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (fileURLToPath(dir) !== outDir) throw new Error(`chart PNGs were written to ${outDir}, but the site was built into ${fileURLToPath(dir)}`);
        const started = performance.now();
        const n = await current().settle();
        logger.info(`${n} chart PNGs written (${current().here} by this thread after the last page); waited ${Math.round(performance.now() - started)} ms for them after the last page`);
      },
    },
  };
}
