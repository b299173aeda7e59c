/** An Astro content loader for the indicator observations in content/indicators/<id>.csv. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readCsv } from '../lib/csv.ts';

/** Loads every row of every CSV in `dir`; ids are `<indicator>/<edition>/<iso3>/<metric>`. */
export function observationsLoader(dir: string): Loader {
  return {
    name: 'observations-loader',
    load: async ({ store, parseData, watcher }) => {
      store.clear();
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
        const indicator = name.slice(0, -4);
        for (const { record } of readCsv(resolve(dir, name))) {
          const id = `${indicator}/${record.edition}/${record.iso3}/${record.indicator}`;
          const data = await parseData({ id, data: { ...record, dataset: indicator } });
          store.set({ id, data });
        }
      }
      watcher?.add(resolve(dir));
    },
  };
}
