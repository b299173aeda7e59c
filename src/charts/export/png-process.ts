/**
 * The process that renders the chart PNGs during a build (started by src/integrations/chart-pngs.ts): it is sent
 * each chart's SVG file as Astro writes it and writes the PNG beside it, so resvg works on the second core while
 * Astro renders the next pages. Answers each job with its file, and the error if it failed.
 * Run with `--expose-gc`: resvg's memory is outside JavaScript's heap, which alone would rarely trigger a collection.
 */
import { useLatinSubset, writeChartPng } from './png.ts';

/** A job: the SVG file's text and the PNG file to write. */
export interface PngJob { svg: string; file: string }
/** The answer to a job. */
export interface PngDone { file: string; error?: string }

// The fonts' Latin subset takes some 200 ms to make the first time; jobs sent meanwhile wait for it.
const fonts = useLatinSubset();

let done = 0;
process.on('message', async (job: PngJob) => {
  await fonts;
  const answer: PngDone = { file: job.file };
  try {
    writeChartPng(job.file, job.svg);
  } catch (err) {
    answer.error = (err as Error).message;
  }
  process.send?.(answer);
  if (++done % 20 === 0) (globalThis as { gc?: () => void }).gc?.();
});
