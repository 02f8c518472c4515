/**
 * The timeline collection as the pages use it: events in chronological
 * order, after the site's cross-collection checks (which fail the build,
 * naming the file, for a `related.paragraph` the article does not have).
 * The one module under lib/timeline that touches Astro (the rest is pure).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chronological, type TimelineEvent } from './layout';
import { paragraphExcerpt } from './paragraphs';
import { assertContentIntegrity } from '../../content-checks';
import { articleIndex } from '../articles-collection';
import { perBuild } from '../per-build';
import { url } from '../urls';
import { eventRecord } from './records';
import type { EventRecord } from './export';

export type EventEntry = CollectionEntry<'timeline'>;

/** All timeline entries, oldest first, validated; read once per build. */
export const timelineEntries = perBuild(async (): Promise<EventEntry[]> => {
  await assertContentIntegrity();
  const events = await getCollection('timeline');
  return events.sort((a, b) => chronological({ id: a.id, ...a.data }, { id: b.id, ...b.data }));
});

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

/** The articles an event names, one entry per article, paragraphs in the order given. */
export async function relatedArticles(entry: EventEntry): Promise<RelatedArticle[]> {
  const articles = (await articleIndex()).byId;
  const out = new Map<string, RelatedArticle>();
  for (const r of entry.data.related) {
    const article = articles.get(r.article.id);
    if (!article) continue;
    let item = out.get(article.id);
    if (!item) {
      item = { id: article.id, title: article.data.title, paragraphs: [] };
      out.set(article.id, item);
    }
    if (r.paragraph) {
      item.paragraphs.push({ id: r.paragraph, excerpt: paragraphExcerpt(article.rendered?.html ?? '', r.paragraph) ?? r.paragraph });
    }
  }
  return [...out.values()];
}

/** Every event as a data record for the downloads, with its page's absolute URL on `site`. */
export async function eventRecords(site: URL): Promise<EventRecord[]> {
  return (await timelineEntries()).map((e) =>
    eventRecord({ id: e.id, data: e.data, html: e.rendered?.html ?? '' }, new URL(url(`/timeline/${e.id}/`), site).href),
  );
}
