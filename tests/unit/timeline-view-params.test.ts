import { describe, expect, it } from 'vitest';
import { endOf, parseViewParams, viewQuery, viewToParams } from '../../src/lib/timeline/view-params';

const ids = new Set(['1993-10-13-tokyo-declaration', '2022-02-24-invasion-of-ukraine']);
const parse = (q: string) => parseViewParams(new URLSearchParams(q), ids);

describe('timeline view parameters', () => {
  it('reads a range at any precision, `to` inclusive of its whole period', () => {
    expect(parse('from=1993&to=2022-02').view).toEqual({
      from: new Date('1993-01-01T00:00:00Z'),
      to: new Date('2022-03-01T00:00:00Z'),
    });
    expect(parse('from=2022-02-23&to=2022-02-27').view.to).toEqual(new Date('2022-02-28T00:00:00Z'));
  });

  it('ignores impossible, malformed or reversed dates, keeping the rest', () => {
    expect(parse('from=1993-13&to=2022')).toEqual({ view: { to: new Date('2023-01-01T00:00:00Z') }, ignored: ['from=1993-13'] });
    expect(parse('from=2022-02-30').ignored).toEqual(['from=2022-02-30']);
    expect(parse('from=<script>').ignored).toEqual(['from=<script>']);
    expect(parse('from=2023&to=1993')).toEqual({ view: {}, ignored: ['from=2023', 'to=1993'] });
  });

  it('keeps known categories in a fixed order and drops unknown ones', () => {
    expect(parse('category=sanctions,diplomacy,sanctions').view.categories).toEqual(['diplomacy', 'sanctions']);
    expect(parse('category=sanctions,bogus')).toEqual({ view: { categories: ['sanctions'] }, ignored: ['category=sanctions,bogus'] });
    expect(parse('category=bogus').view).toEqual({});
  });

  it('accepts only an event that exists, and only the three themes', () => {
    expect(parse('event=1993-10-13-tokyo-declaration&theme=dark').view).toEqual({ event: '1993-10-13-tokyo-declaration', theme: 'dark' });
    expect(parse('event=../../etc&theme=neon').ignored).toEqual(['event=../../etc', 'theme=neon']);
  });

  it('gives the default view for no parameters', () => {
    expect(parse('')).toEqual({ view: {}, ignored: [] });
  });

  it('writes a view back so that reading it gives the same view', () => {
    const view = parse('from=1993-10&to=2022&category=territory,military&event=2022-02-24-invasion-of-ukraine&theme=light').view;
    expect(viewQuery(view)).toBe(
      '?from=1993-10-01&to=2022-12-31&category=territory,military&event=2022-02-24-invasion-of-ukraine&theme=light',
    );
    expect(parseViewParams(viewToParams(view), ids).view).toEqual(view);
  });

  it('leaves defaults out of the URL', () => {
    expect(viewQuery({ categories: ['diplomacy', 'territory', 'security-policy', 'military', 'sanctions'], theme: 'auto' })).toBe('');
  });

  it('ends a period at the start of the next', () => {
    expect(endOf('2020')).toEqual(new Date('2021-01-01T00:00:00Z'));
    expect(endOf('2020-12')).toEqual(new Date('2021-01-01T00:00:00Z'));
    expect(endOf('2020-02-29')).toEqual(new Date('2020-03-01T00:00:00Z'));
  });
});
