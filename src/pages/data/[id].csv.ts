/** Static endpoint /data/<id>.csv: every observation of an indicator (each row with its source and licence), or one of the hub's tables. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '~/indicators/export.ts';
import { hub } from '~/content/hub-data.ts';
import { datasetOf } from '~/indicators/datasets.ts';
import { tableCsv, TABLE_NAMES } from '~/downloads/files.ts';

export const getStaticPaths = (async () =>
  [...(await hub()).indicators.map((i) => i.id), ...TABLE_NAMES].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const h = await hub();
  const id = params.id!;
  const text = h.indicator.has(id) ? (() => { const ds = datasetOf(h, id); return datasetCsv(ds, ds.observations); })() : tableCsv(h, id);
  return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
