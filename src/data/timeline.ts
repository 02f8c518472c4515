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
import { articleIn } from './translations';
import type { EventRecord } from '../lib/timeline/export';

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

/** Every event as a data record for the downloads, with its page's absolute URL on `site`. */
export async function eventRecords(site: URL): Promise<EventRecord[]> {
  return (await content()).events.map((e) =>
    eventRecord({ id: e.id, data: e.data, html: e.rendered?.html ?? '' }, new URL(url(`/timeline/${e.id}/`), site).href),
  );
}
