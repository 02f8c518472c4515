/** The articles feed of each edition (/rss.xml, /ja/rss.xml). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Language } from '../lib/i18n/languages';
import { pathIn } from '../lib/i18n/paths';
import { translator } from '../lib/i18n/ui';
import { url } from '../lib/urls';
import { articlesIn } from './translations';

export async function articlesFeed(lang: Language, context: APIContext): Promise<Response> {
  const t = translator(lang);
  const articles = await articlesIn(lang);
  return rss({
    title: t('site.name'),
    description: t('site.tagline'),
    // The channel link is the edition's home page, under the deploy base path.
    site: new URL(url(pathIn(lang, '/')), context.site ?? 'https://japan-russia-relations.example.org').href,
    items: articles.map(({ original, data }) => ({
      title: data.title,
      description: data.description,
      pubDate: new Date(`${data.published}T00:00:00Z`),
      link: url(pathIn(lang, `/articles/${original.id}/`)),
      categories: [...data.topics],
    })),
    customData: `<language>${lang}</language>`,
  });
}
