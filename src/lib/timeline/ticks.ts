/** Axis ticks at every zoom, from years down to days, labelled without repeating the year or month. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { TICK_SPACING, textWidth } from './metrics';

export interface Tick {
  x: number;
  /** ISO date of the tick. */
  date: string;
  label: string;
  kind: 'year' | 'month' | 'day';
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
export function axisTicks(scale: ScaleTime<number, number>, left: number, right: number): Tick[] {
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
