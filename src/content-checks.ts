/**
 * Runs the cross-collection checks once per build and fails it with every
 * problem listed, each naming the file and the field. Called from a route's
 * getStaticPaths, the earliest point where collections can be read.
 */
import { getCollection } from 'astro:content';
import { findContentProblems, type EntryRefs } from './lib/content-integrity';

let checked: Promise<void> | undefined;

export function assertContentIntegrity(): Promise<void> {
  checked ??= run();
  return checked;
}

async function run() {
  const [articles, timeline, glossary, places] = await Promise.all([
    getCollection('articles'),
    getCollection('timeline'),
    getCollection('glossary'),
    getCollection('places'),
  ]);
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
