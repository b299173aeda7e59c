/** The lists of practices: every list paged within PAGE_SIZE, every practice once per list, counts equal to the data. */
import { describe, expect, it } from 'vitest';
import { newestFirst, practiceLists, type Listed, type Taxonomy } from '../../../src/content/practice-lists.ts';
import { PAGE_SIZE, isPracticeListSegment, practiceFacetUrl, practicesUrl } from '../../../src/lib/urls.ts';

const STATUSES = ['idea', 'pilot', 'implemented', 'evaluated', 'retired'];
const COUNTRIES = ['EST', 'KOR', 'FIN', 'AUS'];
const NAMES: Record<string, string> = { EST: 'Estonia', KOR: 'Korea', FIN: 'Finland', AUS: 'Australia' };
const taxonomy: Taxonomy = {
  principles: Array.from({ length: 12 }, (_, i) => ({ id: String(i + 1), label: `${i + 1}. Principle` })),
  dimensions: ['digital_by_design', 'user_driven', 'proactiveness'].map((id) => ({ id, label: id })),
  countryName: (iso3) => NAMES[iso3] ?? iso3,
};

/** `n` practices spread deterministically over countries, years, statuses, principles (never 12) and dimensions. */
function practices(n: number): Listed[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p-${String(i).padStart(4, '0')}`,
    data: {
      title: `Practice ${(i * 37) % n}`,
      country: COUNTRIES[i % 4]!,
      startYear: 2000 + (i % 7),
      status: STATUSES[i % 4]!,
      principles: [String((i % 11) + 1), String(((i + 3) % 11) + 1)],
      dimensions: i % 2 ? ['user_driven'] : ['user_driven', 'proactiveness'],
    },
  }));
}

const all = practices(500);
const { facets, pages } = practiceLists(all, taxonomy);
/** The pages of each list, by the address of its first page. */
const lists = new Map<string, typeof pages>();
for (const p of pages) lists.set(p.urls[0]!, [...(lists.get(p.urls[0]!) ?? []), p]);

describe('practiceLists', () => {
  it('pages every list at most PAGE_SIZE, all pages full but the last', () => {
    expect(PAGE_SIZE).toBeLessThanOrEqual(100);
    for (const list of lists.values()) {
      expect(list.map((p) => p.page)).toEqual(list.map((_, i) => i + 1));
      expect(list.every((p) => p.items.length <= PAGE_SIZE && p.pages === list.length)).toBe(true);
      expect(list.slice(0, -1).every((p) => p.items.length === PAGE_SIZE)).toBe(true);
    }
    expect(lists.get(practicesUrl())!.map((p) => p.items.length)).toEqual([96, 96, 96, 96, 96, 20]);
  });

  it('holds every practice exactly once in each order of all practices', () => {
    for (const order of ['newest', 'title', 'country'] as const) {
      const ids = lists.get(practicesUrl(order))!.flatMap((p) => p.items.map((x) => x.id));
      expect(ids).toHaveLength(all.length);
      expect(new Set(ids)).toEqual(new Set(all.map((p) => p.id)));
    }
    expect(lists.get(practicesUrl('newest'))!.flatMap((p) => p.items)).toEqual([...all].sort(newestFirst));
    const byCountry = lists.get(practicesUrl('country'))!.flatMap((p) => p.items.map((x) => NAMES[x.data.country]));
    expect(byCountry).toEqual([...byCountry].sort());
  });

  it('holds, across a facet value\'s pages, exactly the practices that carry it, once each, newest first', () => {
    const carries: Record<string, (p: Listed, v: string) => boolean> = {
      principle: (p, v) => p.data.principles.includes(v),
      dimension: (p, v) => p.data.dimensions.includes(v),
      status: (p, v) => p.data.status === v,
      year: (p, v) => String(p.data.startYear) === v,
      country: (p, v) => p.data.country === v,
    };
    for (const f of facets) {
      for (const v of f.values) {
        const items = lists.get(v.url)!.flatMap((p) => p.items);
        const expected = all.filter((p) => carries[f.id]!(p, v.value)).sort(newestFirst);
        expect(items, `${f.id} ${v.value}`).toEqual(expected);
        expect(v.count, `${f.id} ${v.value}`).toBe(expected.length);
        expect(lists.get(v.url)!.every((p) => p.total === expected.length)).toBe(true);
      }
    }
  });

  it('lists every principle, dimension and status even when empty, and only the countries and years that have practices', () => {
    const values = (id: string) => facets.find((f) => f.id === id)!.values;
    expect(values('principle').map((v) => v.value)).toEqual(taxonomy.principles.map((p) => p.id));
    expect(values('principle').at(-1)!.count).toBe(0);
    expect(lists.get(practiceFacetUrl('principle', 12))!.map((p) => p.items)).toEqual([[]]);
    expect(values('status').find((v) => v.value === 'retired')!.count).toBe(0);
    expect(values('dimension').find((v) => v.value === 'digital_by_design')!.count).toBe(0);
    expect(values('country').map((v) => v.label)).toEqual(['Australia', 'Estonia', 'Finland', 'Korea']);
    expect(values('year').map((v) => v.value)).toEqual(['2006', '2005', '2004', '2003', '2002', '2001', '2000']);
  });

  it('gives each page its address as the route parameter, and the addresses of its list in order', () => {
    const ideas = lists.get(practiceFacetUrl('status', 'idea'))!;
    expect(ideas.map((p) => p.param)).toEqual(['status/idea', 'status/idea/2']);
    expect(ideas[1]!.urls).toEqual([practiceFacetUrl('status', 'idea'), practiceFacetUrl('status', 'idea', 2)]);
    expect(lists.get(practicesUrl())!.map((p) => p.param)).toEqual([undefined, '2', '3', '4', '5', '6']);
    expect(lists.get(practicesUrl('title'))![1]!.param).toBe('by-title/2');
    expect(new Set(pages.map((p) => p.param)).size).toBe(pages.length);
  });

  it('with no practice at all, still builds each list once, empty', () => {
    const empty = practiceLists([], taxonomy);
    expect(empty.pages.filter((p) => p.urls[0] === practicesUrl())).toEqual([expect.objectContaining({ items: [], pages: 1, total: 0 })]);
    expect(empty.facets.find((f) => f.id === 'country')!.values).toEqual([]);
  });
});

describe('list addresses', () => {
  it('are clean, page 1 without a number', () => {
    expect(practicesUrl()).toBe('/practices/');
    expect(practicesUrl('newest', 2)).toBe('/practices/2/');
    expect(practicesUrl('title')).toBe('/practices/by-title/');
    expect(practicesUrl('country', 3)).toBe('/practices/by-country/3/');
    expect(practiceFacetUrl('principle', 3, 2)).toBe('/practices/principle/3/2/');
    expect(practiceFacetUrl('country', 'KOR')).toBe('/practices/country/kor/');
    expect(practiceFacetUrl('year', 2015, 1)).toBe('/practices/year/2015/');
  });

  it('tell which practice slugs would take a list\'s address', () => {
    expect(['2', '10', 'by-title', 'by-country'].filter(isPracticeListSegment)).toHaveLength(4);
    expect(['est-x-road', 'country', 'principle', '2fa-app'].filter(isPracticeListSegment)).toEqual([]);
  });
});
