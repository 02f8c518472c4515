/**
 * The paths of the routes with one page per entry, for both editions, each
 * with the cache key that lets an incremental build reuse an unchanged page
 * (./page-cache-keys.ts).
 */
import { content } from './content';
import { articlePageKey, eventPageKey } from './page-cache-keys';

/** The article pages' paths and props, for the route of each edition. */
export async function articlePages() {
  const { articles } = await content();
  return Promise.all(
    articles.map(async (article) => ({ params: { id: article.id }, props: { article }, cacheKey: await articlePageKey(article) })),
  );
}

/** The event pages' paths and props (each with its neighbours), for the route of each edition. */
export async function eventPages() {
  const { events } = await content();
  return Promise.all(
    events.map(async (entry, i) => ({
      params: { id: entry.id },
      props: { entry, previous: events[i - 1], next: events[i + 1] },
      cacheKey: await eventPageKey(entry),
    })),
  );
}
