/**
 * The cross-collection checks, run once on the content as loaded (see
 * ./content): every problem is listed, each naming the file and the field,
 * and the build stops. The rules themselves are pure, in
 * src/lib/content-integrity.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { findContentProblems, type EntryRefs } from '../lib/content-integrity';

export interface LoadedCollections {
  articles: readonly CollectionEntry<'articles'>[];
  timeline: readonly CollectionEntry<'timeline'>[];
  glossary: readonly CollectionEntry<'glossary'>[];
  places: readonly CollectionEntry<'places'>[];
}

export function assertContentIntegrity({ articles, timeline, glossary, places }: LoadedCollections): void {
  const known = {
    articles: new Set(articles.map((a) => a.id)),
    timeline: new Set(timeline.map((e) => e.id)),
    glossary: new Set(glossary.map((g) => g.id)),
    places: new Set(places.map((p) => p.id)),
  };
  const rendered = [...articles, ...timeline].map((e) => ({
    id: e.id,
    filePath: e.filePath,
    rendered: e.rendered !== undefined,
  }));
  const referrers: EntryRefs[] = [
    ...timeline.map((e) => ({
      id: e.id,
      filePath: e.filePath,
      refs: e.data.related.map((r, i) => [`related[${i}].article`, r.article] as [string, typeof r.article]),
      anchors: e.data.related.flatMap((r, i) =>
        r.paragraph ? [[`related[${i}].paragraph`, r.article.id, r.paragraph] as [string, string, string]] : [],
      ),
    })),
    ...glossary.map((g) => ({
      id: g.id,
      filePath: g.filePath,
      refs: [
        ...g.data.events.map((r, i) => [`events[${i}]`, r] as [string, typeof r]),
        ...g.data.articles.map((r, i) => [`articles[${i}]`, r] as [string, typeof r]),
        ...(g.data.place ? [['place', g.data.place] as [string, typeof g.data.place]] : []),
      ],
    })),
  ];
  const articleHtml = new Map(articles.map((a) => [a.id, a.rendered?.html ?? '']));
  const problems = findContentProblems(rendered, known, referrers, articleHtml);
  if (problems.length) {
    throw new Error(`Content errors:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
