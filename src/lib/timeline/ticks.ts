/** Axis ticks at every zoom, from years down to days, labelled without repeating the year or month. */
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import { monthAbbr } from '../dates';
import type { Language } from '../i18n/languages';
import type { TimeScale } from './scale';
import type { Measure } from './labels';
import { TICK_SPACING, textWidth } from './metrics';

export interface Tick {
  x: number;
  /** ISO date of the tick. */
  date: string;
  label: string;
  kind: 'year' | 'month' | 'day';
}

/** How each language writes a tick: the year, a month (with its year where the year changes), a day (with its month, and year). */
interface TickFormat {
  year: (d: Date) => string;
  month: (d: Date) => string;
  monthYear: (d: Date) => string;
  day: (d: Date) => string;
  dayMonth: (d: Date) => string;
  dayFull: (d: Date) => string;
}

const fmtYear = (d: Date) => String(d.getUTCFullYear());
const fmtDayMonth = (d: Date) => `${d.getUTCDate()} ${monthAbbr(d)}`;
const ENGLISH: TickFormat = {
  year: fmtYear,
  month: monthAbbr,
  monthYear: (d) => `${monthAbbr(d)} ${fmtYear(d)}`,
  day: (d) => String(d.getUTCDate()),
  dayMonth: fmtDayMonth,
  dayFull: (d) => `${fmtDayMonth(d)} ${fmtYear(d)}`,
};

/** Japanese ticks from Intl's ja-JP: 2022年, 2022年12月, 12月, 2022年12月16日, 12月16日, 16日. */
function japanese(): TickFormat {
  const f = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat('ja-JP', { ...options, timeZone: 'UTC' });
    return (d: Date) => format.format(d);
  };
  return {
    year: f({ year: 'numeric' }),
    month: f({ month: 'long' }),
    monthYear: f({ year: 'numeric', month: 'long' }),
    day: f({ day: 'numeric' }),
    dayMonth: f({ month: 'long', day: 'numeric' }),
    dayFull: f({ year: 'numeric', month: 'long', day: 'numeric' }),
  };
}

let ja: TickFormat | undefined;
const formatFor = (lang: Language): TickFormat => (lang === 'en' ? ENGLISH : (ja ??= japanese()));

/**
 * Ticks for the visible part of each linear piece of the scale, at d3's
 * "nice" intervals, never finer than a day. Labels read as a multi-scale
 * axis (1993 · Feb · Mar …, or 24 Feb 2022 · 25 · 26 … 1 Mar): the first
 * tick and each change of month or year are written out, so a zoomed view
 * always says where it is. A tick whose label would reach past the plot's
 * edge is left out (the next one then says the month and year), so no label is clipped.
 */
export function axisTicks(scale: TimeScale, left: number, right: number, measure: Measure = textWidth, lang: Language = 'en'): Tick[] {
  const fmt = formatFor(lang);
  const domain = scale.domain();
  const range = scale.range();
  const raw: Array<{ date: Date; kind: Tick['kind'] }> = [];
  for (let i = 0; i < domain.length - 1; i++) {
    const a = Math.max(left, range[i]!);
    const b = Math.min(right, range[i + 1]!);
    if (b - a < 1) continue;
    const d0 = new Date(scale.invert(a));
    const d1 = new Date(scale.invert(b));
    const count = Math.max(1, Math.floor((b - a) / TICK_SPACING));
    const days = (+d1 - +d0) / 864e5;
    // d3's "nice" time intervals (what a d3 time scale's ticks() gives), never finer than a day.
    const dates = days / count < 1 ? utcDay.range(d0, new Date(+d1 + 1)) : utcTicks(d0, d1, count);
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
    if (kind === 'year' || +utcYear.floor(date) === +date) label = fmt.year(date);
    else if (kind === 'month' || +utcMonth.floor(date) === +date) label = newYear ? fmt.monthYear(date) : fmt.month(date);
    // Weekly ticks rarely fall on the 1st: name the month (and year) where it changes.
    else label = newYear ? fmt.dayFull(date) : newMonth ? fmt.dayMonth(date) : fmt.day(date);
    const x = scale(date);
    // Year labels are semibold, wider than the measure's regular weight: allow for it.
    const half = measure(label) * 0.56;
    if (x - half < left || x + half > right) continue;
    // Where two pieces of a broken scale meet, their ticks can crowd: keep the first.
    if (x - half < lastRight + 6) continue;
    lastRight = x + half;
    ticks.push({ x, date: date.toISOString(), label, kind });
  }
  return ticks;
}
