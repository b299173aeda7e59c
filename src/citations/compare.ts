/**
 * The citations of the compare view, one per indicator edition, formatted at build time by citation-js with a
 * placeholder for the permalink: the page's element puts in the address of the current selection, so the browser
 * gets the citation without a citation library.
 */
import type { Dataset } from '../indicators/dataset.ts';
import { PERMALINK_TOKEN, type CiteTemplates } from '../compare/cite.ts';
import { citationFile, citationText } from './format.ts';
import { editionItem } from './items.ts';

/** Text, BibTeX and RIS of every edition of every dataset, keyed `<dataset>-<year>`. */
export function compareCitations(datasets: readonly Dataset[], date: string): CiteTemplates {
  const out: CiteTemplates = {};
  for (const ds of datasets) {
    for (const e of ds.editions) {
      const item = editionItem({ dataset: ds.dataset, name: ds.name, publisher: ds.publisher, ...e }, { permalink: PERMALINK_TOKEN, date });
      out[`${ds.dataset}-${e.year}`] = { text: citationText(item), bib: citationFile([item], 'bib'), ris: citationFile([item], 'ris') };
    }
  }
  return out;
}
