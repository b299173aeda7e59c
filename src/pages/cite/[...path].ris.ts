/**
 * Static files /cite/<page>.ris: the RIS record of every citable page (src/citations/catalog.ts).
 * Served this way by `astro dev`; in a build the citation worker writes them (src/integrations/citations.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { catalog, citePath } from '~/citations/catalog.ts';
import { citationFile } from '~/citations/format.ts';

export const getStaticPaths = (async () =>
  catalog(await hub(), import.meta.env.SITE).map((c) => ({ params: { path: citePath(c.url) }, props: { items: c.items } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(citationFile(props.items, 'ris'), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
