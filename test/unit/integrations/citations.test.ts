/**
 * The citations of a build: APA texts and /cite/ files made by a worker thread, the same as the pages and routes make
 * them without it (`astro dev`), or the build fails naming the file or page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import type { Citable } from '../../../src/citations/catalog.ts';
import { compareCitations } from '../../../src/citations/compare.ts';
import { citationFile, citationText, citeTemplates } from '../../../src/citations/format.ts';
import { editionItem, pageItem, type KeyedItem } from '../../../src/citations/items.ts';
import { PERMALINK_TOKEN } from '../../../src/compare/cite.ts';
import { citationService, citationTexts, offerCitationService } from '../../../src/citations/service.ts';
import { CitationWorker, citationPrerenderer } from '../../../src/integrations/citations.ts';

const at = (url: string) => ({ permalink: `https://hub.example.org${url}`, date: '2026-12-02' });
const CITABLES: Citable[] = [
  { url: '/practices/est-x-road/', items: [pageItem({ id: 'est-x-road', title: 'X-Road', issued: 2001, sourceUrl: 'https://x-road.global/' }, at('/practices/est-x-road/'))] },
  { url: '/reviews/nor-2017/', items: [pageItem({ id: 'nor-2017', title: 'Digital Government Review of Norway', publisher: 'OECD', issued: 2017, sourceUrl: 'https://doi.org/10.1787/9789264279742-en', type: 'report' }, at('/reviews/nor-2017/'))] },
];

const EDITION = { dataset: 'dgi', name: 'OECD Digital Government Index', publisher: 'OECD', year: 2023, source: 'OECD (2024), 2023 OECD Digital Government Index', sourceUrl: 'https://doi.org/10.1787/1a89ed5e-en' };
const COMPARE: KeyedItem[] = [['dgi-2023', editionItem(EDITION, { permalink: PERMALINK_TOKEN, date: '2026-12-02' })]];

const dirs: string[] = [];
const outDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'citations-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  offerCitationService(undefined);
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('CitationWorker', () => {
  it('gives each page the APA texts, the compare view its templates, and writes each page\'s .bib and .ris file, as formatted without it', async () => {
    const out = outDir();
    const w = new CitationWorker(out);
    expect(w.texts('/practices/est-x-road/')).toBeUndefined();
    expect(w.templates()).toBeUndefined();
    w.expected.add('/cite/practices/est-x-road.bib');
    w.start(CITABLES, COMPARE);
    w.start([], []); // later catalogs are ignored
    const templates = await w.templates();
    expect(templates).toEqual(citeTemplates(COMPARE));
    expect(templates!['dgi-2023']!.ris).toContain(`UR  - ${PERMALINK_TOKEN}`);
    for (const c of CITABLES) await expect(w.texts(c.url)).resolves.toEqual(c.items.map(citationText));
    expect(await w.settle()).toBe(4);
    for (const c of CITABLES)
      for (const ext of ['bib', 'ris'] as const)
        expect(readFileSync(join(out, `cite${c.url.replace(/\/$/, '')}.${ext}`), 'utf8')).toBe(citationFile(c.items, ext));
  });

  it('fails the build, naming the file, when one Astro left to it was not written', async () => {
    const w = new CitationWorker(outDir());
    w.expected.add('/cite/practices/gone.ris');
    w.start(CITABLES, COMPARE);
    await expect(w.settle()).rejects.toThrow(/these files were not written:\n {2}\/cite\/practices\/gone\.ris/);
  });

  it('fails the build, naming the page, when a file cannot be written (the texts, sent first, still arrive)', async () => {
    const out = outDir();
    writeFileSync(join(out, 'cite'), 'a file where the folder of the citation files goes');
    const w = new CitationWorker(out);
    w.start(CITABLES, COMPARE);
    // The texts come first; a page asking after the failure is told why.
    await expect(w.texts('/reviews/nor-2017/')).resolves.toHaveLength(1);
    await expect(w.settle()).rejects.toThrow(/^citations: the citation of \/practices\/est-x-road\/: .*(EEXIST|ENOTDIR)/);
  });

  it('fails the build when files were left to it but the catalog never came', async () => {
    const w = new CitationWorker(outDir());
    w.expected.add('/cite/practices/est-x-road.bib');
    await expect(w.settle()).rejects.toThrow(/never reached the worker, so 1 files under \/cite\/ were not written/);
  });
});

describe('citationTexts and compareCitations', () => {
  it('format here without a service, and take the build\'s when one runs', async () => {
    expect(citationService()).toBeUndefined();
    await expect(citationTexts(CITABLES[0]!)).resolves.toEqual([citationText(CITABLES[0]!.items[0]!)]);
    const datasets = [{ ...EDITION, shortName: 'DGI', editions: [{ year: 2023, source: EDITION.source, sourceUrl: EDITION.sourceUrl }] }] as never;
    await expect(compareCitations(datasets, '2026-12-02')).resolves.toEqual(citeTemplates(COMPARE));
    const fromWorker = { 'dgi-2023': { text: 'from the worker', bib: '', ris: '' } };
    offerCitationService({ start: () => {}, texts: async () => ['from the worker'], templates: async () => fromWorker });
    await expect(citationTexts(CITABLES[0]!)).resolves.toEqual(['from the worker']);
    await expect(compareCitations(datasets, '2026-12-02')).resolves.toBe(fromWorker);
  });
});

describe('citationPrerenderer', () => {
  it('leaves the citation files out of what Astro renders and expects each of them from the worker', async () => {
    const paths = ['/cite/practices/a.bib', '/cite/practices/a.ris', '/practices/a/', '/cite/'].map((pathname) => ({ pathname, route: {} as never }));
    const astro: AstroPrerenderer = { name: 'astro:default', getStaticPaths: async () => paths, render: async () => new Response('') };
    const w = new CitationWorker(outDir());
    const p = citationPrerenderer(astro, () => w);
    expect((await p.getStaticPaths()).map((x) => x.pathname)).toEqual(['/practices/a/', '/cite/']);
    expect([...w.expected]).toEqual(['/cite/practices/a.bib', '/cite/practices/a.ris']);
  });
});
