/**
 * The citations of the compare view, one per indicator edition, formatted at build time by citation-js with a
 * placeholder for the permalink: the page's element puts in the address of the current selection, so the browser
 * gets the citation without a citation library. In a build the citation worker formats them (src/citations/service.ts),
 * so Astro's thread never starts a citation engine; without it they are formatted here.
 */
import type { Dataset } from '../indicators/dataset.ts';
import type { CiteTemplates } from '../compare/cite.ts';
import { compareItems } from './catalog.ts';
import { citeTemplates } from './format.ts';
import { citationService } from './service.ts';

/**
 * Text, BibTeX and RIS of every edition of every dataset, keyed `<dataset>-<year>`: in a build, those the citation
 * worker formatted from the same hub's datasets and build date (src/citations/catalog.ts); otherwise formatted here.
 */
export async function compareCitations(datasets: readonly Dataset[], date: string): Promise<CiteTemplates> {
  return (await citationService()?.templates()) ?? citeTemplates(compareItems(datasets, date));
}
