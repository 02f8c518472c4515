/**
 * Timeline layout: where every mark, label, tick and era band goes for a
 * given width and zoom. Pure (no DOM), so it runs at build time, in the
 * browser on every zoom step, and in unit tests alike.
 *
 * Geometry, top to bottom: era labels, label lanes (lane 0 nearest the
 * axis), rows for unlabelled marks, the axis with its tick labels. A
 * labelled event's mark sits in its lane beside the text, which is the whole
 * title wherever some lane has room for it (./labels); a label that fits in
 * no lane is left out and the mark goes to the rows by the axis (it keeps
 * its accessible name). Landmarks are placed first, then the groups of
 * crowded events (./clusters), so thinning at low zoom drops the minor
 * labels. Every event has exactly one mark. The scale is in ./scale, the
 * ticks in ./ticks, the sizes in ./metrics.
 */
import { axisDate, type Precision } from '../dates';
import type { Category } from '../categories';
import type { Language } from '../i18n/languages';
import { crowded, groupLabel, type TimelineGroup } from './clusters';
import { ERAS, type Era } from './eras';
import { labelLanes, type Measure } from './labels';
import {
  DEFAULT_LANES,
  FONT_SIZE,
  LABEL_GAP,
  LANE_HEIGHT,
  MARGIN,
  MARK_GAP,
  MARK_ROW,
  MARK_ROWS,
  RING_RADIUS,
  layoutHeight,
  textWidth,
} from './metrics';
import { SCALE_BREAK, baseScale, eventTimes, transformForDomain, zoomScale, type ZoomTransform } from './scale';
import { axisTicks, type Tick } from './ticks';

/** What the layout needs to know about an event. */
export interface TimelineEvent {
  id: string;
  title: string;
  date: string;
  precision: Precision;
  endDate?: string | undefined;
  category: Category;
  importance: 1 | 2 | 3;
}

export interface LayoutOptions {
  /** Width of the drawing in px (the SVG's viewBox width). */
  width: number;
  /** Period to show; wins over `transform`. */
  domain?: readonly [Date, Date] | undefined;
  /** Zoom relative to the full view. */
  transform?: ZoomTransform | undefined;
  /** Events that fix the axis (default: `events`), so hiding some by filter does not move it. */
  scaleEvents?: readonly TimelineEvent[] | undefined;
  /** Number of label lanes. */
  lanes?: number | undefined;
  eras?: readonly Era[] | undefined;
  /** Groups of events drawn as one mark while crowded. */
  groups?: readonly TimelineGroup[] | undefined;
  /** Text width (default: metrics.ts's table; the browser measures its font). */
  measure?: Measure | undefined;
  /** The language of the tick labels and group labels (event titles and era labels come in it). */
  lang?: Language | undefined;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface PlacedLabel {
  text: string;
  lane: number;
  /** Where the text is anchored, and which end. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

export interface PlacedEvent {
  id: string;
  category: Category;
  importance: 1 | 2 | 3;
  /** Mark position; x1 is the end of a multi-day event (x1 = x otherwise). */
  x: number;
  x1: number;
  y: number;
  /** Label lane the mark sits in, beside its label; null when unlabelled. */
  lane: number | null;
  /** Row along the axis for an unlabelled mark; null when labelled. */
  row: number | null;
  /** True when the mark lies inside the plot area. */
  inView: boolean;
  label: PlacedLabel | null;
  /** The collapsed group whose label stands for this event's, if any. */
  group: string | null;
}

/** A collapsed group: a bracket over its events' marks, with its label. */
export interface PlacedGroup {
  /** `group-` and the group's id. */
  id: string;
  x: number;
  x1: number;
  y: number;
  label: PlacedLabel;
  /** The whole label, its accessible name (the drawn one may be shortened). */
  title: string;
  /** Its events that are shown, in chronological order. */
  members: string[];
  /** Period its events span, to zoom to when it opens. */
  domain: [Date, Date];
}

export interface EraBand {
  id: string;
  x0: number;
  x1: number;
  /** The label that fits the band ('' when none does). */
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  axisY: number;
  /** Visible period. */
  domain: [Date, Date];
  transform: ZoomTransform;
  ticks: Tick[];
  eras: EraBand[];
  /** x of the scale break (where the compressed pre-1990 part ends), when visible. */
  breakX: number | null;
  /** All events, in chronological order. */
  events: PlacedEvent[];
  /** Collapsed groups with a label, in chronological order. */
  groups: PlacedGroup[];
  /** Ids of events and groups in keyboard order: chronological, each group just before its first event. */
  order: string[];
}

/**
 * Lays out the timeline. Events may come in any order; they come back in
 * chronological order (ties by id), each with a mark and, where it fits, a label.
 */
export function layoutTimeline(events: readonly TimelineEvent[], options: LayoutOptions): TimelineLayout {
  const width = Math.max(100, options.width);
  const lanes = options.lanes ?? DEFAULT_LANES;
  const eras = options.eras ?? ERAS;
  const height = layoutHeight(lanes);
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const marksTop = top + lanes * LANE_HEIGHT;
  const axisY = marksTop + MARK_ROWS * MARK_ROW + 2;

  const base = baseScale(options.scaleEvents ?? events, width);
  const transform = options.domain ? transformForDomain(base, options.domain, width) : (options.transform ?? { k: 1, x: 0 });
  const scale = zoomScale(base, transform);
  // Rounded: a Date truncates, and floating point can land a hair before midnight.
  const domain: [Date, Date] = [new Date(Math.round(scale.invert(left))), new Date(Math.round(scale.invert(right)))];

  const sorted = events
    .map((e) => ({ e, t: eventTimes(e) }))
    .sort((a, b) => a.t[0] - b.t[0] || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));

  const placed: PlacedEvent[] = sorted.map(({ e, t }) => {
    const x = scale(t[0]);
    const x1 = scale(t[1]);
    return {
      id: e.id,
      category: e.category,
      importance: e.importance,
      x,
      x1,
      y: 0,
      lane: null,
      row: null,
      inView: x1 >= left && x <= right,
      label: null,
      group: null,
    };
  });

  // Groups whose shown events crowd together collapse into one labelled mark; their landmarks keep their own labels.
  const index = new Map(placed.map((p, i) => [p.id, { p, e: sorted[i]!.e }]));
  const candidates: Array<{ p: PlacedEvent | (Omit<PlacedGroup, 'label'> & { label: PlacedLabel | null }); text: string; rank: number }> =
    [];
  const groups: PlacedGroup[] = [];
  for (const g of options.groups ?? []) {
    const members = g.events.flatMap((id) => index.get(id) ?? []).sort((a, b) => a.p.x - b.p.x || (a.p.id < b.p.id ? -1 : 1));
    const first = members[0];
    const last = members.at(-1);
    if (!first || !last || !crowded(members.map((m) => m.p.x)) || last.p.x1 < left || first.p.x > right) continue;
    const domain: [Date, Date] = [new Date(eventTimes(first.e)[0]), new Date(eventTimes(last.e)[1])];
    const text = groupLabel(domain[0], domain[1], members.length === g.events.length ? g.summary : null, members.length, options.lang);
    const group = { id: `group-${g.id}`, x: first.p.x, x1: last.p.x1, y: 0, title: text, members: members.map((m) => m.p.id), domain };
    for (const m of members) if (m.e.importance < 3) m.p.group = group.id;
    candidates.push({ p: { ...group, label: null }, text, rank: 2.5 });
  }
  for (const [i, p] of placed.entries()) {
    if (!p.group && p.x >= left && p.x <= right) candidates.push({ p, text: sorted[i]!.e.title, rank: p.importance });
  }

  // Labels first: landmarks, then groups, then by importance and date; each
  // in the lowest lane where the mark and its whole text fit (./labels). The
  // mark moves up into that lane beside its text, so no line has to cross other labels.
  const measure = options.measure ?? textWidth;
  const laneSlots = labelLanes(lanes, left, right, LABEL_GAP, measure);
  // Within a rank, events after the break first: the axis gives that period the room, and it is the story the chart tells.
  const breakAt = base.domain().length > 2 ? scale(SCALE_BREAK) : -Infinity;
  const recent = (c: { p: { x: number } }) => (c.p.x >= breakAt ? 1 : 0);
  candidates.sort((a, b) => b.rank - a.rank || recent(b) - recent(a) || a.p.x - b.p.x);
  // Each rank twice: whole titles first, then shortened ones in the room left, so "…" goes only where no lane has room.
  for (const rank of [3, 2.5, 2, 1]) {
    for (const shorten of [false, true]) {
      for (const { p, text, rank: r } of candidates) {
        if (r !== rank || p.label) continue;
        const slot = laneSlots.place(text, p.x, p.x1, RING_RADIUS, shorten);
        if (!slot) continue;
        const y0 = top + (lanes - 1 - slot.lane) * LANE_HEIGHT + 1;
        p.y = y0 + LANE_HEIGHT / 2 - 1;
        const label = { text: slot.text, lane: slot.lane, x: slot.tx, y: p.y + FONT_SIZE * 0.35, anchor: slot.anchor };
        p.label = { ...label, box: { x0: slot.x0, x1: slot.x1, y0, y1: y0 + LANE_HEIGHT - 2 } };
        if ('members' in p) groups.push(p as PlacedGroup);
        else p.lane = slot.lane;
      }
    }
  }
  groups.sort((a, b) => a.x - b.x);

  // Unlabelled marks sit in rows along the axis: the lowest row with room,
  // else the least crowded one (they may then overlap, but stay focusable).
  const rowEnd = new Array<number>(MARK_ROWS).fill(-Infinity);
  for (const p of placed) {
    if (p.label) continue;
    let row = rowEnd.findIndex((end) => end <= p.x - MARK_GAP);
    if (row === -1) row = rowEnd.indexOf(Math.min(...rowEnd));
    rowEnd[row] = Math.max(p.x, p.x1);
    p.row = row;
    p.y = marksTop + (MARK_ROWS - 1 - row) * MARK_ROW + MARK_ROW / 2;
  }

  const eraBands: EraBand[] = [];
  for (const era of eras) {
    const x0 = Math.max(left, era.start ? scale(axisDate(era.start, 'day')) : -Infinity);
    const x1 = Math.min(right, era.end ? scale(axisDate(era.end, 'day')) : Infinity);
    if (x1 - x0 < 1) continue;
    const room = x1 - x0 - 8;
    const label = eraWidth(era.label, measure) <= room ? era.label : eraWidth(era.short, measure) <= room ? era.short : '';
    eraBands.push({ id: era.id, x0, x1, label });
  }

  const breakDomain = base.domain().length > 2 ? scale(SCALE_BREAK) : null;
  const breakX = breakDomain !== null && breakDomain > left && breakDomain < right ? breakDomain : null;

  return {
    width,
    height,
    plot: { left, right, top, bottom: axisY },
    axisY,
    domain,
    transform,
    ticks: axisTicks(scale, left, right, measure, options.lang),
    eras: eraBands,
    breakX,
    events: placed,
    groups,
    order: focusOrder(placed, groups),
  };
}

/** Keyboard order: events chronologically, each labelled group just before its first event. */
function focusOrder(events: readonly PlacedEvent[], groups: readonly PlacedGroup[]): string[] {
  const before = new Map(groups.map((g) => [g.members[0], g.id]));
  return events.flatMap((e) => {
    const g = before.get(e.id);
    return g ? [g, e.id] : [e.id];
  });
}

/** Era labels are set in 11 px capitals, semibold and letter-spaced (timeline.css): wider than the same text in 12 px. */
function eraWidth(text: string, measure: Measure): number {
  return measure(text.toUpperCase()) * 0.97 + text.length * 0.4;
}
