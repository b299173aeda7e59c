/**
 * Static files /charts/<key>.png: each chart's SVG file rendered (resvg, Inter; no network). In a build the PNGs are
 * rendered from the SVG files on the second core while Astro renders other pages (src/integrations/chart-pngs.ts),
 * which skips this route; `npm run dev` renders here, on request.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { chartFileSvg, siteChartFiles } from '~/charts/export/site.ts';
import { chartPng } from '~/charts/export/png.ts';

export const getStaticPaths = (async () =>
  siteChartFiles(await hub()).map((file) => ({ params: { key: file.key }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(Buffer.from(chartPng(chartFileSvg(props.file, import.meta.env.SITE))), { headers: { 'content-type': 'image/png' } });
