/**
 * Timeline labels: text widths, titles fitted to the free space (whole where a lane has room), groups of crowded
 * events, tick labels inside the plot, the phone layout, and the groups file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteTimelineEvents } from '../support/content-files';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { crowded, groupLabel, groupRange, GROUP_SPACING, type TimelineGroup } from '../../src/lib/timeline/clusters';
import { fitText, labelLanes } from '../../src/lib/timeline/labels';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import { textWidth } from '../../src/lib/timeline/metrics';
import { timeScale } from '../../src/lib/timeline/scale';
import { layoutVertical, wrapText } from '../../src/lib/timeline/vertical';
import { formatWithinYear } from '../../src/lib/i18n/dates';
import { loadTimelineGroups } from '../../src/data/timeline-groups';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A fixed-width measure, so the tests can count: 6 px a character. */
const mono = (text: string) => text.length * 6;

const events = siteTimelineEvents();
const groups = parse(readFileSync('content/timeline-groups.yaml', 'utf8')) as TimelineGroup[];

describe('text width', () => {
  it('reads per-character widths for the UI font stack, wide letters wider', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('M')).toBeCloseTo(0.86 * 12);
    expect(textWidth('iiii')).toBeLessThan(textWidth('MMMM') / 2);
    expect(textWidth('Iturup/Etorofu')).toBeGreaterThan(60);
    // Characters outside the table still take room.
    expect(textWidth('東京')).toBeGreaterThan(15);
  });
});

describe('fitText', () => {
  it('keeps the whole title where it fits, and cuts after a word with "…" only where it does not', () => {
    expect(fitText('Tokyo Declaration signed', 24 * 6, mono)).toBe('Tokyo Declaration signed');
    expect(fitText('Tokyo Declaration signed by Hosokawa and Yeltsin', 30 * 6, mono)).toBe('Tokyo Declaration signed by…');
    expect(fitText('Japan imposes sanctions, on Russia', 25 * 6, mono)).toBe('Japan imposes sanctions…');
  });

  it('gives up when fewer than three words would show', () => {
    expect(fitText('Prime Minister Medvedev visits Kunashir', 16 * 6, mono)).toBeNull();
  });
});

describe('label lanes', () => {
  it('puts a label in the lowest lane with room for all of it, and shortens one only where no lane has room', () => {
    const lanes = labelLanes(2, 0, 400, 8, mono);
    expect(lanes.place('Twenty characters ok', 10, 10, 10, true)).toMatchObject({ lane: 0, anchor: 'start', text: 'Twenty characters ok' });
    // Right beside it: lane 0 is taken there, lane 1 is free.
    expect(lanes.place('Another twenty chars', 40, 40, 10, true)).toMatchObject({ lane: 1, text: 'Another twenty chars' });
    // Further on, lane 0 has room up to the edge (217 px), not for all 50 characters (300 px): without
    // shortening it is not placed, with it it takes the words that fit.
    const long = 'A title of fifty characters that will not fit all';
    expect(lanes.place(long, 170, 170, 10, false)).toBeNull();
    const cut = lanes.place(long, 170, 170, 10, true)!;
    expect(cut).toMatchObject({ lane: 0, anchor: 'start', text: 'A title of fifty characters that…' });
    expect(cut.x1).toBeLessThanOrEqual(400);
  });

  it('sets a label before its mark near the right edge', () => {
    const lanes = labelLanes(1, 0, 300, 8, mono);
    expect(lanes.place('Twenty characters ok', 280, 280, 10, true)).toMatchObject({ anchor: 'end', text: 'Twenty characters ok' });
  });
});

describe('groups', () => {
  it('say which months they cover and how many events they hold', () => {
    expect(groupRange(day('2022-02-18'), day('2022-03-21'))).toBe('Feb–Mar 2022');
    expect(groupRange(day('2022-12-05'), day('2022-12-16'))).toBe('Dec 2022');
    expect(groupRange(day('2022-12-05'), day('2023-01-03'))).toBe('Dec 2022–Jan 2023');
    expect(groupLabel(day('2022-02-18'), day('2022-03-21'), 'sanctions', 6)).toBe('Feb–Mar 2022: sanctions · 6 events');
    expect(groupLabel(day('2022-02-18'), day('2022-03-21'), null, 1)).toBe('Feb–Mar 2022 · 1 event');
    expect(crowded([0, 10, 20])).toBe(true);
    expect(crowded([0, 3 * GROUP_SPACING])).toBe(false);
    expect(crowded([5])).toBe(false);
  });

  it('collapse the crowded February–March 2022 events into one labelled mark at the full view, landmarks keeping their own labels', () => {
    const full = layoutTimeline(events, { width: 1000, groups });
    const group = full.groups.find((g) => g.id === 'group-2022-invasion-sanctions')!;
    expect(group.title).toBe('Feb–Mar 2022: invasion, sanctions, talks halted · 7 events');
    expect(group.label.text).toBe(group.title);
    expect(group.members).toHaveLength(7);
    for (const id of group.members) {
      const e = full.events.find((p) => p.id === id)!;
      if (e.importance === 3) expect(e.label?.text).toBe(events.find((x) => x.id === id)!.title);
      else expect([e.group, e.label]).toEqual([group.id, null]);
    }
    // Keyboard order: the group just before its first event.
    const at = full.order.indexOf(group.id);
    expect(full.order[at + 1]).toBe('2022-02-18-us-estimate-of-build-up');
    expect(full.order.filter((id) => !id.startsWith('group-'))).toEqual(full.events.map((e) => e.id));
  });

  it('open when zoomed in far enough for their events to be labelled one by one', () => {
    const zoomed = layoutTimeline(events, { width: 1000, groups, domain: [day('2022-02-12'), day('2022-03-28')] });
    expect(zoomed.groups.find((g) => g.id === 'group-2022-invasion-sanctions')).toBeUndefined();
    const first = zoomed.events.find((e) => e.id === '2022-02-23-sanctions-package-1')!;
    expect(first.label?.text).toBe('Japan’s first 2022 sanctions package against Russia');
  });

  it('drop the summary when a filter hides some of their events', () => {
    const layout = layoutTimeline(
      events.filter((e) => e.category !== 'military'),
      { width: 1000, groups, scaleEvents: events },
    );
    expect(layout.groups.find((g) => g.id === 'group-2022-invasion-sanctions')?.title).toBe('Feb–Mar 2022 · 5 events');
  });

  it('are read from content/timeline-groups.yaml, and a wrong event id or an event in two groups fails with the file named', () => {
    const ids = new Set(events.map((e) => e.id));
    expect(loadTimelineGroups(ids, 'content/timeline-groups.yaml')).toEqual(groups);
    const dir = mkdtempSync(join(tmpdir(), 'tl-groups-'));
    expect(loadTimelineGroups(ids, join(dir, 'none.yaml'))).toEqual([]);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      '- id: one\n  summary: two events\n  ja: { summary: 二つの出来事 }\n  events: [1993-10-13-tokyo-declaration, 1993-10-14-no-such-event]\n' +
        '- id: two\n  summary: again\n  ja: { summary: もう一度 }\n  events: [1993-10-13-tokyo-declaration, 1997-11-01-krasnoyarsk-summit]\n',
    );
    expect(() => loadTimelineGroups(ids, bad)).toThrow(/bad\.yaml: group "one" names "1993-10-14-no-such-event"/);
    expect(() => loadTimelineGroups(ids, bad)).toThrow(/"1993-10-13-tokyo-declaration" is in two groups, "one" and "two"/);
    writeFileSync(bad, '- id: One\n  summary: x\n  events: []\n');
    expect(() => loadTimelineGroups(ids, bad)).toThrow(/bad\.yaml: 0\.id: /);
    // Every group needs its Japanese summary, or the Japanese chart would show English.
    writeFileSync(bad, '- id: one\n  summary: two events\n  events: [1993-10-13-tokyo-declaration, 1997-11-01-krasnoyarsk-summit]\n');
    expect(() => loadTimelineGroups(ids, bad)).toThrow(/bad\.yaml: 0\.ja: /);
  });
});

describe('the full view', () => {
  it('shows the landmarks with their whole titles, at the widths the chart is drawn at', () => {
    for (const width of [900, 1000, 1240]) {
      const layout = layoutTimeline(events, { width, groups });
      for (const e of events.filter((x) => x.importance === 3)) {
        expect(layout.events.find((p) => p.id === e.id)?.label?.text, `${e.id} at ${width}`).toBe(e.title);
      }
    }
  });

  it('keeps every tick label inside the plot, at any zoom', () => {
    const domains: Array<[string, string] | undefined> = [
      undefined,
      ['2021-10-01', '2022-10-01'],
      ['1991-03-15', '1993-01-20'],
      ['2022-02-20', '2022-03-03'],
      ['1850-01-01', '1930-01-01'],
    ];
    for (const d of domains) {
      const layout = layoutTimeline(events, { width: 800, domain: d && [day(d[0]), day(d[1])] });
      expect(layout.ticks.length).toBeGreaterThan(1);
      for (const t of layout.ticks) {
        const half = textWidth(t.label) / 2;
        expect(t.x - half, `${t.label} in ${d?.join('–') ?? 'full'}`).toBeGreaterThanOrEqual(layout.plot.left);
        expect(t.x + half).toBeLessThanOrEqual(layout.plot.right);
      }
    }
  });
});

describe('time scale', () => {
  it('maps time piecewise, broken where the pieces meet, and back', () => {
    const scale = timeScale([0, 100, 1000], [0, 50, 100]);
    expect(scale(50)).toBe(25);
    expect(scale(550)).toBe(75);
    expect(scale(new Date(100))).toBe(50);
    expect(scale(2000)).toBeCloseTo(155.6, 1);
    expect(scale.invert(75)).toBe(550);
    expect(scale.domain()).toEqual([0, 100, 1000]);
  });
});

describe('the phone layout', () => {
  it('runs time down the page, labels the landmarks and keeps labels apart and inside', () => {
    const layout = layoutVertical(events, { width: 360, height: 1600, groups });
    const ys = layout.marks.map((m) => m.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(layout.marks.filter((m) => m.event)).toHaveLength(events.length);
    for (const e of events.filter((x) => x.importance === 3)) {
      expect(layout.marks.find((m) => m.id === e.id)?.label?.lines.join(' '), e.id).toBe(e.title);
    }
    const bands = layout.marks.flatMap((m) => (m.label ? [[m.label.y, m.label.y + m.label.lines.length * 15] as const] : []));
    for (const [i, a] of bands.entries()) {
      for (const b of bands.slice(i + 1)) expect(a[0] < b[1] && b[0] < a[1]).toBe(false);
    }
    for (const m of layout.marks) {
      for (const line of m.label?.lines ?? []) expect(textWidth(line)).toBeLessThanOrEqual(360 - layout.labelX);
    }
    expect(layout.ticks.every((t) => t.x >= 0 && t.x <= 1600)).toBe(true);
    expect(layout.breakY).not.toBeNull();
  });

  it('wraps a title onto lines, shortening only the last one when there are too many', () => {
    expect(wrapText('one two three four', 9 * 6, 3, mono)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four five six', 9 * 6, 2, mono)).toEqual(['one two', 'three…']);
  });
});

describe('dates in the list', () => {
  it('say the year once under a heading that gives it', () => {
    expect(formatWithinYear('en', '1855-02-07', 'day')).toBe('7 February');
    expect(formatWithinYear('en', '1918-08', 'month')).toBe('August');
    expect(formatWithinYear('en', '1999', 'year')).toBe('');
    expect(formatWithinYear('en', '1945-08-28', 'day', '1945-09-05')).toBe('28 August – 5 September');
    expect(formatWithinYear('en', '2022-12-30', 'day', '2023-01-02')).toBeNull();
  });
});
