/** Static endpoint /data/index.json: the list of datasets, their editions and the addresses of their files. */
import type { APIRoute } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { allDatasets } from '~/indicators/datasets.ts';
import { dataUrls } from '~/lib/urls.ts';

export const GET: APIRoute = async () => {
  const list = allDatasets(await hub()).map((ds) => ({
    dataset: ds.dataset,
    name: ds.name,
    shortName: ds.shortName,
    publisher: ds.publisher,
    licence: ds.licence,
    page: ds.page,
    ...dataUrls(ds.dataset),
    editions: ds.editions.map(({ year, series, source, sourceUrl }) => ({ year, series, source, sourceUrl })),
  }));
  return new Response(JSON.stringify({ datasets: list }, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
