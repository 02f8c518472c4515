/** The timeline layout: scales, ticks at every zoom, mark rows, label lanes and collisions, extremes. */
import { siteTimelineEvents } from '../support/content-files';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, type PlacedEvent, type TimelineEvent, type TimelineLayout } from '../../src/lib/timeline/layout';
import { MARGIN, PLOT_INSET, textWidth } from '../../src/lib/timeline/metrics';
import { COMPRESSED_SHARE, SCALE_BREAK, baseScale, chronological } from '../../src/lib/timeline/scale';
import { CATEGORIES } from '../../src/lib/content-schema';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function ev(id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return { id, title: `Event ${id}`, date, precision, category: 'diplomacy', importance: 2, ...extra };
}

/** Synthetic events: n over `years` years from 1994, deterministic. */
function synthetic(n: number, years = 30): TimelineEvent[] {
  let seed = 42;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => {
    const t = Date.UTC(1994, 0, 1) + rand() * years * 365 * 864e5;
    const date = new Date(t).toISOString().slice(0, 10);
    return ev(`e${i}`, date, {
      title: `Synthetic event number ${i} with a longish title`,
      category: CATEGORIES[i % CATEGORIES.length]!,
      importance: (1 + (i % 7 === 0 ? 2 : i % 3 === 0 ? 1 : 0)) as 1 | 2 | 3,
    });
  });
}

function labelled(layout: TimelineLayout): PlacedEvent[] {
  return layout.events.filter((e) => e.label);
}

function expectNoLabelOverlaps(layout: TimelineLayout) {
  const boxes = labelled(layout).map((e) => e.label!.box);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
    }
  }
}

function expectLabelsInside(layout: TimelineLayout) {
  for (const e of labelled(layout)) {
    expect(e.label!.box.x0).toBeGreaterThanOrEqual(layout.plot.left);
    expect(e.label!.box.x1).toBeLessThanOrEqual(layout.plot.right);
  }
}

/** Each labelled mark sits in its own label's box; unlabelled marks stay below the lanes. */
function expectMarksPlaced(layout: TimelineLayout) {
  const lanesBottom = Math.max(0, ...labelled(layout).map((e) => e.label!.box.y1));
  for (const e of layout.events) {
    if (e.label) {
      const b = e.label.box;
      expect(e.x).toBeGreaterThan(b.x0);
      expect(e.x).toBeLessThan(b.x1);
      expect(e.y).toBeGreaterThan(b.y0);
      expect(e.y).toBeLessThan(b.y1);
      expect(e.lane).toBe(e.label.lane);
    } else {
      expect(e.row).not.toBeNull();
      expect(e.y).toBeGreaterThanOrEqual(lanesBottom);
      expect(e.y).toBeLessThan(layout.axisY);
    }
  }
}

describe('scale', () => {
  it('breaks the axis at 1990 for the full record, compressing what comes before', () => {
    const scale = baseScale(siteTimelineEvents(), 1000);
    expect(scale.domain()).toHaveLength(3);
    expect(+scale.domain()[1]!).toBe(+SCALE_BREAK);
    const plotWidth = 1000 - MARGIN.left - MARGIN.right - 2 * PLOT_INSET;
    expect(scale(SCALE_BREAK) - MARGIN.left - PLOT_INSET).toBeCloseTo(plotWidth * COMPRESSED_SHARE, 5);
    expect(+scale.domain()[0]!).toBeLessThan(+day('1855-02-07'));
    expect(+scale.domain()[2]!).toBeGreaterThan(+day('2023-07-28'));
  });

  it('stays linear for a record of a few decades', () => {
    expect(baseScale(synthetic(50), 1000).domain()).toHaveLength(2);
  });

  it('orders events chronologically, less precise dates at their middle', () => {
    const sorted = [ev('b', '2022-02-24'), ev('a', '2022-02-24'), ev('y', '2022'), ev('m', '2022-02')].sort(chronological);
    expect(sorted.map((e) => e.id)).toEqual(['m', 'a', 'b', 'y']);
  });
});

describe('ticks', () => {
  const events = siteTimelineEvents();

  it('shows years for the whole record, on both sides of the break', () => {
    const layout = layoutTimeline(events, { width: 1000 });
    expect(layout.ticks.length).toBeGreaterThanOrEqual(5);
    expect(layout.ticks.every((t) => t.kind === 'year' && /^\d{4}$/.test(t.label))).toBe(true);
    const years = layout.ticks.map((t) => Number(t.label));
    expect(years.some((y) => y < 1990)).toBe(true);
    expect(years.some((y) => y > 2010)).toBe(true);
    expect(layout.breakX).not.toBeNull();
  });

  it('shows months when zoomed to a year, and days when zoomed to a fortnight', () => {
    const months = layoutTimeline(events, { width: 1000, domain: [day('2022-01-01'), day('2023-01-01')] });
    expect(months.ticks.some((t) => t.kind === 'month')).toBe(true);
    expect(months.ticks.map((t) => t.label)).toEqual(expect.arrayContaining(['Mar', 'Jun']));
    const days = layoutTimeline(events, { width: 1000, domain: [day('2022-02-18'), day('2022-03-04')] });
    expect(days.ticks.every((t) => t.kind === 'day')).toBe(true);
    expect(days.ticks[0]!.label).toMatch(/^\d{1,2} Feb 2022$/);
    expect(days.ticks.map((t) => t.label)).toContain('24');
    expect(days.ticks.map((t) => t.label)).toContain('Mar');
    // Weekly ticks name the month where it changes.
    const weeks = layoutTimeline(events, { width: 1000, domain: [day('2022-08-07'), day('2022-12-20')] });
    const labels = weeks.ticks.map((t) => t.label);
    // The tick on 7 Aug sits on the plot's edge, where its label would be cut off: the next one says the month and year.
    expect(weeks.ticks[0]!.date).toBe('2022-08-14T00:00:00.000Z');
    expect(labels[0]).toBe('14 Aug 2022');
    expect(labels.filter((l) => /^\d{1,2} (Sep|Oct|Nov|Dec)$/.test(l))).toHaveLength(4);
  });

  it('never goes finer than a day, however far it zooms', () => {
    const layout = layoutTimeline(events, { width: 1000, domain: [day('2022-02-23'), day('2022-02-26')] });
    for (const t of layout.ticks) expect(t.date.endsWith('T00:00:00.000Z')).toBe(true);
  });

  it('keeps tick labels apart and in order at every zoom level', () => {
    const spans: Array<[string, string]> = [
      ['1850-01-01', '2025-01-01'],
      ['1985-01-01', '1995-01-01'],
      ['2021-06-01', '2022-06-01'],
      ['2022-02-01', '2022-03-01'],
    ];
    for (const width of [360, 640, 1000, 1900]) {
      for (const [a, b] of spans) {
        const { ticks } = layoutTimeline(events, { width, domain: [day(a), day(b)] });
        expect(ticks.length, `${width} ${a}`).toBeGreaterThanOrEqual(1);
        for (let i = 1; i < ticks.length; i++) {
          const prev = ticks[i - 1]!;
          const cur = ticks[i]!;
          expect(cur.x).toBeGreaterThan(prev.x);
          expect(cur.x - textWidth(cur.label) / 2).toBeGreaterThan(prev.x + textWidth(prev.label) / 2);
        }
      }
    }
  });

  it('keeps the axis when a filter hides events, given the full set as scaleEvents', () => {
    const all = siteTimelineEvents();
    const some = all.filter((e) => e.category === 'sanctions');
    const fixed = layoutTimeline(some, { width: 1000, scaleEvents: all });
    expect(fixed.domain).toEqual(layoutTimeline(all, { width: 1000 }).domain);
    expect(fixed.events).toHaveLength(some.length);
    // Without it, the axis would shrink to the remaining events.
    expect(+layoutTimeline(some, { width: 1000 }).domain[0]).toBeGreaterThan(+fixed.domain[0]);
  });

  it('reports the visible domain, and zooming narrows it', () => {
    const full = layoutTimeline(events, { width: 1000 });
    const zoomed = layoutTimeline(events, { width: 1000, transform: { k: 4, x: -2400 } });
    const span = (l: TimelineLayout) => +l.domain[1] - +l.domain[0];
    expect(span(zoomed)).toBeLessThan(span(full) / 2);
    const exact = layoutTimeline(events, { width: 1000, domain: [day('2000-01-01'), day('2010-01-01')] });
    expect(exact.domain[0].toISOString().slice(0, 10)).toBe('2000-01-01');
    expect(exact.domain[1].toISOString().slice(0, 10)).toBe('2010-01-01');
  });
});

describe('marks and labels', () => {
  it('gives every event a mark, in chronological order, within the plot at the full view', () => {
    const events = siteTimelineEvents();
    const layout = layoutTimeline(events, { width: 1000 });
    expect(layout.events).toHaveLength(events.length);
    expect(layout.events.every((e) => e.inView)).toBe(true);
    const xs = layout.events.map((e) => e.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('labels the landmarks first and never overlaps labels, at any width and zoom', () => {
    const events = siteTimelineEvents();
    for (const width of [360, 640, 1000, 1900]) {
      for (const domain of [undefined, [day('2021-10-01'), day('2023-01-01')] as const, [day('1940-01-01'), day('1965-01-01')] as const]) {
        const layout = layoutTimeline(events, { width, domain });
        expectNoLabelOverlaps(layout);
        expectLabelsInside(layout);
        expectMarksPlaced(layout);
      }
    }
    const full = layoutTimeline(events, { width: 1000 });
    const landmarks = full.events.filter((e) => e.importance === 3);
    const others = full.events.filter((e) => e.importance === 1);
    const share = (list: PlacedEvent[]) => list.filter((e) => e.label).length / list.length;
    expect(share(landmarks)).toBeGreaterThan(share(others));
    expect(full.events.find((e) => e.id === '1993-10-13-tokyo-declaration')?.label).not.toBeNull();
  });

  it('draws a multi-day event as a span', () => {
    const layout = layoutTimeline([ev('a', '1945-08-28', { endDate: '1945-09-05' }), ev('b', '1946')], { width: 800 });
    const a = layout.events.find((e) => e.id === 'a')!;
    expect(a.x1).toBeGreaterThan(a.x);
  });
});

describe('extremes', () => {
  it('lays out a single event in the middle of a padded axis', () => {
    const layout = layoutTimeline([ev('only', '1993-10-13', { importance: 3 })], { width: 600 });
    const [only] = layout.events;
    expect(only!.inView).toBe(true);
    expect(only!.x).toBeGreaterThan(layout.plot.left + 50);
    expect(only!.x).toBeLessThan(layout.plot.right - 50);
    expect(only!.label?.text).toBe('Event only');
    expect(layout.ticks.length).toBeGreaterThanOrEqual(1);
  });

  it('labels two events on the same day in different lanes', () => {
    const layout = layoutTimeline(
      [ev('invasion', '2022-02-24', { importance: 3, category: 'military' }), ev('sanctions', '2022-02-24', { category: 'sanctions' })],
      { width: 800 },
    );
    const [a, b] = layout.events;
    expect(a!.x).toBeCloseTo(b!.x);
    expect(a!.lane).not.toBe(b!.lane);
    expect(a!.y).not.toBe(b!.y);
    expect(a!.label && b!.label).toBeTruthy();
    expectNoLabelOverlaps(layout);
  });

  it('copes with no events at all', () => {
    const layout = layoutTimeline([], { width: 800 });
    expect(layout.events).toEqual([]);
    expect(layout.ticks.length).toBeGreaterThan(0);
  });

  it('lays out 1,000 events with a mark for each and no overlapping labels (its speed is measured by npm run bench:timeline)', () => {
    const events = synthetic(1000);
    const full = layoutTimeline(events, { width: 1200 });
    const zoomed = layoutTimeline(events, { width: 1200, domain: [day('2010-03-01'), day('2010-04-01')] });
    expect(full.events).toHaveLength(1000);
    expect(new Set(full.events.map((e) => e.id)).size).toBe(1000);
    expectNoLabelOverlaps(full);
    expectNoLabelOverlaps(zoomed);
    expectMarksPlaced(full);
    // Thinning: far from every label fits at the full view, but some do, landmarks first.
    const shown = labelled(full);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(200);
    expect(zoomed.ticks.some((t) => t.kind === 'day')).toBe(true);
  });
});
