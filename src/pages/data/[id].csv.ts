/** Static endpoint /data/<id>.csv: every observation of an indicator, each row with its source and licence. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '~/indicators/export.ts';
import { hub } from '~/content/hub-data.ts';
import { datasetOf } from '~/indicators/datasets.ts';

export const getStaticPaths = (async () => (await hub()).indicators.map((i) => ({ params: { id: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const ds = datasetOf(await hub(), params.id!);
  return new Response(datasetCsv(ds, ds.observations), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
