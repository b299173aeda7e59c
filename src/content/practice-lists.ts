/**
 * The browsable lists of practices (src/pages/practices/[...list].astro): all practices in each order of
 * PRACTICE_ORDERS, and the practices of each facet value newest first, every list cut into pages of
 * PAGE_SIZE so that no page grows with the corpus; and the facets with their counts. Pure: the
 * caller gives the practices and the names of the taxonomy (src/content/hub-data.ts's hub()).
 */
import { PRACTICE_STATUSES } from '../schemas/practice.ts';
import { paginate } from '../lib/paging.ts';
import {
  LIST_URLS, PRACTICE_ORDERS, PAGE_SIZE, practiceFacetUrl, practicesUrl, type PracticeFacet, type PracticeOrder,
} from '../lib/urls.ts';

/** What a list needs of a practice. */
export interface Listed {
  id: string;
  data: { title: string; country: string; startYear: number; status: string; principles: readonly string[]; dimensions: readonly string[] };
}

/** The names lists show for the taxonomy, principles and dimensions in their order. */
export interface Taxonomy {
  principles: readonly { id: string; label: string }[];
  dimensions: readonly { id: string; label: string }[];
  countryName: (iso3: string) => string;
}

/** One value of a facet, with how many practices carry it and the address of its list. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
  url: string;
}

/** A facet (principle, dimension, status, start year, country) and its values. */
export interface Facet {
  id: PracticeFacet;
  label: string;
  values: FacetValue[];
}

/** One page of one list. */
export interface PracticeListPage<P extends Listed> {
  /** The route's rest parameter: the address under /practices/, without its slashes; undefined for /practices/. */
  param: string | undefined;
  /** All practices in an order, or the practices of one facet value. */
  list: { order: PracticeOrder } | { facet: Facet; value: FacetValue };
  page: number;
  pages: number;
  /** How many practices the whole list holds. */
  total: number;
  items: P[];
  /** The address of each page of the list, page 1 first. */
  urls: readonly string[];
}

const byTitle = (a: Listed, b: Listed) => a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id);

/** Newest first: by start year, then title. The order of every facet's list and of /practices/. */
export const newestFirst = (a: Listed, b: Listed) => b.data.startYear - a.data.startYear || byTitle(a, b);

/** Each facet's values in display order, with the practices that carry each one, newest first. */
function facetsOf<P extends Listed>(practices: readonly P[], t: Taxonomy): { facet: Facet; lists: Map<string, P[]> }[] {
  const countries = [...new Set(practices.map((p) => p.data.country))].sort((a, b) => t.countryName(a).localeCompare(t.countryName(b), 'en'));
  const years = [...new Set(practices.map((p) => p.data.startYear))].sort((a, b) => b - a);
  const defs: { id: PracticeFacet; label: string; values: { value: string; label: string }[]; keys: (p: P) => readonly string[] }[] = [
    { id: 'principle', label: 'Principle', values: t.principles.map((p) => ({ value: p.id, label: p.label })), keys: (p) => p.data.principles },
    { id: 'dimension', label: 'Dimension', values: t.dimensions.map((d) => ({ value: d.id, label: d.label })), keys: (p) => p.data.dimensions },
    { id: 'status', label: 'Status', values: PRACTICE_STATUSES.map((s) => ({ value: s.value, label: s.label })), keys: (p) => [p.data.status] },
    { id: 'year', label: 'Start year', values: years.map((y) => ({ value: String(y), label: String(y) })), keys: (p) => [String(p.data.startYear)] },
    { id: 'country', label: 'Country', values: countries.map((c) => ({ value: c, label: t.countryName(c) })), keys: (p) => [p.data.country] },
  ];
  const sorted = [...practices].sort(newestFirst);
  return defs.map((d) => {
    const lists = new Map<string, P[]>(d.values.map((v) => [v.value, []]));
    for (const p of sorted) for (const k of new Set(d.keys(p))) lists.get(k)?.push(p);
    const values = d.values.map((v) => ({ ...v, count: lists.get(v.value)!.length, url: practiceFacetUrl(d.id, v.value) }));
    return { facet: { id: d.id, label: d.label, values }, lists };
  });
}

/** The pages of one list, its addresses given by `url(page)`. */
function pagesOf<P extends Listed>(items: readonly P[], url: (page: number) => string, list: PracticeListPage<P>['list']): PracticeListPage<P>[] {
  const chunks = paginate(items, PAGE_SIZE);
  const urls = chunks.map((_, i) => url(i + 1));
  return chunks.map((chunk, i) => ({
    param: urls[i]!.slice(LIST_URLS.practices.length, -1) || undefined,
    list, page: i + 1, pages: chunks.length, total: items.length, items: chunk, urls,
  }));
}

/** The order of the list of all practices named `order`. */
function ordered<P extends Listed>(practices: readonly P[], order: PracticeOrder, t: Taxonomy): P[] {
  if (order === 'title') return [...practices].sort(byTitle);
  if (order === 'country') return [...practices].sort((a, b) => t.countryName(a.data.country).localeCompare(t.countryName(b.data.country), 'en') || newestFirst(a, b));
  return [...practices].sort(newestFirst);
}

/**
 * The facets with their counts, and every page of every list: each order of all practices, and one list per
 * facet value (principles, dimensions and statuses even when empty, so their links always lead somewhere;
 * countries and start years that have practices).
 */
export function practiceLists<P extends Listed>(practices: readonly P[], t: Taxonomy): { facets: Facet[]; pages: PracticeListPage<P>[] } {
  const facets = facetsOf(practices, t);
  const pages = [
    ...PRACTICE_ORDERS.flatMap((o) => pagesOf(ordered(practices, o.id, t), (n) => practicesUrl(o.id, n), { order: o.id })),
    ...facets.flatMap(({ facet, lists }) => facet.values.flatMap((value) => pagesOf(lists.get(value.value)!, (n) => practiceFacetUrl(facet.id, value.value, n), { facet, value }))),
  ];
  return { facets: facets.map((f) => f.facet), pages };
}
