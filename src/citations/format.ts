/**
 * Citations as text, BibTeX and RIS, formatted by citation-js (CSL, BibTeX and RIS plugins). Build-time only:
 * content pages ship no JavaScript, so every format is written into the page or into a file under /cite/.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CiteTemplates } from '../compare/cite.ts';
import type { CslItem, KeyedItem } from './items.ts';

/** The formats of the files under /cite/. */
export const CITE_FORMATS = { bib: 'bibtex', ris: 'ris' } as const;

/** A RIS line starts with a tag: two capitals or a capital and a digit, two spaces, a hyphen. */
const RIS_TAG = /^[A-Z][A-Z0-9] {2}-/;

/**
 * The items as BibTeX or RIS text. citation-js wraps RIS values at 70 characters, which cuts addresses in two
 * for readers that do not join lines: each value is put back on its tag's line.
 */
export function citationFile(items: readonly CslItem[], ext: keyof typeof CITE_FORMATS): string {
  const text = new Cite(items.map((i) => ({ ...i }))).format(CITE_FORMATS[ext], { format: 'text' }) as string;
  if (ext !== 'ris') return text;
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || RIS_TAG.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join('\n');
}

/**
 * One reference per item, in APA style, followed by the note (source, "retrieved from the E-Leaders hub, <date>",
 * permalink): what a reader copies.
 */
export function citationText(item: CslItem): string {
  const ref = (new Cite({ ...item, note: undefined }).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string).trim();
  return item.note ? `${ref} ${item.note}` : ref;
}

/** Text, BibTeX and RIS of each item, by its key: the compare view's citation templates (src/citations/compare.ts). */
export function citeTemplates(items: readonly KeyedItem[]): CiteTemplates {
  return Object.fromEntries(items.map(([key, item]) => [key, { text: citationText(item), bib: citationFile([item], 'bib'), ris: citationFile([item], 'ris') }]));
}
