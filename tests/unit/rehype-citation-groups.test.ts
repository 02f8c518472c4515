import { describe, expect, it } from 'vitest';
import { renderHtml } from '../support/markdown';

const notes = '\n\n[^a]: First.\n[^b]: Second.\n[^c]: Third.\n';
/** The citation numbers and separators of the first paragraph, in order, as a reader sees them. */
const marks = (html: string) =>
  [...(/<p[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? '').matchAll(/<sup( class="citation-sep" aria-hidden="true")?>(?:<a[^>]*>)?([^<]*)/g)]
    .map((m) => m[2])
    .join('');

describe('rehype-citation-groups', () => {
  it('separates adjacent citation marks with a comma and puts them in ascending order', async () => {
    // Defined a, b, c, so numbered in order of first citation: c=1, a=2, b=3.
    const html = await renderHtml(`First.[^c] Then several.[^b][^a][^c]${notes}`);
    expect(marks(html)).toBe('11,2,3');
    expect(html).toContain('<sup class="citation-sep" aria-hidden="true">,</sup>');
  });

  it('leaves a single mark, and marks with text between them, alone', async () => {
    const html = await renderHtml(`One.[^a] Two.[^b] Three [^c] end.${notes}`);
    expect(html).not.toContain('citation-sep');
    expect(marks(html)).toBe('123');
  });
});
