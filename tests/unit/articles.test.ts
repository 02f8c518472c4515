import { describe, expect, it } from 'vitest';
import { byNewest, eventsByArticle, relatedByTopic } from '../../src/lib/articles';

const article = (id: string, published: string, topics: string[]) => ({ id, data: { title: id, published, topics } });
const event = (id: string, date: string, articles: string[]) => ({
  id,
  data: { date, related: articles.map((a) => ({ article: { id: a } })) },
});

describe('related articles', () => {
  const list = [
    article('a', '2022-01-01', ['sanctions']),
    article('b', '2021-01-01', ['military', 'sanctions']),
    article('c', '2023-01-01', ['diplomacy']),
    article('d', '2020-01-01', ['military']),
    article('e', '2019-01-01', ['sanctions']),
    article('f', '2024-01-01', ['sanctions']),
  ].sort(byNewest);

  it('takes the newest articles that share a topic, never the article itself', () => {
    expect(
      relatedByTopic(
        list,
        list.find((x) => x.id === 'b')!,
      ).map((x) => x.id),
    ).toEqual(['f', 'a', 'd']);
    expect(
      relatedByTopic(
        list,
        list.find((x) => x.id === 'a')!,
        2,
      ).map((x) => x.id),
    ).toEqual(['f', 'b']);
  });

  it('returns nothing for an article whose topics nobody else has', () => {
    expect(
      relatedByTopic(
        list,
        list.find((x) => x.id === 'c')!,
      ),
    ).toEqual([]);
  });

  it('stays cheap on a large list: it stops at the limit', () => {
    let reads = 0;
    const big = Array.from({ length: 10_000 }, (_, i) => article(`x${i}`, '2020-01-01', ['sanctions']));
    const watched = new Proxy(big, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(relatedByTopic(watched, big[0]!)).toHaveLength(3);
    // The article itself, three matches and the iterator's look-ahead: not 10,000.
    expect(reads).toBeLessThanOrEqual(5);
  });
});

describe('events by article', () => {
  it('groups events under every article they name, once each, in date order', () => {
    const map = eventsByArticle([
      event('late', '2022-03-21', ['x', 'y']),
      event('early', '1993-10-13', ['x', 'x']),
      event('none', '2000-01-01', []),
    ]);
    expect(map.get('x')?.map((e) => e.id)).toEqual(['early', 'late']);
    expect(map.get('y')?.map((e) => e.id)).toEqual(['late']);
    expect(map.has('none')).toBe(false);
  });
});
