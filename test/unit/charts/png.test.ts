/** Chart PNGs drawn with the fonts' Latin subset: the same bytes as with the whole fonts, and only where it suffices. */
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartPng, FONT_FILES, fontFilesFor, latinOnly, useLatinSubset } from '../../../src/charts/export/png.ts';

/** Text in the three weights the charts use, with kerning pairs, accents, dashes and an ellipsis. */
const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="110" font-family="Inter, system-ui, sans-serif" font-size="13">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="16" y="28" font-size="17" font-weight="700" fill="#1b1f24">${text}</text>
<text x="16" y="52" font-size="11" font-weight="600" fill="#1b1f24"><tspan x="16" dy="0">Telecommunication</tspan><tspan x="16" dy="13">Infrastructure Index</tspan></text>
<text x="404" y="92" text-anchor="end" fill="#4a5561">AV To Wa 0.81 – 2010–2024 €1 −2 “quoted” …</text>
</svg>`;
const LATIN = svg('Türkiye, Côte d’Ivoire, São Tomé and Príncipe, Łódź');
const OTHER = svg('Việt Nam, Ελλάδα, Україна');

describe('latinOnly', () => {
  it('accepts the characters of English and French country names and the charts\' punctuation, not others', () => {
    expect(latinOnly(LATIN)).toBe(true);
    expect(latinOnly('a\tb\r\nc')).toBe(true);
    expect(latinOnly(OTHER)).toBe(false);
    expect(latinOnly('Ελλάδα')).toBe(false);
    expect(latinOnly('\u0007')).toBe(false);
  });
});

describe('the Latin subset', () => {
  it('draws the same PNG bytes as the whole fonts, with smaller files, and leaves other text to the whole fonts', async () => {
    const whole = { latin: Buffer.from(chartPng(LATIN)), other: Buffer.from(chartPng(OTHER)) };
    expect(fontFilesFor(LATIN)).toEqual(FONT_FILES);

    await useLatinSubset();
    const subset = fontFilesFor(LATIN);
    expect(subset).toHaveLength(3);
    subset.forEach((file, i) => {
      expect(existsSync(file)).toBe(true);
      expect(file).not.toBe(FONT_FILES[i]);
      expect(statSync(file).size).toBeLessThan(statSync(FONT_FILES[i]!).size / 2);
    });
    expect(fontFilesFor(OTHER)).toEqual(FONT_FILES);

    expect(Buffer.from(chartPng(LATIN)).equals(whole.latin)).toBe(true);
    expect(Buffer.from(chartPng(OTHER)).equals(whole.other)).toBe(true);
  });
});
