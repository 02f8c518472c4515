/** The topic-introduction rules (src/lib/topic-intros.ts) and their schema (src/data/schemas.ts). */
import { describe, expect, it } from 'vitest';
import { idRefs, topicIntroSchema } from '../../src/data/schemas';
import { TOPICS } from '../../src/lib/content-schema';
import { topicIntroProblems, type TopicIntroFile } from '../../src/lib/topic-intros';

const EVENTS = new Map<string, readonly string[]>([
  ['1855-02-07-a', ['diplomacy', 'kuril-islands']],
  ['1956-10-19-b', ['diplomacy']],
  ['1993-10-13-c', ['diplomacy', 'kuril-islands']],
  ['2022-02-24-d', ['ukraine-war']],
]);
const intro = (id: string, keyEvents: string[] = ['1855-02-07-a', '1993-10-13-c']): TopicIntroFile => ({
  id,
  filePath: `content/topics/${id}.md`,
  rendered: true,
  keyEvents,
});
const everyTopic = () => TOPICS.map((t) => intro(t, []));

describe('topicIntroProblems', () => {
  it('passes when every topic has an introduction whose key events are on it', () => {
    const intros = everyTopic().map((i) => (i.id === 'kuril-islands' ? intro('kuril-islands') : i));
    expect(topicIntroProblems(intros, EVENTS)).toEqual([]);
  });

  it('names each topic that has no introduction, with the file to add', () => {
    const intros = everyTopic().filter((i) => i.id !== 'military' && i.id !== 'sanctions');
    expect(topicIntroProblems(intros, EVENTS, '/site/content/topics')).toEqual([
      '/site/content/topics/sanctions.md: missing: the topic "sanctions" has no introduction; every topic page opens with one',
      '/site/content/topics/military.md: missing: the topic "military" has no introduction; every topic page opens with one',
    ]);
  });

  it('rejects a file named after no topic', () => {
    expect(topicIntroProblems([...everyTopic(), intro('sport')], EVENTS)).toEqual([
      'content/topics/sport.md: "sport" is not a topic: name the file after one of kuril-islands, security-strategy, sanctions, military, diplomacy, ukraine-war',
    ]);
  });

  it('rejects key events that are missing, off the topic or listed twice, naming the field', () => {
    const bad = intro('kuril-islands', ['1855-02-07-a', '1999-01-01-nothing', '1956-10-19-b', '1855-02-07-a']);
    const intros = everyTopic().map((i) => (i.id === 'kuril-islands' ? bad : i));
    expect(topicIntroProblems(intros, EVENTS)).toEqual([
      'content/topics/kuril-islands.md: keyEvents[1]: "1999-01-01-nothing" is not in the timeline collection',
      'content/topics/kuril-islands.md: keyEvents[2]: the event "1956-10-19-b" is not on the topic "kuril-islands" (add the topic to the event, or pick another)',
      'content/topics/kuril-islands.md: keyEvents[3]: "1855-02-07-a" is listed twice',
    ]);
  });

  it('reports an introduction whose Markdown failed to render', () => {
    const intros = everyTopic().map((i) => (i.id === 'diplomacy' ? { ...i, rendered: false } : i));
    expect(topicIntroProblems(intros, EVENTS)).toEqual([
      'content/topics/diplomacy.md: body: the Markdown failed to render (see the error above)',
    ]);
  });
});

describe('topicIntroSchema', () => {
  const schema = topicIntroSchema(idRefs);
  const three = ['1855-02-07-a', '1956-10-19-b', '1993-10-13-c'];

  it('takes three to six key events and an optional title', () => {
    expect(schema.parse({ keyEvents: three })).toEqual({ keyEvents: three });
    expect(schema.parse({ title: 'Ukraine', keyEvents: three }).title).toBe('Ukraine');
  });

  it('rejects fewer than three or more than six key events, and unknown fields, naming the field', () => {
    const paths = (data: unknown) => schema.safeParse(data).error?.issues.map((i) => i.path.join('.') || i.message);
    expect(paths({ keyEvents: three.slice(0, 2) })).toEqual(['keyEvents']);
    expect(paths({ keyEvents: [...three, ...three, 'x'] })).toEqual(['keyEvents']);
    expect(paths({})).toEqual(['keyEvents']);
    expect(schema.safeParse({ keyEvents: three, sources: [] }).error?.issues[0]?.message).toMatch(/sources/);
    expect(paths({ keyEvents: ['Not An Id', ...three] })).toEqual(['keyEvents.0']);
  });
});
