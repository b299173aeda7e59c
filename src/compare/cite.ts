/**
 * "Cite this view" on /compare/: the citation of the edition shown, with the permalink of the current selection,
 * as text (with a copy button), BibTeX and RIS. The texts are formatted at build time (src/citations/compare.ts)
 * with a placeholder for the permalink. Pure: used by the build and in the browser.
 */
import { dataUrl } from '../indicators/export.ts';
import { h, type VNode } from '../charts/shared/vnode.ts';
import type { Selection } from './selection.ts';
import { compareUrl } from '../lib/urls.ts';
import { toQuery } from './selection.ts';

/** Stands for the permalink in the templates (letters only, so no citation format escapes it). */
export const PERMALINK_TOKEN = 'https://eleaders-hub.invalid/PERMALINKTOKEN';

/** The citation of each edition, keyed `<dataset>-<year>`, with the permalink left as PERMALINK_TOKEN. */
export type CiteTemplates = Record<string, { text: string; bib: string; ris: string }>;

/** The absolute permalink of a selection on a site at `origin`. */
export const permalinkOf = (origin: string, sel: Selection) => new URL(compareUrl(toQuery(sel)), origin).href;

/** The section, or undefined when the edition has no citation. */
export function citeSection(templates: CiteTemplates, sel: Selection, origin: string): VNode | undefined {
  const t = templates[`${sel.indicator}-${sel.edition}`];
  if (!t) return undefined;
  const link = permalinkOf(origin, sel);
  const fill = (s: string) => s.split(PERMALINK_TOKEN).join(link);
  const file = `${sel.indicator}-${sel.edition}-${sel.countries.join('-')}`;
  return h(
    'div',
    { class: 'citation', 'data-citation': '' },
    h('p', { class: 'citation-text', 'data-citation-text': '' }, fill(t.text)),
    h('p', null, h('button', { type: 'button', class: 'button', 'data-copy-citation': '' }, 'Copy the citation')),
    h('details', null, h('summary', null, 'BibTeX'), h('pre', { tabindex: '0', 'aria-label': 'BibTeX of this view' }, fill(t.bib))),
    h('p', null, 'Download the citation: ',
      h('a', { href: dataUrl(fill(t.bib), 'application/x-bibtex'), download: `${file}.bib` }, 'BibTeX (.bib)'), ' · ',
      h('a', { href: dataUrl(fill(t.ris), 'application/x-research-info-systems'), download: `${file}.ris` }, 'RIS (.ris)')),
  );
}
