/**
 * Static files /compare/<name>: the downloads of the default compare view (the selection as CSV and JSON, every
 * edition of its countries as CSV), linked from the page, so the page does not carry them as data: addresses.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { defaultView } from '~/compare/catalog.ts';
import { selectionFiles } from '~/compare/view.ts';
import { allDatasets } from '~/indicators/datasets.ts';

export const getStaticPaths = (async () => {
  const { ds, selection } = defaultView(allDatasets(await hub()));
  return selectionFiles(ds, selection).map((f) => ({ params: { file: f.name }, props: { text: f.text(), type: f.type } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.text, { headers: { 'content-type': `${props.type}; charset=utf-8` } });
