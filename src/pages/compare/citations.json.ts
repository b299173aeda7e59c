/** Static file /compare/citations.json: the compare view's citation templates, fetched by the page when it re-renders. */
import type { APIRoute } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { buildDate } from '~/citations/build-date.ts';
import { compareCitations } from '~/citations/compare.ts';
import { allDatasets } from '~/indicators/datasets.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await compareCitations(allDatasets(await hub()), buildDate())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
