/**
 * The compare page's results for a selection: the four charts (each with its files), the table, the downloads and the provenance.
 * One function builds them, so the build (default selection, no JavaScript) and the browser (any selection)
 * show exactly the same markup.
 */
import { changeCsv, changeFileName, dataUrl, selectionDataset, selectionFileName, selectedObservations, datasetCsv } from '../indicators/export.ts';
import { comparableEditions, editionOf, nameOf, type Dataset } from '../indicators/dataset.ts';
import { compareFileUrl, dataUrls } from '../lib/urls.ts';
import { barsFigure } from '../charts/bars/render.ts';
import type { ChartFile } from '../charts/export/catalog.ts';
import { lineFigure } from '../charts/line/render.ts';
import { profileFigure } from '../charts/profile/render.ts';
import { slopeFigure } from '../charts/slope/render.ts';
import { compareCharts, compareExport } from './charts.ts';
import { listing } from '../charts/shared/text.ts';
import { fragment, h, type Child, type VNode } from '../charts/shared/vnode.ts';
import type { Selection } from './selection.ts';
import { compareTable } from './table.ts';
import { citeSection, type CiteTemplates } from './cite.ts';

/** What the citation needs: the build-time templates and the site's origin (for the permalink). */
export interface CiteContext {
  templates: CiteTemplates;
  origin: string;
}

/** One numbered section of the results. */
const section = (id: string, heading: string, ...body: Child[]) =>
  h('section', { class: 'compare-section', 'aria-labelledby': id }, h('h2', { id }, heading), ...body);

/** The sentence that says what is shown. */
export function summary(ds: Dataset, sel: Selection): string {
  return `${ds.shortName} ${sel.edition} for ${listing(sel.countries.map((c) => nameOf(ds, c)))}.`;
}

/** One of a selection's own downloads: its file name, media type, link text and contents (made when asked for). */
export interface SelectionFile {
  kind: 'csv' | 'json' | 'change';
  name: string;
  type: 'text/csv' | 'application/json';
  label: string;
  text: () => string;
}

/** The selection as CSV and JSON, and every edition of its countries with the change, as CSV. */
export function selectionFiles(ds: Dataset, sel: Selection): SelectionFile[] {
  const file = selectionFileName(ds, sel);
  const every = changeFileName(ds, sel.countries);
  return [
    { kind: 'csv', name: `${file}.csv`, type: 'text/csv', label: `This selection as CSV (${file}.csv)`, text: () => datasetCsv(ds, selectedObservations(ds, sel)) },
    { kind: 'json', name: `${file}.json`, type: 'application/json', label: `This selection as JSON (${file}.json)`, text: () => JSON.stringify(selectionDataset(ds, sel), null, 2) },
    { kind: 'change', name: `${every}.csv`, type: 'text/csv', label: `Every edition of these countries, with the change since the previous comparable edition, as CSV (${every}.csv)`, text: () => changeCsv(ds, sel.countries) },
  ];
}

/**
 * Download links: the selection's files (`'files'`: the default view's, written by the build next to the page, so
 * the page does not carry them; `'inline'`: built here, as data: addresses) and the whole dataset (static files).
 */
function downloads(ds: Dataset, sel: Selection, exports: 'files' | 'inline'): VNode {
  const whole = dataUrls(ds.dataset);
  return h(
    'ul',
    { class: 'downloads' },
    selectionFiles(ds, sel).map((f) =>
      h('li', null, h('a', { href: exports === 'files' ? compareFileUrl(f.name) : dataUrl(f.text(), f.type), download: f.name, 'data-download': f.kind }, f.label))),
    h('li', null, h('a', { href: whole.csv }, `The whole ${ds.shortName} dataset as CSV`), ' · ', h('a', { href: whole.json }, 'as JSON')),
  );
}

/** Source, edition, licence and methodology of what is shown. */
function provenanceBlock(ds: Dataset, sel: Selection): VNode {
  const years = comparableEditions(ds, sel.edition);
  return h(
    'dl',
    { class: 'facts' },
    years.map((y) => {
      const e = editionOf(ds, y);
      return [h('dt', null, `${ds.shortName} ${y}`), h('dd', null, h('a', { href: e.sourceUrl }, e.source), e.coverage ? ` ${e.coverage}` : '')];
    }).flat(),
    h('dt', null, 'Publisher'), h('dd', null, ds.publisher),
    h('dt', null, 'Methodology'), h('dd', null, h('a', { href: ds.methodologyUrl }, ds.methodologyUrl)),
    h('dt', null, 'Licence'), h('dd', null, ds.licence),
    h('dt', null, 'All editions'), h('dd', null, h('a', { href: ds.page }, `${ds.name}: every value, ranked`)),
  );
}

/**
 * Everything below the controls, for a valid selection; with `cite`, a "Cite this view" section. `exports`:
 * `'files'` links the charts' built files (the default view, at build time); `'inline'` builds each chart's SVG
 * file in the page (any view, in the browser).
 */
export function compareView(ds: Dataset, sel: Selection, cite?: CiteContext, exports: 'files' | 'inline' = 'files'): VNode {
  const citation = cite && citeSection(cite.templates, sel, cite.origin);
  const c = compareCharts(ds, sel);
  const order = c.bars.bars.map((b) => b.iso3);
  const links = (f: ChartFile) => compareExport(f, exports === 'inline' ? cite?.origin ?? '' : undefined);
  return fragment(
    h('p', { class: 'compare-summary', 'data-summary': '' }, 'Showing the ', summary(ds, sel)),
    section('cmp-h-bars', `1. ${c.bars.substitute ? c.bars.metric.name : 'Composite score'}`, barsFigure(c.bars, 'cmp-bars', { exports: links(c.files.bars) })),
    section('cmp-h-profile', '2. Sub-indicators', profileFigure(c.profile, 'cmp-profile', { exports: links(c.files.profile) })),
    section('cmp-h-line', `3. Across editions, ${c.line.editions[0]}–${c.line.editions.at(-1)}`, lineFigure(c.line, 'cmp-line', {
      ...(ds.comparability ? { caveat: ds.comparability } : {}), title: c.lineTitle, exports: links(c.files.line),
    })),
    section('cmp-h-slope', '4. Change between two editions', slopeFigure(c.slope, 'cmp-slope', { exports: links(c.files.slope) })),
    section('cmp-h-table', '5. The numbers', compareTable(ds, sel.edition, order, 'cmp-table')),
    section('cmp-h-data', 'Download the data', downloads(ds, sel, exports)),
    section('cmp-h-source', 'Source and licence', provenanceBlock(ds, sel)),
    citation ? section('cmp-h-cite', 'Cite this view', citation) : '',
  );
}
