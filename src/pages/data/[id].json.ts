/** Static endpoint /data/<id>.json: the whole dataset of an indicator (see README, "Data endpoints"), or one of the hub's models. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { datasetOf } from '~/indicators/datasets.ts';
import { modelJson, MODEL_NAMES } from '~/downloads/files.ts';

export const getStaticPaths = (async () =>
  [...(await hub()).indicators.map((i) => i.id), ...MODEL_NAMES].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const h = await hub();
  const id = params.id!;
  const text = h.indicator.has(id) ? JSON.stringify(datasetOf(h, id)) : modelJson(h, id);
  return new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
