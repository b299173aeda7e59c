/**
 * Every page a researcher cites, with what it cites: its path (the address without slashes at the ends) and its
 * CSL items. The /cite/<path>.bib and .ris files and the Citation component read this. Build-time.
 */
import type { Hub } from '../content/hub-data.ts';
import { allDatasets } from '../indicators/datasets.ts';
import type { Dataset } from '../indicators/dataset.ts';
import { LIST_URLS, indicatorEditionUrl, indicatorUrl, practiceUrl, reviewUrl, statementUrl } from '../lib/urls.ts';
import { PERMALINK_TOKEN } from '../compare/cite.ts';
import { buildDate } from './build-date.ts';
import { HUB_NAME, editionItem, pageItem, type CslItem, type KeyedItem } from './items.ts';
import { citationService } from './service.ts';

/** A citable page. */
export interface Citable {
  /** The page's address, e.g. /indicators/dgi/2023/. */
  url: string;
  items: CslItem[];
}

/** The path of the files under /cite/ for a page address, e.g. /indicators/dgi/2023/ -> indicators/dgi/2023. */
export const citePath = (url: string) => url.replace(/^\/|\/$/g, '');

/** The addresses of a page's citation files, e.g. /cite/indicators/dgi/2023.bib. */
export const citeUrls = (url: string) => ({ bib: `/cite/${citePath(url)}.bib`, ris: `/cite/${citePath(url)}.ris` });

const edition = (ds: Dataset, e: Dataset['editions'][number], permalink: string, date: string) =>
  editionItem({ dataset: ds.dataset, name: ds.name, publisher: ds.publisher, ...e }, { permalink, date });

/** The compare view's items: every edition of every dataset, keyed `<dataset>-<year>`, the permalink as PERMALINK_TOKEN. */
export function compareItems(datasets: readonly Dataset[], date: string): KeyedItem[] {
  return datasets.flatMap((ds) => ds.editions.map((e): KeyedItem => [`${ds.dataset}-${e.year}`, edition(ds, e, PERMALINK_TOKEN, date)]));
}

/** Every citable page of the hub; `site` is the site's address, for permalinks. */
export function citables(h: Hub, site: string): Citable[] {
  const date = buildDate();
  const at = (url: string) => ({ permalink: new URL(url, site).href, date });
  const out: Citable[] = [];
  const datasets = allDatasets(h);
  // The hub's data as of this build: dated by it (undated, APA would add a "Retrieved …, from" of its own).
  out.push({ url: LIST_URLS.indicators, items: [pageItem({ id: 'eleaders-hub-data', title: `${HUB_NAME}: indicators and data downloads`, type: 'dataset', issued: date }, at(LIST_URLS.indicators))] });
  for (const ds of datasets) {
    const page = indicatorUrl(ds.dataset);
    out.push({ url: page, items: [...ds.editions].reverse().map((e) => edition(ds, e, at(page).permalink, date)) });
    for (const e of ds.editions) out.push({ url: indicatorEditionUrl(ds.dataset, e.year), items: [edition(ds, e, at(indicatorEditionUrl(ds.dataset, e.year)).permalink, date)] });
  }
  for (const p of h.practices) out.push({ url: practiceUrl(p.id), items: [pageItem({ id: p.id, title: p.data.title, issued: p.data.startYear, sourceUrl: p.data.links[0]?.url }, at(practiceUrl(p.id)))] });
  for (const s of h.statements) out.push({ url: statementUrl(s.id), items: [pageItem({ id: s.id, title: s.data.title, issued: String(s.data.date), sourceUrl: s.data.source }, at(statementUrl(s.id)))] });
  for (const r of h.reviews) {
    const d = r.data;
    out.push({ url: reviewUrl(r.id), items: [pageItem({ id: r.id, title: d.title, publisher: d.publisher, issued: d.year, sourceUrl: d.links[0]?.url, type: 'report' }, at(reviewUrl(r.id)))] });
  }
  return out;
}

const catalogs = new WeakMap<Hub, { list: Citable[]; byUrl: Map<string, Citable> }>();

/**
 * `citables` (and by address), worked out once per hub. The first time, the list and the compare view's items go to
 * the build's citation service, if one runs (src/citations/service.ts): the /cite/ routes ask for it before Astro
 * renders any page, so formatting starts then.
 */
function catalogOf(h: Hub, site: string): { list: Citable[]; byUrl: Map<string, Citable> } {
  let c = catalogs.get(h);
  if (!c) {
    const list = citables(h, site);
    catalogs.set(h, (c = { list, byUrl: new Map(list.map((x) => [x.url, x])) }));
    citationService()?.start(list, compareItems(allDatasets(h), buildDate()));
  }
  return c;
}

/** Every citable page of the hub, worked out once (see `catalogOf`). */
export const catalog = (h: Hub, site: string): Citable[] => catalogOf(h, site).list;

/** The citation of one page address; throws naming the address when it is not citable. */
export function citableOf(h: Hub, site: string, url: string): Citable {
  const hit = catalogOf(h, site).byUrl.get(url);
  if (!hit) throw new Error(`no citation for ${url}: add the page to citables() in src/citations/catalog.ts`);
  return hit;
}
