/** Pure helpers for article lists: ordering, the lead story, labels. */

export interface ArticleLike {
  id: string;
  data: { published: string; updated?: string | undefined; lead?: boolean; title: string };
}

/** Newest first by publication date, then by title for a stable order. */
export function byNewest<T extends ArticleLike>(a: T, b: T): number {
  return b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title);
}

/** The article marked `lead`, else the newest. */
export function pickLead<T extends ArticleLike>(articles: readonly T[]): T | undefined {
  return articles.find((a) => a.data.lead) ?? [...articles].sort(byNewest)[0];
}

/**
 * The first `limit` articles sharing a topic with `article`, newest first.
 * `newestFirst` is the whole list already sorted with `byNewest`: the scan
 * stops at the `limit`-th match, so each page costs a few steps, not a sort
 * of the whole collection (which made a 10,000-article build quadratic).
 */
export function relatedByTopic<T extends ArticleLike & { data: { topics: readonly string[] } }>(
  newestFirst: readonly T[],
  article: T,
  limit = 3,
): T[] {
  const topics = new Set(article.data.topics);
  const out: T[] = [];
  for (const other of newestFirst) {
    if (out.length >= limit) break;
    if (other.id !== article.id && other.data.topics.some((t) => topics.has(t))) out.push(other);
  }
  return out;
}

/**
 * Events grouped by the article they name in `related`, each group in date
 * order (an event naming an article twice is listed once).
 */
export function eventsByArticle<E extends { data: { date: string; related: ReadonlyArray<{ article: { id: string } }> } }>(
  events: readonly E[],
): Map<string, E[]> {
  const out = new Map<string, E[]>();
  for (const event of events) {
    for (const id of new Set(event.data.related.map((r) => r.article.id))) {
      const list = out.get(id) ?? [];
      list.push(event);
      out.set(id, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.data.date.localeCompare(b.data.date));
  return out;
}

export const TOPIC_LABELS = {
  'kuril-islands': 'Kuril Islands / Northern Territories',
  'security-strategy': 'Security strategy',
  sanctions: 'Sanctions',
  military: 'Military',
  diplomacy: 'Diplomacy',
  'ukraine-war': 'War in Ukraine',
} as const;
