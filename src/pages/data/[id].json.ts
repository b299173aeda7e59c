/** Static endpoint /data/<id>.json: the whole dataset of an indicator (see README, "Data endpoints"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { datasetOf } from '~/indicators/datasets.ts';

export const getStaticPaths = (async () => (await hub()).indicators.map((i) => ({ params: { id: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(datasetOf(await hub(), params.id!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
