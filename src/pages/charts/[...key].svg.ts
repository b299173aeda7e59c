/** Static files /charts/<key>.svg: every chart of the site with its title, source and licence drawn in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { chartFileSvg, siteChartFiles } from '~/charts/export/site.ts';

export const getStaticPaths = (async () =>
  siteChartFiles(await hub()).map((file) => ({ params: { key: file.key }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartFileSvg(props.file, import.meta.env.SITE), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
