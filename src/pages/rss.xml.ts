import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { byNewest } from '../lib/articles';
import { SITE } from '../lib/site';
import { url } from '../lib/urls';

export async function GET(context: APIContext) {
  const articles = (await getCollection('articles')).sort(byNewest);
  return rss({
    title: SITE.name,
    description: SITE.tagline,
    site: context.site ?? 'https://japan-russia-relations.example.org',
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
