/**
 * The rules for topic introductions that a per-file schema cannot check:
 * every topic has one (a topic page must never open on an empty box), each
 * file is named after a topic, and its key events exist, are on the topic
 * and are listed once. Pure: takes plain data, returns "file: field:
 * message" lines.
 */
import { TOPICS } from './content-schema';

export interface TopicIntroFile {
  /** The file name without .md: the topic it introduces. */
  id: string;
  filePath?: string | undefined;
  /** False when its Markdown failed to render. */
  rendered: boolean;
  keyEvents: readonly string[];
}

export function topicIntroProblems(
  intros: readonly TopicIntroFile[],
  eventTopics: ReadonlyMap<string, readonly string[]>,
  introDir = 'content/topics',
): string[] {
  const problems: string[] = [];
  const ids = new Set(intros.map((i) => i.id));
  for (const topic of TOPICS) {
    if (!ids.has(topic)) {
      problems.push(`${introDir}/${topic}.md: missing: the topic "${topic}" has no introduction; every topic page opens with one`);
    }
  }
  for (const intro of intros) {
    const file = intro.filePath ?? `${introDir}/${intro.id}.md`;
    if (!(TOPICS as readonly string[]).includes(intro.id)) {
      problems.push(`${file}: "${intro.id}" is not a topic: name the file after one of ${TOPICS.join(', ')}`);
      continue;
    }
    if (!intro.rendered) problems.push(`${file}: body: the Markdown failed to render (see the error above)`);
    const seen = new Set<string>();
    intro.keyEvents.forEach((id, i) => {
      const field = `keyEvents[${i}]`;
      const topics = eventTopics.get(id);
      if (seen.has(id)) problems.push(`${file}: ${field}: "${id}" is listed twice`);
      else if (!topics) problems.push(`${file}: ${field}: "${id}" is not in the timeline collection`);
      else if (!topics.includes(intro.id)) {
        problems.push(
          `${file}: ${field}: the event "${id}" is not on the topic "${intro.id}" (add the topic to the event, or pick another)`,
        );
      }
      seen.add(id);
    });
  }
  return problems;
}
