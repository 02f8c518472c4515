/**
 * Dates as the site writes them: partial ISO strings (YYYY, YYYY-MM, YYYY-MM-DD)
 * with an explicit precision. All arithmetic is in UTC so the build machine's
 * time zone never shifts a day.
 */
export type Precision = 'day' | 'month' | 'year';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** True for "2022", "2022-12" and "2022-12-16"; false for "2022-02-30" or "2022-13". */
/** A date's month, abbreviated ("Feb", "Sep"), in UTC. */
export function monthAbbr(date: Date): string {
  return MONTHS[date.getUTCMonth()]!.slice(0, 3);
}

export function isValidPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Precision implied by how much of the date is written. */
export function precisionOf(value: string): Precision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

function parts(value: string): [number, number, number] {
  const [y, m = '1', d = '1'] = value.split('-');
  return [Number(y), Number(m), Number(d)];
}

/** The first instant of the period a partial date names (UTC). */
export function startOf(value: string): Date {
  const [y, m, d] = parts(value);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Where a partial date sits on a time axis: a day at noon, a month or year at
 * its middle, so an imprecise event is not drawn as if it happened on the 1st.
 */
export function axisDate(value: string, precision: Precision = precisionOf(value)): Date {
  const [y, m, d] = parts(value);
  if (precision === 'year') return new Date(Date.UTC(y, 6, 2));
  if (precision === 'month') return new Date(Date.UTC(y, m - 1, 15));
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** "13 October 1993", "October 1993" or "1993". */
export function formatPartialDate(value: string, precision: Precision = precisionOf(value)): string {
  const [y, m, d] = parts(value);
  if (precision === 'year') return String(y);
  const month = MONTHS[m - 1];
  if (precision === 'month') return `${month} ${y}`;
  return `${d} ${month} ${y}`;
}

/**
 * A range such as "28 August – 5 September 1945" or "11–13 October 1993",
 * without repeating the month or year when they are shared.
 */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatPartialDate(start);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS[m2 - 1]} ${y2}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** Compare partial dates chronologically; a less precise date sorts first within its period. */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Year of a partial date. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
