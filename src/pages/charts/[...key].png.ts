/** Static files /charts/<key>.png: each chart's SVG file rendered at build time (resvg, Inter; no network). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hub } from '~/content/hub-data.ts';
import { chartFileSvg, siteChartFiles } from '~/charts/export/site.ts';
import { chartPng } from '~/charts/export/png.ts';

export const getStaticPaths = (async () =>
  siteChartFiles(await hub()).map((file) => ({ params: { key: file.key }, props: { file } }))) satisfies GetStaticPaths;

// resvg renders on the build's thread: its async form shares libuv's pool with the build's file writes and slowed
// the whole build down (measured: 2 min 13 s against 1 min 14 s).
export const GET: APIRoute = ({ props }) =>
  new Response(Buffer.from(chartPng(chartFileSvg(props.file, import.meta.env.SITE))), { headers: { 'content-type': 'image/png' } });
