/**
 * Timeline layout: where every mark, label, tick and era band goes for a
 * given width and zoom. Pure (no DOM), so it runs at build time, in the
 * browser on every zoom step, and in unit tests alike.
 *
 * Geometry, top to bottom: era labels, label lanes (lane 0 nearest the
 * axis), rows for unlabelled marks, the axis with its tick labels. A
 * labelled event's mark sits in its lane beside the text; a label that fits
 * in no lane is left out and the mark goes to the rows by the axis (it keeps
 * its accessible name). Landmarks are placed first, so thinning at low zoom
 * drops the minor labels. Every event has exactly one mark. The scale is in
 * ./scale, the ticks in ./ticks, the sizes in ./metrics.
 */
import { axisDate, type Precision } from '../dates';
import type { Category } from '../categories';
import { ERAS, type Era } from './eras';
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
}

const labelCache = new WeakMap<TimelineEvent, string>();
function labelOf(e: TimelineEvent): string {
  let text = labelCache.get(e);
  if (text === undefined) {
    text = shortLabel(e.title);
    labelCache.set(e, text);
  }
  return text;
}

/** The label on the chart: the title, shortened at a word boundary. */
export function shortLabel(title: string, max = 34): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Interval overlap with a gap. */
function overlaps(a0: number, a1: number, b0: number, b1: number, gap: number): boolean {
  return a0 < b1 + gap && b0 < a1 + gap;
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
  const domain: [Date, Date] = [scale.invert(left), scale.invert(right)];

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
    };
  });

  // Labels first: landmarks, then by date; each in the lowest lane where the
  // mark and its text fit without touching another. The mark moves up into
  // that lane beside its text, so no line has to cross other labels.
  const boxes: Array<Array<[number, number]>> = Array.from({ length: lanes }, () => []);
  const order = placed
    .map((p, i) => ({ p, e: sorted[i]!.e }))
    .filter(({ p }) => p.x >= left && p.x <= right)
    .sort((a, b) => b.e.importance - a.e.importance || a.p.x - b.p.x);
  for (const { p, e } of order) {
    const text = labelOf(e);
    const tw = textWidth(text);
    const end = Math.max(p.x, p.x1);
    const candidates = [
      // Text after the mark (and after the span of a multi-day event)...
      // (clear of the focus ring, RING_RADIUS).
      { anchor: 'start' as const, x0: p.x - RING_RADIUS, x1: end + RING_RADIUS + 1 + tw + 2, tx: end + RING_RADIUS + 1 },
      // ...or, near the right edge, before it.
      { anchor: 'end' as const, x0: p.x - RING_RADIUS - 1 - tw - 2, x1: end + RING_RADIUS, tx: p.x - RING_RADIUS - 1 },
    ];
    for (let lane = 0; lane < lanes && !p.label; lane++) {
      for (const c of candidates) {
        if (c.x0 < left || c.x1 > right) continue;
        if (boxes[lane]!.some(([a, b]) => overlaps(c.x0, c.x1, a, b, LABEL_GAP))) continue;
        boxes[lane]!.push([c.x0, c.x1]);
        const y0 = top + (lanes - 1 - lane) * LANE_HEIGHT + 1;
        p.lane = lane;
        p.y = y0 + LANE_HEIGHT / 2 - 1;
        p.label = {
          text,
          lane,
          x: c.tx,
          y: p.y + FONT_SIZE * 0.35,
          anchor: c.anchor,
          box: { x0: c.x0, x1: c.x1, y0, y1: y0 + LANE_HEIGHT - 2 },
        };
        break;
      }
    }
  }

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
    const label = textWidth(era.label) <= room ? era.label : textWidth(era.short) <= room ? era.short : '';
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
    ticks: axisTicks(scale, left, right),
    eras: eraBands,
    breakX,
    events: placed,
  };
}
