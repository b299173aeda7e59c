/**
 * The PNG of a chart file, rendered at build time from its framed SVG (frame.ts) by resvg, with Inter (OFL, from
 * the @expo-google-fonts/inter package) as the only font: the same image on every machine, no system font, no
 * network. Node only: never imported by code that runs in the browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
/** Inter's regular, semi-bold and bold faces: the weights the charts use (400, 600, 700). */
export const FONT_FILES = ['400Regular', '600SemiBold', '700Bold'].map((w) => require.resolve(`@expo-google-fonts/inter/${w}/Inter_${w}.ttf`));

/** Pixels per SVG unit: the drawn size (2 would quadruple the build's PNG time and the files' 48 MB). */
export const PNG_SCALE = 1;

const OPTIONS: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  fitTo: { mode: 'zoom', value: PNG_SCALE },
  background: '#ffffff',
  logLevel: 'error',
};

/** The PNG bytes of `svg` (the text of a framed chart file). */
export function chartPng(svg: string): Uint8Array {
  return new Resvg(svg, OPTIONS).render().asPng();
}

/** Renders `svg` and writes its PNG to `file`, making its folder: what the build does for each chart file. */
export function writeChartPng(file: string, svg: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, chartPng(svg));
}
