/**
 * Citations formatted off Astro's thread. APA through citeproc is the costliest step of a practice page (about 2 ms an
 * item), and the /cite/ files cost Astro a route each; in a build, `astro build` offers a service
 * (src/integrations/citations.ts) that formats every item and writes every file in a worker thread on the second
 * core (src/citations/worker.ts) while Astro renders pages. Pages ask it for their texts; without it (`astro dev`,
 * unit tests) they are formatted here, by the same function.
 *
 * The page code Astro bundles and the integration are two copies of this module: they meet on a global key.
 */
import type { CiteTemplates } from '../compare/cite.ts';
import type { Citable } from './catalog.ts';
import { citationText } from './format.ts';
import type { KeyedItem } from './items.ts';

/** What a build offers the pages. */
export interface CitationService {
  /**
   * Every citable page of the build, and the compare view's items by key (src/citations/compare.ts): formatting
   * starts, the compare view's first. Later calls are ignored.
   */
  start(citables: readonly Citable[], compare: readonly KeyedItem[]): void;
  /** The APA texts of the page at `url`, one per item, once formatted; undefined before `start`. */
  texts(url: string): Promise<string[]> | undefined;
  /** The compare view's citation templates, once formatted; undefined before `start`. */
  templates(): Promise<CiteTemplates> | undefined;
}

const KEY = Symbol.for('eleaders-hub.citation-service');
type Holder = { [KEY]?: CitationService | undefined };

/** The build's citation service, if one is running. */
export const citationService = (): CitationService | undefined => (globalThis as Holder)[KEY];

/** Offers (or, with undefined, withdraws) the build's citation service. */
export function offerCitationService(service: CitationService | undefined): void {
  (globalThis as Holder)[KEY] = service;
}

/** The APA text of each item of a citable page: from the build's service if it has them, else formatted here. */
export async function citationTexts(c: Citable): Promise<string[]> {
  return (await citationService()?.texts(c.url)) ?? c.items.map(citationText);
}
