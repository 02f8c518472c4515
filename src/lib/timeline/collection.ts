/**
 * The timeline collection as the pages use it: events in chronological
 * order, checked once per build against the articles' rendered HTML. The one
 * module under lib/timeline that touches Astro (the rest is pure).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chronological, type TimelineEvent } from './layout';
import { checkParagraphAnchors, paragraphExcerpt } from './validate';

export type EventEntry = CollectionEntry<'timeline'>;

let loaded: Promise<EventEntry[]> | undefined;

async function load(): Promise<EventEntry[]> {
  const [events, articles] = await Promise.all([getCollection('timeline'), getCollection('articles')]);
  const html = new Map(articles.map((a) => [a.id, a.rendered?.html ?? '']));
  const problems = checkParagraphAnchors(
    events.map((e) => ({
      id: e.id,
      file: e.filePath ?? `content/timeline/${e.id}.md`,
      related: e.data.related.map((r) => ({ article: r.article.id, paragraph: r.paragraph })),
    })),
    html,
  );
  if (problems.length) throw new Error(`Timeline content errors:\n  ${problems.join('\n  ')}`);
  return events.sort((a, b) => chronological({ id: a.id, ...a.data }, { id: b.id, ...b.data }));
}

/** All timeline entries, oldest first, validated. */
export function timelineEntries(): Promise<EventEntry[]> {
  // Memoised for the build (every page asks); `astro dev` reloads content, so it asks afresh.
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}

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
  const articles = new Map((await getCollection('articles')).map((a) => [a.id, a]));
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
