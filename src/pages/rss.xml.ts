/** RSS feed of statements and practices, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { hub } from '~/lib/hub-data.ts';

export async function GET(context: APIContext) {
  const h = await hub();
  const items = [
    ...h.statements.map((s) => ({ title: s.data.title, description: s.data.summary, link: `/statements/${s.id}/`, pubDate: new Date(s.data.date) })),
    ...h.practices.map((p) => ({ title: p.data.title, description: p.data.summary, link: `/practices/${p.id}/`, pubDate: new Date(Date.UTC(p.data.startYear, 0, 1)) })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: 'E-Leaders hub: statements and practices',
    description: 'New E-Leaders statements and country practices in digital government.',
    site: context.site ?? 'https://eleaders-hub.example.org',
    items,
  });
}
