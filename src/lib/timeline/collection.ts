/**
 * The timeline collection as the pages use it: events in chronological
 * order, checked once per build against the articles' rendered HTML. The one
 * module under lib/timeline that touches Astro (the rest is pure).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chronological, type TimelineEvent } from './layout';
import { checkParagraphAnchors } from './validate';

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
