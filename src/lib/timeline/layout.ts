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
 * drops the minor labels. Every event has exactly one mark.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { axisDate, type Precision } from '../dates';
import type { Category } from '../categories';
import { ERAS, type Era } from './eras';

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

/** A d3-zoom style transform: screen x = k · base x + x. */
export interface ZoomTransform {
  k: number;
  x: number;
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

export interface Tick {
  x: number;
  /** ISO date of the tick. */
  date: string;
  label: string;
  kind: 'year' | 'month' | 'day';
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

export const MARGIN = { left: 12, right: 12, top: 26 };
const LANE_HEIGHT = 20;
const DEFAULT_LANES = 7;
const MARK_ROW = 14;
const MARK_ROWS = 3;
const AXIS_HEIGHT = 34;
const FONT_SIZE = 12;
/** Estimated average glyph width for 12 px UI text, on the generous side so estimates err towards space. */
const CHAR_WIDTH = 0.6 * FONT_SIZE;
/** Half the largest symbol's width. */
const MARK_RADIUS = 7;
/** Outer radius of the ring drawn round a focused or selected mark. */
export const RING_RADIUS = MARK_RADIUS + 3;
/** Space between the plot edge and the first or last event at the full view. */
export const PLOT_INSET = RING_RADIUS + 2;
/** Minimum gap between labels, and between marks in one row. */
const LABEL_GAP = 8;
const MARK_GAP = 12;
const TICK_SPACING = 84;

/**
 * The record runs from 1855, but most events are after 1990. A
 * linear axis would crush those three decades into a fifth of the width, and
 * a 1993–2023 window would hide the treaties the dispute turns on. So the
 * axis is broken: before 1990 it is compressed into COMPRESSED_SHARE of the
 * width, marked with a break symbol; zooming keeps each part linear.
 */
export const SCALE_BREAK = new Date(Date.UTC(1990, 0, 1));
export const COMPRESSED_SHARE = 0.22;
/** Only break the axis when the record is long enough for it to matter. */
const BREAK_MIN_SPAN_YEARS = 60;

const YEAR_MS = 365.25 * 864e5;

/**
 * Time positions of an event (start and, for ranges, end) in ms. Cached per
 * event object: the browser lays out the same objects on every zoom step,
 * and parsing dates was most of the layout's time with 1,000 events.
 */
const timesCache = new WeakMap<TimelineEvent, [number, number]>();
function eventTimes(e: TimelineEvent): [number, number] {
  let t = timesCache.get(e);
  if (!t) {
    const start = +axisDate(e.date, e.precision);
    t = [start, e.endDate ? +axisDate(e.endDate, 'day') : start];
    timesCache.set(e, t);
  }
  return t;
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

/** Chronological order of events (start on the axis, then id): the keyboard and list order. */
export function chronological(a: Pick<TimelineEvent, 'id' | 'date' | 'precision'>, b: Pick<TimelineEvent, 'id' | 'date' | 'precision'>): number {
  return +axisDate(a.date, a.precision) - +axisDate(b.date, b.precision) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The label on the chart: the title, shortened at a word boundary. */
export function shortLabel(title: string, max = 34): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

export function layoutHeight(lanes = DEFAULT_LANES): number {
  return MARGIN.top + lanes * LANE_HEIGHT + MARK_ROWS * MARK_ROW + AXIS_HEIGHT;
}

/**
 * The unzoomed scale over all events: padded extent, broken at SCALE_BREAK
 * when the record spans more than BREAK_MIN_SPAN_YEARS across it.
 */
export function baseScale(events: readonly TimelineEvent[], width: number): ScaleTime<number, number> {
  // Inset so the first and last marks, and a label beside them, fit inside the plot.
  const left = MARGIN.left + PLOT_INSET;
  const right = Math.max(left + 1, width - MARGIN.right - PLOT_INSET);
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    const [a, b] = eventTimes(e);
    min = Math.min(min, a);
    max = Math.max(max, b);
  }
  if (!Number.isFinite(min)) {
    // No events: show the current decade rather than fail.
    min = Date.UTC(2020, 0, 1);
    max = Date.UTC(2030, 0, 1);
  }
  const pad = Math.max((max - min) * 0.02, 60 * 864e5);
  const start = utcMonth.floor(new Date(min - pad));
  const end = utcMonth.ceil(new Date(max + pad));
  const spanYears = (+end - +start) / YEAR_MS;
  const breaks = +start < +SCALE_BREAK && +end > +SCALE_BREAK && spanYears > BREAK_MIN_SPAN_YEARS;
  if (breaks) {
    const mid = left + (right - left) * COMPRESSED_SHARE;
    return scaleUtc().domain([start, SCALE_BREAK, end]).range([left, mid, right]);
  }
  return scaleUtc().domain([start, end]).range([left, right]);
}

/** The base scale as the zoom transform moves it. */
function zoomScale(base: ScaleTime<number, number>, t: ZoomTransform): ScaleTime<number, number> {
  return base.copy().range(base.range().map((r) => r * t.k + t.x));
}

/** The transform that shows `domain` across the plot area. */
export function transformForDomain(base: ScaleTime<number, number>, domain: readonly [Date, Date], width: number): ZoomTransform {
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const a = base(domain[0]);
  const b = base(domain[1]);
  const k = (right - left) / Math.max(1e-9, b - a);
  return { k, x: left - k * a };
}

const fmtYear = utcFormat('%Y');
const fmtMonth = utcFormat('%b');
const fmtMonthYear = utcFormat('%b %Y');
const fmtDay = utcFormat('%-d');
const fmtDayMonth = utcFormat('%-d %b');
const fmtDayFull = utcFormat('%-d %b %Y');

/**
 * Ticks for the visible part of each linear piece of the scale, at d3's
 * "nice" intervals, never finer than a day. Labels read as a multi-scale
 * axis (1993 · Feb · Mar …, or 24 Feb 2022 · 25 · 26 … 1 Mar): the first
 * tick and each change of month or year are written out, so a zoomed view
 * always says where it is.
 */
function axisTicks(scale: ScaleTime<number, number>, left: number, right: number): Tick[] {
  const domain = scale.domain();
  const range = scale.range();
  const raw: Array<{ date: Date; kind: Tick['kind'] }> = [];
  for (let i = 0; i < domain.length - 1; i++) {
    const a = Math.max(left, range[i]!);
    const b = Math.min(right, range[i + 1]!);
    if (b - a < 1) continue;
    const d0 = scale.invert(a);
    const d1 = scale.invert(b);
    const count = Math.max(1, Math.floor((b - a) / TICK_SPACING));
    const days = (+d1 - +d0) / 864e5;
    const piece = scaleUtc().domain([d0, d1]);
    const dates = days / count < 1 ? piece.ticks(utcDay) : piece.ticks(count);
    const kind: Tick['kind'] = dates.every((d) => +utcYear.floor(d) === +d)
      ? 'year'
      : dates.every((d) => +utcMonth.floor(d) === +d)
        ? 'month'
        : 'day';
    for (const date of dates) raw.push({ date, kind });
  }
  raw.sort((p, q) => +p.date - +q.date);

  const ticks: Tick[] = [];
  let lastRight = -Infinity;
  for (const { date, kind } of raw) {
    if (ticks.length && ticks[ticks.length - 1]!.date === date.toISOString()) continue;
    const previous = ticks.length ? new Date(ticks[ticks.length - 1]!.date) : null;
    const newYear = previous?.getUTCFullYear() !== date.getUTCFullYear();
    const newMonth = newYear || previous.getUTCMonth() !== date.getUTCMonth();
    let label: string;
    if (kind === 'year' || +utcYear.floor(date) === +date) label = fmtYear(date);
    else if (kind === 'month' || +utcMonth.floor(date) === +date) label = newYear ? fmtMonthYear(date) : fmtMonth(date);
    // Weekly ticks rarely fall on the 1st: name the month (and year) where it changes.
    else label = newYear ? fmtDayFull(date) : newMonth ? fmtDayMonth(date) : fmtDay(date);
    const x = scale(date);
    const half = textWidth(label) / 2;
    // Where two pieces of a broken scale meet, their ticks can crowd: keep the first.
    if (x - half < lastRight + 6) continue;
    lastRight = x + half;
    ticks.push({ x, date: date.toISOString(), label, kind });
  }
  return ticks;
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
  const transform = options.domain
    ? transformForDomain(base, options.domain, width)
    : (options.transform ?? { k: 1, x: 0 });
  const scale = zoomScale(base, transform);
  const domain: [Date, Date] = [scale.invert(left), scale.invert(right)];

  const sorted = events
    .map((e) => ({ e, t: eventTimes(e) }))
    .sort((a, b) => a.t[0] - b.t[0] || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));

  const placed: PlacedEvent[] = sorted.map(({ e, t }) => {
    const x = scale(t[0]);
    const x1 = scale(t[1]);
    return { id: e.id, category: e.category, importance: e.importance, x, x1, y: 0, lane: null, row: null, inView: x1 >= left && x <= right, label: null };
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
