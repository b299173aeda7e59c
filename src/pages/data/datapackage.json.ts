/** Static endpoint /data/datapackage.json: a Frictionless Data Package describing every file under /data/. */
import type { APIRoute } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { allDatasets } from '~/indicators/datasets.ts';
import { dataPackage } from '~/downloads/datapackage.ts';
import { buildDate } from '~/citations/build-date.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(dataPackage(allDatasets(await hub()), String(site ?? ''), `${buildDate()}T00:00:00Z`), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
