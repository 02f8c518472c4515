import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { content } from '../data/content';
import { SITE } from '../lib/site';
import { url } from '../lib/urls';

export async function GET(context: APIContext) {
  const { articles } = await content();
  return rss({
    title: SITE.name,
    description: SITE.tagline,
    // The channel link is the home page, under the deploy base path.
    site: new URL(import.meta.env.BASE_URL, context.site ?? 'https://japan-russia-relations.example.org').href,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: new Date(`${a.data.published}T00:00:00Z`),
      link: url(`/articles/${a.id}/`),
      categories: [...a.data.topics],
    })),
    customData: '<language>en</language>',
  });
}
