/** The compare page's table: the selected countries and the OECD average, every measure of the edition, as published. */
import { REFERENCE, nameOf, provenance, tableOf, type Dataset } from '../indicators/dataset.ts';
import type { EditionTable, TableRow } from '../indicators/edition-table.ts';
import { countryUrl } from '../lib/urls.ts';
import { sourceLine } from '../charts/shared/figure.ts';
import { h, type VNode } from '../charts/shared/vnode.ts';

/** One row: rank, name (linked to the country profile), then each measure's published text or "no data". */
function row(ds: Dataset, t: EditionTable, iso3: string, r: TableRow | undefined): VNode {
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
}

/** The column heading of a measure, with its scale when it has its own. */
function heading(ds: Dataset, m: { id: string; name: string }): string {
  const scale = ds.metrics.find((x) => x.id === m.id)?.scale;
  return scale ? `${m.name} (${scale})` : m.name;
}

/** The table of `countries` (in that order) and the OECD average for one edition; missing values say "no data". */
export function compareTable(ds: Dataset, edition: number, countries: readonly string[], id: string): VNode {
  const t = tableOf(ds, edition);
  const rowOf = new Map(t.rows.map((r) => [r.iso3, r]));
  const ranked = t.rows.filter((r) => r.rank !== undefined).length;
  const rankedBy = t.metrics.find((m) => m.id === t.rankedBy)?.name;
  const places = [...countries, ...(rowOf.has(REFERENCE) ? [REFERENCE] : [])];
  return h(
    'div',
    { class: 'compare-table' },
    h(
      'section',
      { class: 'table-wrap', tabindex: 0, 'aria-labelledby': `${id}-cap` },
      h(
        'table',
        { 'data-indicator': ds.dataset, 'data-edition': edition, id },
        h('caption', { id: `${id}-cap` }, `${ds.shortName} ${edition}: the selected countries and the OECD average, as published (scale ${ds.scale})`),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col', class: 'num' }, 'Rank'),
          h('th', { scope: 'col' }, 'Country'),
          t.metrics.map((m) => h('th', { scope: 'col', class: 'num' }, heading(ds, m))),
        )),
        h('tbody', null, places.map((iso3) => row(ds, t, iso3, rowOf.get(iso3)))),
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
