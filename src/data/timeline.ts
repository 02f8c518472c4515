/**
 * Timeline events as the pages use them: the fields the chart ships to the
 * browser, and the articles (with paragraphs) that an event names.
 */
import type { TimelineEvent } from '../lib/timeline/layout';
import { paragraphExcerpt } from '../lib/timeline/paragraphs';
import { content, type EventEntry } from './content';
import { url } from '../lib/urls';
import { eventRecord } from '../lib/timeline/records';
import type { Language } from '../lib/i18n/languages';
import { articleIn, eventIn } from './translations';
import type { EventRecord } from '../lib/timeline/export';
import { pathIn } from '../lib/i18n/paths';
import { downloadFile, requireSite, type DownloadId } from '../lib/timeline/downloads';

/** The fields the chart needs (and ships to the browser). */
export function toTimelineEvent(entry: EventEntry): TimelineEvent {
  const { title, date, precision, endDate, category, importance } = entry.data;
  return { id: entry.id, title, date, precision, ...(endDate ? { endDate } : {}), category, importance };
}

export interface RelatedArticle {
  id: string;
  title: string;
  /** Paragraphs of the article that discuss the event, with their first words. */
  paragraphs: Array<{ id: string; excerpt: string }>;
}

/**
 * The articles an event names, one entry per article, paragraphs in the order
 * given; titles in `lang`. Paragraph ids are the English text's, so a
 * translated article is named without them.
 */
export async function relatedArticles(entry: EventEntry, lang: Language = 'en'): Promise<RelatedArticle[]> {
  const articles = (await content()).articlesById;
  const out = new Map<string, RelatedArticle>();
  for (const r of entry.data.related) {
    const article = articles.get(r.article.id);
    if (!article) continue;
    let item = out.get(article.id);
    const view = await articleIn(lang, article);
    if (!item) {
      item = { id: article.id, title: view.data.title, paragraphs: [] };
      out.set(article.id, item);
    }
    if (r.paragraph && view.status === 'original') {
      item.paragraphs.push({ id: r.paragraph, excerpt: paragraphExcerpt(article.rendered?.html ?? '', r.paragraph) ?? r.paragraph });
    }
  }
  return [...out.values()];
}

/**
 * Every event as a data record for the downloads, in `lang`: its title and
 * account from the translation (the original's where there is none), the
 * translation's own sources after the original's, and its page in that
 * edition (absolute, on `site`).
 */
async function eventRecords(site: URL, lang: Language = 'en'): Promise<EventRecord[]> {
  return Promise.all(
    (await content()).events.map(async (e) => {
      const view = await eventIn(lang, e);
      const body = view.status === 'missing' ? e : view.body;
      return eventRecord(
        {
          id: e.id,
          data: { ...e.data, title: view.data.title, sources: [...e.data.sources, ...view.sources] },
          html: body.rendered?.html ?? '',
        },
        new URL(url(pathIn(lang, `/timeline/${e.id}/`)), site).href,
      );
    }),
  );
}

/** A timeline download of `lang`'s edition as the endpoint's response (src/pages/timeline/*.ts and their ja/ twins). */
export async function timelineDownload(id: DownloadId, lang: Language, site: URL | undefined): Promise<Response> {
  const base = requireSite(site);
  const { body, type } = downloadFile(id, await eventRecords(base, lang), {
    lang,
    domain: base.hostname,
    link: (path) => new URL(url(path), base).href,
  });
  return new Response(body, { headers: { 'Content-Type': type } });
}
