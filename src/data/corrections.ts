/**
 * Every item of content with its corrections, read once per build, for the
 * /corrections/ page and its feed. The one corrections module that touches
 * Astro; the log itself is built by the pure `correctionsLog` in ./corrections.
 */
import { getCollection } from 'astro:content';
import { correctionsLog, type CorrectedItem, type LogEntry } from '../lib/corrections';
import { perBuild } from './per-build';

/** Where a place is shown: the glossary entry that names it, else the map. */
function placeHref(placeId: string, termsByPlace: Map<string, string>): string {
  const term = termsByPlace.get(placeId);
  return term ? `/glossary/#${term}` : '/glossary/#islands-map';
}

export const siteCorrections = perBuild(async (): Promise<LogEntry[]> => {
  const [articles, events, terms, places] = await Promise.all([
    getCollection('articles'),
    getCollection('timeline'),
    getCollection('glossary'),
    getCollection('places'),
  ]);
  const termsByPlace = new Map(terms.flatMap((t) => (t.data.place ? [[t.data.place.id, t.id] as const] : [])));
  const items: CorrectedItem[] = [
    ...articles.map((a) => ({
      kind: 'article' as const,
      id: a.id,
      title: a.data.title,
      href: `/articles/${a.id}/`,
      published: a.data.published,
      corrections: a.data.corrections,
    })),
    ...events.map((e) => ({
      kind: 'event' as const,
      id: e.id,
      title: e.data.title,
      href: `/timeline/${e.id}/`,
      corrections: e.data.corrections,
    })),
    ...terms.map((t) => ({
      kind: 'glossary' as const,
      id: t.id,
      title: t.data.term,
      href: `/glossary/#${t.id}`,
      corrections: t.data.corrections,
    })),
    ...places.map((p) => ({
      kind: 'place' as const,
      id: p.id,
      title: p.data.name,
      href: placeHref(p.id, termsByPlace),
      corrections: p.data.corrections,
    })),
  ];
  return correctionsLog(items);
});
