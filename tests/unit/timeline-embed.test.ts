import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { EMBED_DEFAULT_HEIGHT, embedCode } from '../../src/lib/timeline/embed';

describe('embed code', () => {
  it('is an iframe with a title and fixed height, and the optional resizing script', () => {
    const code = embedCode({
      src: 'https://example.org/timeline/embed/?from=1993&category=diplomacy,territory',
      hostScript: 'https://example.org/timeline-embed.js',
      title: 'Japan–Russia relations timeline',
    });
    const [iframe, script] = fromHtml(code, { fragment: true }).children.filter((n): n is Element => n.type === 'element');
    expect(iframe).toMatchObject({
      tagName: 'iframe',
      properties: {
        src: 'https://example.org/timeline/embed/?from=1993&category=diplomacy,territory',
        title: 'Japan–Russia relations timeline',
        height: EMBED_DEFAULT_HEIGHT,
        loading: 'lazy',
        dataJrrTimeline: '',
      },
    });
    expect(script).toMatchObject({ tagName: 'script', properties: { src: 'https://example.org/timeline-embed.js', async: true } });
  });

  it('cannot be turned into other markup by a title or URL', () => {
    const code = embedCode({
      src: 'https://e.org/?a="><script>x</script>',
      hostScript: 'https://e.org/h.js',
      title: '"><img src=x onerror=alert(1)>',
    });
    const elements = fromHtml(code, { fragment: true }).children.filter((n): n is Element => n.type === 'element');
    expect(elements.map((e) => e.tagName)).toEqual(['iframe', 'script']);
    expect(elements[0]!.properties['title']).toBe('"><img src=x onerror=alert(1)>');
  });
});
