/**
 * The PNG of a chart file, rendered at build time from its framed SVG (frame.ts) by resvg, with Inter (OFL, from
 * the @expo-google-fonts/inter package) as the only font: the same image on every machine, no system font, no
 * network. Node only: never imported by code that runs in the browser.
 *
 * resvg-js reads a font file from disk for every glyph it draws (thx/resvg-js#367: some 600 reads of Inter's 340 kB
 * per chart, most of the time a chart takes to lay out). `useLatinSubset()` cuts each face down to the Latin
 * characters (subset-font, HarfBuzz's subsetter), and the charts whose text needs nothing else are drawn with those
 * smaller files: the same pixels, a fifth less time (tested on every chart of the site).
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
/** Inter's regular, semi-bold and bold faces: the weights the charts use (400, 600, 700). */
const FACES = ['400Regular', '600SemiBold', '700Bold'];
export const FONT_FILES = FACES.map((w) => require.resolve(`@expo-google-fonts/inter/${w}/Inter_${w}.ttf`));

/** Pixels per SVG unit: the drawn size (2 would quadruple the build's PNG time and the files' 48 MB). */
export const PNG_SCALE = 1;

/**
 * The code points of the Latin subset: Basic Latin, Latin-1 Supplement, Latin Extended-A (every country name in
 * English and French), General Punctuation (dashes, quotes, ellipsis), the euro and the minus sign.
 */
const LATIN: [number, number][] = [[0x20, 0x7e], [0xa0, 0x17f], [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2212, 0x2212]];

/** Whether every character of `svg` (markup and text: the markup is ASCII) is in the Latin subset. */
export function latinOnly(svg: string): boolean {
  for (let i = 0; i < svg.length; i++) {
    const c = svg.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (!LATIN.some(([from, to]) => c >= from && c <= to)) return false;
  }
  return true;
}

const options = (fontFiles: string[]): ResvgRenderOptions => ({
  font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  fitTo: { mode: 'zoom', value: PNG_SCALE },
  background: '#ffffff',
  logLevel: 'error',
});
const WHOLE = options(FONT_FILES);
/** The options with the Latin subset, once `useLatinSubset()` has made it. */
let latin: ResvgRenderOptions | undefined;

/** The name table entries the subsets keep: all those OpenType defines (HarfBuzz keeps only a few by default). */
const NAMES = Array.from({ length: 26 }, (_, id) => id);
/** Where the subsets are kept between builds, in a folder named after what they are made from. */
const CACHE = join(dirname(require.resolve('subset-font/package.json')), '..', '.cache', 'hub-chart-fonts');

/**
 * Draws the charts that need no other character with the Latin subset of each face from then on. The subsets are
 * made once (every name kept: resvg chooses a face by its names and weight) and kept under node_modules/.cache/.
 * Never fails: without the subset (it cannot be made or written) every chart keeps the whole fonts, the same pixels.
 */
export async function useLatinSubset(): Promise<void> {
  if (latin) return;
  try {
    latin = options(await latinSubsetFiles());
  } catch (err) {
    console.warn(`chart PNGs: drawing with the whole fonts (no Latin subset: ${(err as Error).message})`);
  }
}

/** The Latin subset's font files, made if the cache does not hold them yet. */
async function latinSubsetFiles(): Promise<string[]> {
  const fonts = FONT_FILES.map((file) => readFileSync(file));
  const key = createHash('sha256').update(JSON.stringify([LATIN, NAMES])).update(fonts.map((f) => createHash('sha256').update(f).digest('hex')).join()).digest('hex').slice(0, 16);
  const files = FACES.map((face) => join(CACHE, key, `Inter_${face}.ttf`));
  if (!files.every((file) => existsSync(file))) {
    const text = LATIN.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
    const subsets = await Promise.all(fonts.map((font) => subsetFont(font, text, { targetFormat: 'sfnt', preserveNameIds: NAMES })));
    mkdirSync(join(CACHE, key), { recursive: true });
    // Written beside under a name of its own, then renamed: a build and the tests may make them at the same time.
    files.forEach((file, i) => {
      const part = `${file}.${randomUUID()}`;
      writeFileSync(part, subsets[i]!);
      renameSync(part, file);
    });
  }
  return files;
}

const optionsFor = (svg: string) => (latin && latinOnly(svg) ? latin : WHOLE);

/** The font files `svg` is drawn with: the Latin subset where it has been made and suffices, else the whole faces. */
export function fontFilesFor(svg: string): string[] {
  return optionsFor(svg).font!.fontFiles!;
}

/** The PNG bytes of `svg` (the text of a framed chart file). */
export function chartPng(svg: string): Uint8Array {
  return new Resvg(svg, optionsFor(svg)).render().asPng();
}

/** Renders `svg` and writes its PNG to `file`, making its folder: what the build does for each chart file. */
export function writeChartPng(file: string, svg: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, chartPng(svg));
}
