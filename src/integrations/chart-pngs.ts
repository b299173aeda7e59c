/**
 * The chart PNGs of a build (/charts/<key>.png), rendered from their SVG files on the second core. Astro renders each
 * chart's SVG file (src/pages/charts/[...key].svg.ts); as it does, this integration's layer sends the file's text to a
 * process of its own (src/charts/export/png-process.ts), which renders the PNG with resvg and writes it beside the SVG
 * while Astro goes on with the next pages. Astro itself skips the PNG route in a build (`npm run dev` still serves it,
 * rendering on request). The build waits for every PNG at the end and fails, naming the file, if one is missing or
 * could not be rendered: never a site whose PNG links lead nowhere.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import type { PngDone, PngJob } from '../charts/export/png-process.ts';
import { over, type LayeredIntegration } from './prerender-layers.ts';

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
      this.#waiting.get(answer.file)?.(answer.error);
      this.#waiting.delete(answer.file);
      if (this.#waiting.size === 0) child.channel?.unref();
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

  /** Renders the PNG of the SVG file at `svgPath` (its address) from `svg`, its text. */
  render(svgPath: string, svg: string): void {
    const pngPath = svgPath.replace(/\.svg$/, '.png');
    const file = join(this.#outDir, pngPath);
    const child = this.#process();
    this.rendered.add(pngPath);
    this.#answers.push(new Promise((resolve) => this.#waiting.set(file, (error) => resolve(error && `${pngPath}: ${error}`))));
    child.channel?.ref();
    child.send({ svg, file } satisfies PngJob);
  }

  /** Waits for every PNG; throws with every one that is missing or failed. Returns how many were written. */
  async settle(): Promise<number> {
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
        logger.info(`${n} chart PNGs written; waited ${Math.round(performance.now() - started)} ms for them after the last page`);
      },
    },
  };
}
