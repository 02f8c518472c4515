/** The timeline's one rendering function, against linkedom's server-side DOM (as at build time). */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { drawnMarkPaths, renderTimeline, eventLabel } from '../../src/lib/timeline/render';
import { layoutTimeline, type TimelineEvent } from '../../src/lib/timeline/layout';
import { symbolPath } from '../../src/lib/timeline/categories';
import { layoutVertical } from '../../src/lib/timeline/vertical';
import { verticalSvg } from '../../src/lib/timeline/vertical-svg';
import { toHtml } from 'hast-util-to-html';

const events: TimelineEvent[] = [
  {
    id: '1855-02-07-treaty-of-shimoda',
    title: 'Treaty of Shimoda',
    date: '1855-02-07',
    precision: 'day',
    category: 'territory',
    importance: 3,
  },
  {
    id: '1993-10-13-tokyo-declaration',
    title: 'Tokyo Declaration',
    date: '1993-10-13',
    precision: 'day',
    category: 'diplomacy',
    importance: 3,
  },
  { id: '2016-11-coastal-missiles', title: 'Coastal missiles', date: '2016-11', precision: 'month', category: 'military', importance: 2 },
  { id: '2022-02-24-sanctions', title: 'Sanctions package', date: '2022-02-24', precision: 'day', category: 'sanctions', importance: 2 },
  {
    id: '2022-12-16-nss',
    title: 'Revised NSS',
    date: '2022-12-16',
    precision: 'day',
    endDate: '2022-12-17',
    category: 'security-policy',
    importance: 3,
  },
];

function doc(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document;
}

const base = {
  width: 1000,
  href: (id: string) => `/timeline/${id}/`,
  markPath: (e: Pick<TimelineEvent, 'category' | 'importance'>) => symbolPath(e.category, e.importance),
  title: 'Relations timeline',
  description: 'Five events.',
};

describe('renderTimeline', () => {
  it('draws a named, described SVG group with one link per event', () => {
    const svg = renderTimeline(doc(), events, base);
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 1000 \d+$/);
    expect(svg.querySelector('title')?.textContent).toBe('Relations timeline');
    expect(svg.querySelector(`#${svg.getAttribute('aria-describedby')}`)?.textContent).toBe('Five events.');
    const links = [...svg.querySelectorAll('a.tl-event')];
    expect(links.map((a) => a.getAttribute('data-id'))).toEqual(events.map((e) => e.id));
    expect(links[1]!.getAttribute('href')).toBe('/timeline/1993-10-13-tokyo-declaration/');
    expect(links[1]!.getAttribute('aria-label')).toBe('13 October 1993: Tokyo Declaration (Diplomacy)');
    // One tab stop: the first event, until the reader moves.
    expect(links.filter((a) => a.getAttribute('tabindex') === '0').map((a) => a.getAttribute('data-id'))).toEqual([events[0]!.id]);
    // Category by shape as well as colour: five categories, five different symbols.
    expect(new Set(links.map((a) => a.querySelector('.tl-mark')?.getAttribute('d'))).size).toBe(5);
    expect(svg.querySelectorAll('.tl-tick').length).toBeGreaterThan(3);
    expect(svg.getAttribute('data-domain')).toMatch(/^18\d\d-\d\d-\d\d\/202\d-\d\d-\d\d$/);
    expect(svg.outerHTML).not.toContain('NaN');
  });

  it('redraws in place on zoom: same elements, new axis', () => {
    const svg = renderTimeline(doc(), events, base);
    const before = svg.querySelector('[data-id="2022-02-24-sanctions"]');
    const ticksBefore = [...svg.querySelectorAll('.tl-tick text')].map((t) => t.textContent);
    renderTimeline(svg.ownerDocument, events, {
      ...base,
      svg,
      domain: [new Date('2022-01-01T00:00:00Z'), new Date('2023-01-01T00:00:00Z')],
      activeId: '2022-12-16-nss',
      selectedId: '2022-12-16-nss',
    });
    expect(svg.querySelector('[data-id="2022-02-24-sanctions"]')).toBe(before);
    expect(svg.getAttribute('data-domain')).toBe('2022-01-01/2023-01-01');
    const ticksAfter = [...svg.querySelectorAll('.tl-tick text')].map((t) => t.textContent);
    expect(ticksAfter).not.toEqual(ticksBefore);
    expect(ticksAfter).toContain('Jun');
    expect(svg.querySelector('[tabindex="0"]')?.getAttribute('data-id')).toBe('2022-12-16-nss');
    expect(svg.querySelector('.is-selected')?.getAttribute('data-id')).toBe('2022-12-16-nss');
    expect(svg.querySelectorAll('.tl-title')).toHaveLength(1);
  });

  it('adopts server-rendered markup and drops filtered-out events', () => {
    const first = renderTimeline(doc(), events, base);
    // As in the browser: parse the serialised SVG (no d3 data bound) and redraw it.
    const page = parseHTML(`<!doctype html><html><body>${first.outerHTML}</body></html>`).document;
    const svg = page.querySelector('svg')!;
    const tokyo = svg.querySelector('[data-id="1993-10-13-tokyo-declaration"]');
    const layout = layoutTimeline(
      events.filter((e) => e.category !== 'military'),
      { width: 1000 },
    );
    renderTimeline(page, events, { ...base, svg, layout });
    expect(svg.querySelector('[data-id="1993-10-13-tokyo-declaration"]')).toBe(tokyo);
    expect(svg.querySelectorAll('a.tl-event')).toHaveLength(4);
    expect(svg.querySelector('[data-category="military"]')).toBeNull();
  });

  it('names events with their date range and category', () => {
    expect(eventLabel(events[4]!)).toBe('16–17 December 2022: Revised NSS (Security policy)');
    expect(eventLabel(events[2]!)).toBe('November 2016: Coastal missiles (Military)');
  });
});

describe('drawnMarkPaths', () => {
  it('gives back the shape the build drew for each event', () => {
    const svg = renderTimeline(doc(), events, base);
    const markPath = drawnMarkPaths(svg);
    for (const e of events) expect(markPath(e)).toBe(symbolPath(e.category, e.importance));
    expect(markPath({ id: 'no-such-event' })).toBe('');
  });
});

describe('groups and the phone chart', () => {
  const crowd: TimelineEvent[] = [
    ...events,
    { id: '2022-02-25-package-2', title: 'Second package', date: '2022-02-25', precision: 'day', category: 'sanctions', importance: 2 },
    { id: '2022-03-16-mfn', title: 'MFN status', date: '2022-03-16', precision: 'day', category: 'sanctions', importance: 1 },
  ];
  const groups = [{ id: 'feb-mar', summary: 'sanctions', events: ['2022-02-24-sanctions', '2022-02-25-package-2', '2022-03-16-mfn'] }];

  it('draws a collapsed group as one link to its first event in the list, named by its whole label', () => {
    const svg = renderTimeline(doc(), crowd, { ...base, groups });
    const group = svg.querySelector('a.tl-group')!;
    expect(group.getAttribute('data-id')).toBe('group-feb-mar');
    expect(group.getAttribute('href')).toBe('#2022-02-24-sanctions');
    expect(group.getAttribute('aria-label')).toBe('Feb–Mar 2022: sanctions · 3 events');
    expect(group.getAttribute('tabindex')).toBe('-1');
    expect(group.querySelector('.tl-label')?.textContent).toBe('Feb–Mar 2022: sanctions · 3 events');
    // Its events keep their marks (links to their pages), unlabelled.
    expect(svg.querySelectorAll('a.tl-event')).toHaveLength(crowd.length);
    expect(svg.querySelector('a.tl-event[data-id="2022-03-16-mfn"] .tl-label')?.getAttribute('display')).toBe('none');
  });

  it('draws the phone chart as a link per event, with its category, and a group with its categories', () => {
    const layout = layoutVertical(crowd, { width: 360, height: 900, groups });
    const svg = verticalSvg(layout, {
      href: (id) => `/timeline/${id}/`,
      markPath: (e) => symbolPath(e.category, e.importance),
      title: 'Timeline',
      description: 'Events down the page',
      idPrefix: 'tlv',
      categoryOf: (id) => crowd.find((e) => e.id === id)?.category,
    });
    const html = toHtml(svg);
    const page = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
    const links = [...page.querySelectorAll('a.tl-v__event')];
    expect(links).toHaveLength(crowd.length);
    expect(links[0]!.getAttribute('href')).toBe('/timeline/1855-02-07-treaty-of-shimoda/');
    expect(links[0]!.getAttribute('data-category')).toBe('territory');
    expect(links[0]!.getAttribute('aria-label')).toBe(eventLabel(events[0]!));
    const group = page.querySelector('a.tl-v__group')!;
    expect(group.getAttribute('data-categories')).toBe('sanctions');
    expect(group.getAttribute('href')).toBe('#2022-02-24-sanctions');
    expect(page.querySelector('svg')?.getAttribute('aria-labelledby')).toBe('tlv-title');
    expect(html).not.toContain('NaN');
  });
});
