/**
 * What a page cites, as CSL-JSON items (the input of citation-js): an indicator edition as its publisher released
 * it, or a page of the hub (a practice, statement or review) with its main source. Pure: no Astro, no citation-js.
 */

/** A CSL-JSON item: the fields citation-js reads. */
export interface CslItem {
  id: string;
  type: 'dataset' | 'webpage' | 'report';
  title: string;
  author?: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  DOI?: string;
  URL: string;
  note?: string;
}

/** The name the hub publishes under, in every citation. */
export const HUB_NAME = 'E-Leaders hub';

/** `2026-12-01` as CSL date parts; a year alone as a year. */
export function dateParts(date: string | number): { 'date-parts': number[][] } {
  return { 'date-parts': [String(date).slice(0, 10).split('-').map(Number)] };
}

/** The DOI in a doi.org address, e.g. 10.1787/1a89ed5e-en; undefined for any other address. */
export function doiOf(url: string): string | undefined {
  return /^https?:\/\/(?:dx\.)?doi\.org\/(10\..+)$/i.exec(url)?.[1];
}

/** A CSL item with the key it is looked up by (e.g. the compare view's `<dataset>-<year>`). */
export type KeyedItem = readonly [key: string, item: CslItem];

/** Where and when a page was retrieved: its permalink (absolute) and the build's date. */
export interface Retrieval {
  permalink: string;
  date: string;
}

/** One edition of an indicator, as the hub shows it. */
export interface EditionRef {
  dataset: string;
  name: string;
  publisher: string;
  year: number;
  source: string;
  sourceUrl: string;
  published?: string;
}

/** An indicator edition: the publisher's dataset, its source and DOI, retrieved from the hub at `permalink`. */
export function editionItem(e: EditionRef, at: Retrieval): CslItem {
  const doi = doiOf(e.sourceUrl);
  return {
    id: `${e.dataset}-${e.year}`,
    type: 'dataset',
    title: `${e.name}, ${e.year} edition`,
    author: [{ literal: e.publisher }],
    publisher: e.publisher,
    issued: dateParts(e.published ?? e.year),
    accessed: dateParts(at.date),
    ...(doi ? { DOI: doi } : {}),
    URL: at.permalink,
    note: `Source: ${e.source}${doi ? '' : `, ${e.sourceUrl}`}. Retrieved from the ${HUB_NAME}, ${at.date}: ${at.permalink}`,
  };
}

/** A page of the hub (practice, statement, review, list of datasets): its title, who published what it reports, and its main source. */
export interface PageRef {
  id: string;
  title: string;
  /** Who published the underlying work (e.g. OECD for a review); the hub itself when empty. */
  publisher?: string;
  /** Date or year of the work. */
  issued?: string | number;
  /** The main source's address (a DOI address becomes the DOI). */
  sourceUrl?: string;
  type?: CslItem['type'];
}

/** A page of the hub, retrieved at `permalink`. */
export function pageItem(p: PageRef, at: Retrieval): CslItem {
  const doi = p.sourceUrl ? doiOf(p.sourceUrl) : undefined;
  const source = p.sourceUrl && !doi ? `Source: ${p.sourceUrl}. ` : '';
  return {
    id: p.id,
    type: p.type ?? 'webpage',
    title: p.title,
    author: [{ literal: p.publisher ?? HUB_NAME }],
    ...(p.publisher ? { publisher: p.publisher } : {}),
    'container-title': HUB_NAME,
    ...(p.issued ? { issued: dateParts(p.issued) } : {}),
    accessed: dateParts(at.date),
    ...(doi ? { DOI: doi } : {}),
    URL: at.permalink,
    note: `${source}Retrieved from the ${HUB_NAME}, ${at.date}: ${at.permalink}`,
  };
}
