/**
 * Topic introductions as topic pages use them: read once per build, checked
 * (src/lib/topic-intros.ts: a missing introduction fails the build naming
 * its topic), each with its key events in date order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { topicIntroProblems } from '../lib/topic-intros';
import { content, type EventEntry } from './content';
import { collectionDir } from './content-dir';
import { perBuild } from './per-build';

export type TopicIntroEntry = CollectionEntry<'topics'>;

const intros = perBuild(async (): Promise<ReadonlyMap<string, TopicIntroEntry>> => {
  const [entries, all] = await Promise.all([getCollection('topics'), content()]);
  const eventTopics = new Map(all.events.map((e) => [e.id, e.data.topics as readonly string[]]));
  const problems = topicIntroProblems(
    entries.map((t) => ({
      id: t.id,
      filePath: t.filePath,
      rendered: t.rendered !== undefined,
      keyEvents: t.data.keyEvents.map((r) => r.id),
    })),
    eventTopics,
    collectionDir('topics'),
  );
  if (problems.length) throw new Error(`Content errors:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return new Map(entries.map((t) => [t.id, t]));
});

/** A topic's introduction and its key events, oldest first (content.events is in date order). */
export async function topicIntro(topic: string): Promise<{ intro: TopicIntroEntry; keyEvents: EventEntry[] }> {
  const [byTopic, all] = await Promise.all([intros(), content()]);
  const intro = byTopic.get(topic);
  // topicIntroProblems has already failed the build for a missing introduction.
  if (!intro) throw new Error(`${collectionDir('topics')}/${topic}.md: missing: the topic "${topic}" has no introduction`);
  const wanted = new Set(intro.data.keyEvents.map((r) => r.id));
  return { intro, keyEvents: all.events.filter((e) => wanted.has(e.id)) };
}
