/** RSS feed of statements, practices and published peer reviews, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { hub, placeName } from '~/content/hub-data.ts';
import { listText, reviewersOf } from '~/content/reviews.ts';
import { practiceUrl, reviewUrl, statementUrl } from '~/lib/urls.ts';

export async function GET(context: APIContext) {
  const h = await hub();
  const items = [
    ...h.statements.map((s) => ({ title: s.data.title, description: s.data.summary, link: statementUrl(s.id), pubDate: new Date(s.data.date) })),
    ...h.practices.map((p) => ({ title: p.data.title, description: p.data.summary, link: practiceUrl(p.id), pubDate: new Date(Date.UTC(p.data.startYear, 0, 1)) })),
    ...h.reviews
      .filter((r) => r.data.status === 'published')
      .map((r) => ({
        title: r.data.title,
        description: `Peer review of ${r.data.practice ? `${h.practice.get(r.data.practice)?.data.title} (${placeName(h, r.data.country)})` : placeName(h, r.data.country)} by ${listText(reviewersOf(r.data).map((id) => placeName(h, id)))}; published ${r.data.year}.`,
        link: reviewUrl(r.id),
        pubDate: new Date(r.data.completed ?? Date.UTC(r.data.year, 0, 1)),
        categories: ['Peer review', 'Published'],
      })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: 'E-Leaders hub: statements, practices and peer reviews',
    description: 'New E-Leaders statements, country practices and published peer reviews in digital government.',
    site: context.site ?? 'https://eleaders-hub.example.org',
    items,
  });
}
