import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../src/compare/catalog.ts';
import { filterOptions, fold } from '../../../src/compare/filter.ts';
import { MAX_COUNTRIES, parseQuery, resolveQuery, toQuery, type Catalog } from '../../../src/compare/selection.ts';
import { compareView } from '../../../src/compare/view.ts';
import { textOf, toMarkup } from '../../../src/charts/shared/vnode.ts';
import { synthetic } from '../charts/synthetic.ts';

const ds = synthetic();
const catalog: Catalog = { ...catalogOf([ds]), defaults: { indicator: 'syn', countries: ['AAA', 'BBB'] } };

describe('permalink', () => {
  it('reads countries, indicator and edition, normalising case and spacing', () => {
    expect(parseQuery('?countries=kor,%20dnk,EST&indicator=DGI&edition=2023')).toEqual({ countries: ['KOR', 'DNK', 'EST'], indicator: 'dgi', edition: 2023 });
    expect(parseQuery('?edition=20x3')).toEqual({});
  });
  it('writes the same address it reads', () => {
    const sel = { indicator: 'syn', edition: 2021, countries: ['AAA', 'CCC'] };
    expect(toQuery(sel)).toBe('?countries=AAA,CCC&indicator=syn&edition=2021');
    expect(resolveQuery(parseQuery(toQuery(sel)), catalog, ds.names).selection).toEqual(sel);
  });
});

describe('resolveQuery', () => {
  it('fills in the defaults and the latest edition with country values', () => {
    expect(resolveQuery({}, catalog)).toEqual({ selection: { indicator: 'syn', edition: 2023, countries: ['AAA', 'BBB'] }, problems: [] });
  });
  it('says what it changed: unknown indicator, edition and codes; duplicates; too many countries', () => {
    const r = resolveQuery({ indicator: 'xyz', edition: 1999, countries: ['AAA', 'AAA', 'ZZZ', 'A1'] }, catalog, ds.names);
    expect(r.selection).toEqual({ indicator: 'syn', edition: 2023, countries: ['AAA'] });
    expect(r.problems).toEqual([
      'There is no indicator "xyz"; showing the SYN.',
      'The SYN has no 1999 edition; showing 2023.',
      'Left out unknown country codes ZZZ, A1.',
    ]);
    const many = Array.from({ length: 14 }, (_, i) => `A${String.fromCharCode(65 + i)}A`);
    const names = Object.fromEntries(many.map((c) => [c, c]));
    const capped = resolveQuery({ countries: many }, catalog, names);
    expect(capped.selection.countries).toEqual(many.slice(0, MAX_COUNTRIES));
    expect(capped.problems[0]).toBe('At most 12 countries can be compared; kept the first 12.');
  });
  it('keeps a known country the indicator does not cover (it will say "no data"), and falls back when none is left', () => {
    expect(resolveQuery({ countries: ['FFF'] }, catalog, ds.names).selection.countries).toEqual(['FFF']);
    const r = resolveQuery({ countries: ['QQQ'] }, catalog, ds.names);
    expect(r.selection.countries).toEqual(['AAA', 'BBB']);
    expect(r.problems).toContain('No country was given; showing the default selection.');
  });
  it('lists editions newest first with how many countries each covers', () => {
    expect(catalog.indicators[0]!.editions.map((e) => [e.year, e.countries])).toEqual([[2023, 5], [2021, 4], [2019, 2]]);
  });
});

describe('filterOptions', () => {
  const options = [
    { iso3: 'CIV', name: "Côte d'Ivoire" }, { iso3: 'KOR', name: 'Korea' }, { iso3: 'PRK', name: "Democratic People's Republic of Korea" },
    { iso3: 'TUR', name: 'Türkiye' }, { iso3: 'DNK', name: 'Denmark' }, { iso3: 'NZL', name: 'New Zealand' },
  ];
  it('ignores accents and case', () => {
    expect(fold('Türkiye')).toBe('turkiye');
    expect(filterOptions(options, 'cote').map((o) => o.iso3)).toEqual(['CIV']);
    expect(filterOptions(options, 'TUR').map((o) => o.iso3)).toEqual(['TUR']);
  });
  it('puts names that start with the text first, then word starts, then ISO codes, and leaves out chosen ones', () => {
    expect(filterOptions(options, 'kor').map((o) => o.iso3)).toEqual(['KOR', 'PRK']);
    expect(filterOptions(options, 'zea').map((o) => o.iso3)).toEqual(['NZL']);
    expect(filterOptions(options, 'dnk').map((o) => o.iso3)).toEqual(['DNK']);
    expect(filterOptions(options, 'kor', new Set(['KOR'])).map((o) => o.iso3)).toEqual(['PRK']);
    expect(filterOptions(options, '')).toHaveLength(options.length);
  });
});

describe('compareView', () => {
  it('shows the same numbers in the chart description and the table, and "no data" (never 0) for gaps', () => {
    const view = compareView(ds, { indicator: 'syn', edition: 2021, countries: ['AAA', 'DDD'] });
    const html = toMarkup(view);
    expect(html).toContain('Highest first: Aland 0.60. OECD average: 0.52. No data: Dania.');
    expect(html).toMatch(/<tr data-iso3="DDD"><td class="num"><\/td><th scope="row"><a href="\/countries\/ddd\/">Dania<\/a><\/th><td class="num nodata" data-metric="composite">no data<\/td>/);
    expect(html).toContain('data-metric="a" data-value="0.3">0.3</td>');
    expect(html).not.toMatch(/>0<\/td>/);
    expect(textOf(view)).toContain('Showing the SYN 2021 for Aland and Dania.');
  });
  it('offers the selection as CSV and JSON downloads named after it: files the build writes for the default view, built in the page for any other', () => {
    const sel = { indicator: 'syn', edition: 2021, countries: ['AAA'] };
    const built = toMarkup(compareView(ds, sel));
    expect(built).toContain('<a href="/compare/syn-2021-AAA.csv" download="syn-2021-AAA.csv"');
    expect(built).not.toContain('data:text/csv');
    expect(built).toContain('href="/data/syn.json"');
    const inPage = toMarkup(compareView(ds, sel, undefined, 'inline'));
    expect(inPage).toContain('download="syn-2021-AAA.csv"');
    expect(inPage).toContain('href="data:text/csv;charset=utf-8,iso3%2Ccountry%2Cedition');
  });
});
