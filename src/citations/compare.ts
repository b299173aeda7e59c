/**
 * The citations of the compare view, one per indicator edition, formatted at build time by citation-js with a
 * placeholder for the permalink: the page's element puts in the address of the current selection, so the browser
 * gets the citation without a citation library. In a build the citation worker formats them (src/citations/service.ts),
 * so Astro's thread never starts a citation engine; without it they are formatted here.
 */
import type { Dataset } from '../indicators/dataset.ts';
import { PERMALINK_TOKEN, type CiteTemplates } from '../compare/cite.ts';
import { citeTemplates } from './format.ts';
import { editionItem, type CslItem } from './items.ts';
import { citationService } from './service.ts';

/** The CSL item of every edition of every dataset, keyed `<dataset>-<year>`, with the permalink as PERMALINK_TOKEN. */
export function compareItems(datasets: readonly Dataset[], date: string): [key: string, item: CslItem][] {
  return datasets.flatMap((ds) =>
    ds.editions.map((e): [string, CslItem] => [`${ds.dataset}-${e.year}`, editionItem({ dataset: ds.dataset, name: ds.name, publisher: ds.publisher, ...e }, { permalink: PERMALINK_TOKEN, date })]),
  );
}

/**
 * Text, BibTeX and RIS of every edition of every dataset, keyed `<dataset>-<year>`: in a build, those the citation
 * worker formatted from the same hub's datasets and build date (src/citations/catalog.ts); otherwise formatted here.
 */
export async function compareCitations(datasets: readonly Dataset[], date: string): Promise<CiteTemplates> {
  return (await citationService()?.templates()) ?? citeTemplates(compareItems(datasets, date));
}
