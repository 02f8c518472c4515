import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/content-integrity';

const known = { articles: new Set(['a']), places: new Set(['p']) };
const html = new Map([['a', '<p id="p-one">One</p>']]);

describe('findContentProblems', () => {
  it('finds nothing wrong in consistent content', () => {
    const refs = [
      {
        id: 'e',
        filePath: 'timeline/e.md',
        refs: [['related[0].article', { collection: 'articles', id: 'a' }] as [string, { collection: string; id: string }]],
        anchors: [['related[0].paragraph', 'a', 'p-one'] as [string, string, string]],
      },
    ];
    expect(findContentProblems([{ id: 'a', rendered: true }], known, refs, html)).toEqual([]);
  });

  it('names the file and field of a dangling reference or a missing anchor', () => {
    const refs = [
      {
        id: 'e',
        filePath: 'timeline/e.md',
        refs: [['related[0].article', { collection: 'articles', id: 'zz' }] as [string, { collection: string; id: string }]],
        anchors: [['related[1].paragraph', 'a', 'p-two'] as [string, string, string]],
      },
    ];
    expect(findContentProblems([], known, refs, html)).toEqual([
      'timeline/e.md: related[0].article: "zz" is not in the articles collection',
      'timeline/e.md: related[1].paragraph: article "a" has no paragraph #p-two',
    ]);
  });

  it('flags an entry whose Markdown did not render, and only that one', () => {
    expect(
      findContentProblems(
        [
          { id: 'x', filePath: 'articles/x.md', rendered: false },
          { id: 'y', filePath: 'articles/y.md', rendered: true },
        ],
        known,
        [],
        html,
      ),
    ).toEqual(['articles/x.md: body: the Markdown failed to render (see the error above)']);
  });
});
