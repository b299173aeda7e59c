/** The compare page's table: the selected countries and the OECD average, every measure of the edition, as published. */
import { REFERENCE, nameOf, provenance, tableOf, type Dataset } from '../../lib/dataset.ts';
import { countryUrl } from '../../lib/urls.ts';
import { sourceLine } from '../shared/figure.ts';
import { h, type VNode } from '../shared/vnode.ts';

/** The table of `countries` (in that order) and the OECD average for one edition; missing values say "no data". */
export function compareTable(ds: Dataset, edition: number, countries: readonly string[], id: string): VNode {
  const t = tableOf(ds, edition);
  const rowOf = new Map(t.rows.map((r) => [r.iso3, r]));
  const ranked = t.rows.filter((r) => r.rank !== undefined).length;
  const rankedBy = t.metrics.find((m) => m.id === t.rankedBy)?.name;
  const metricMeta = new Map(ds.metrics.map((m) => [m.id, m]));
  const places = [...countries, ...(rowOf.has(REFERENCE) ? [REFERENCE] : [])];
  const row = (iso3: string) => {
    const r = rowOf.get(iso3);
    const aggregate = iso3 === REFERENCE;
    return h(
      'tr',
      { 'data-iso3': iso3, class: aggregate ? 'aggregate' : undefined },
      h('td', { class: 'num' }, r?.rank === undefined ? (aggregate ? '–' : '') : String(r.rank)),
      h('th', { scope: 'row' }, aggregate ? nameOf(ds, iso3) : h('a', { href: countryUrl(iso3) }, nameOf(ds, iso3))),
      t.metrics.map((m) => {
        const v = r?.values[m.id];
        return v === undefined
          ? h('td', { class: 'num nodata', 'data-metric': m.id }, 'no data')
          : h('td', { class: 'num', 'data-metric': m.id, 'data-value': v }, v);
      }),
    );
  };
  return h(
    'div',
    { class: 'compare-table' },
    h(
      'div',
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': `${id}-cap` },
      h(
        'table',
        { 'data-indicator': ds.dataset, 'data-edition': edition, id },
        h('caption', { id: `${id}-cap` }, `${ds.shortName} ${edition}: the selected countries and the OECD average, as published (scale ${ds.scale})`),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col', class: 'num' }, 'Rank'),
          h('th', { scope: 'col' }, 'Country'),
          t.metrics.map((m) => h('th', { scope: 'col', class: 'num' }, metricMeta.get(m.id)?.scale ? `${m.name} (${metricMeta.get(m.id)!.scale})` : m.name)),
        )),
        h('tbody', null, places.map(row)),
      ),
    ),
    h(
      'p',
      { class: 'source' },
      rankedBy ? `Rank: position among the ${ranked} countries with a value for ${rankedBy} in this edition, worked out by the hub. ` : '',
      sourceLine([provenance(ds, edition)]),
    ),
  );
}
