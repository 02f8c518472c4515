/**
 * The timeline's time scale: the unzoomed scale over all events, broken at
 * 1990, and what a zoom transform does to it. Also the order of events,
 * which follows their position on this axis.
 */
import { utcMonth } from 'd3-time';
import { axisDate } from '../dates';
import type { TimelineEvent } from './layout';
import { MARGIN, PLOT_INSET } from './metrics';

/** A d3-zoom style transform: screen x = k · base x + x. */
export interface ZoomTransform {
  k: number;
  x: number;
}

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
 * A piecewise linear map from time (ms, or a Date) to x, and back: all of d3's
 * time scale the chart uses. Its own, so the browser does not ship d3-scale
 * and the d3-time-format that d3's time scale brings with it.
 */
export interface TimeScale {
  (t: number | Date): number;
  invert(x: number): number;
  /** The times where the pieces meet, in ms (two, or three for a broken axis). */
  domain(): number[];
  range(): number[];
}

/** The point on the line through (a, c) and (b, d) at `v`, in the piece of `xs` that holds v (or the end piece beyond it). */
function piecewise(xs: readonly number[], ys: readonly number[], v: number): number {
  let i = 1;
  while (i < xs.length - 1 && v > xs[i]!) i++;
  const a = xs[i - 1]!;
  const b = xs[i]!;
  const t = (v - a) / (b - a || 1);
  // d3's interpolation, (1 − t)·c + t·d: exact at the ends, so a day maps back to its midnight.
  return ys[i - 1]! * (1 - t) + ys[i]! * t;
}

export function timeScale(domain: readonly number[], range: readonly number[]): TimeScale {
  const scale = (t: number | Date) => piecewise(domain, range, +t);
  scale.invert = (x: number) => piecewise(range, domain, x);
  scale.domain = () => [...domain];
  scale.range = () => [...range];
  return scale;
}

/**
 * Time positions of an event (start and, for ranges, end) in ms. Cached per
 * event object: the browser lays out the same objects on every zoom step,
 * and parsing dates was most of the layout's time with 1,000 events.
 */
const timesCache = new WeakMap<TimelineEvent, [number, number]>();
export function eventTimes(e: TimelineEvent): [number, number] {
  let t = timesCache.get(e);
  if (!t) {
    const start = +axisDate(e.date, e.precision);
    t = [start, e.endDate ? +axisDate(e.endDate, 'day') : start];
    timesCache.set(e, t);
  }
  return t;
}

/** Chronological order of events (start on the axis, then id): the keyboard and list order. */
export function chronological(
  a: Pick<TimelineEvent, 'id' | 'date' | 'precision'>,
  b: Pick<TimelineEvent, 'id' | 'date' | 'precision'>,
): number {
  return +axisDate(a.date, a.precision) - +axisDate(b.date, b.precision) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The unzoomed scale over all events: padded extent, broken at SCALE_BREAK
 * when the record spans more than BREAK_MIN_SPAN_YEARS across it.
 */
export function baseScale(events: readonly TimelineEvent[], width: number): TimeScale {
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
    return timeScale([+start, +SCALE_BREAK, +end], [left, mid, right]);
  }
  return timeScale([+start, +end], [left, right]);
}

/** The base scale as the zoom transform moves it. */
export function zoomScale(base: TimeScale, t: ZoomTransform): TimeScale {
  return timeScale(
    base.domain(),
    base.range().map((r) => r * t.k + t.x),
  );
}

/** The transform that shows `domain` across the plot area. */
export function transformForDomain(base: TimeScale, domain: readonly [Date, Date], width: number): ZoomTransform {
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const a = base(domain[0]);
  const b = base(domain[1]);
  const k = (right - left) / Math.max(1e-9, b - a);
  return { k, x: left - k * a };
}
