import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { KIND_NAMES } from '../../lib/corrections';
import { siteCorrections } from '../../data/corrections';
import { SITE } from '../../lib/site';
import { url } from '../../lib/urls';

/** The corrections log as a feed: one item per correction, linking to its entry on /corrections/. */
export async function GET(context: APIContext) {
  const entries = await siteCorrections();
  return rss({
    title: `${SITE.name}: corrections`,
    description: 'Every correction made on the site, newest first.',
    site: new URL(import.meta.env.BASE_URL, context.site ?? 'https://japan-russia-relations.example.org').href,
    items: entries.map((e) => ({
      title: `${KIND_NAMES[e.kind]}: ${e.title}`,
      description: e.text,
      pubDate: new Date(`${e.date}T00:00:00Z`),
      // The entry's own anchor, so each correction has its own link (and guid).
      link: url(`/corrections/#${e.anchor}`),
    })),
    customData: '<language>en</language>',
    // The links end in a #fragment: a slash after it would name no element.
    trailingSlash: false,
  });
}
