/**
 * Dates in the reader's language. English keeps the site's own style
 * ("13 October 1993", lib/dates); Japanese is Intl's ja-JP (2022年12月16日,
 * 2022年12月, 2022年). Partial dates are calendar dates, so they are
 * formatted in UTC: no time zone can move them to the day before.
 */
import { formatDateRange, formatPartialDate, type Precision, precisionOf } from '../dates';
import type { Language } from './languages';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const japanese = Object.fromEntries(
  Object.entries(OPTIONS).map(([precision, options]) => [precision, new Intl.DateTimeFormat('ja-JP', options)]),
) as Record<Precision, Intl.DateTimeFormat>;

const utc = (value: string): Date => {
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

/** A partial date (YYYY, YYYY-MM or YYYY-MM-DD) as the language writes it. */
export function formatDate(lang: Language, value: string, precision: Precision = precisionOf(value)): string {
  return lang === 'en' ? formatPartialDate(value, precision) : japanese[precision].format(utc(value));
}

/**
 * A range of days without repeating what both ends share: "11–13 October
 * 1993", 1993年10月11日～13日, 1945年8月28日～9月5日. (Intl's own formatRange
 * falls back to 1993/10/11～1993/10/13 for ja-JP with long months.)
 */
export function formatRange(lang: Language, start: string, end?: string): string {
  if (lang === 'en') return formatDateRange(start, end);
  if (!end || end === start) return formatDate(lang, start);
  const [from, to] = [start, end].map((v) => japanese[precisionOf(v)].formatToParts(utc(v)));
  const shared = (type: Intl.DateTimeFormatPartTypes) =>
    from?.find((p) => p.type === type)?.value === to?.find((p) => p.type === type)?.value;
  // Leave out the year, then the month, while both ends share them.
  const drop = new Set<Intl.DateTimeFormatPartTypes>();
  if (shared('year')) {
    drop.add('year');
    if (shared('month')) drop.add('month');
  }
  let skipping = true;
  const tail = (to ?? []).filter((p) => {
    if (!skipping) return true;
    if (drop.has(p.type)) return false;
    // The 年 or 月 after a dropped part goes with it.
    if (p.type === 'literal') return false;
    skipping = false;
    return true;
  });
  return `${formatDate(lang, start)}～${tail.map((p) => p.value).join('')}`;
}

/**
 * A date or range without its year, for a list headed by that year: "7 May",
 * 5月7日; "" when the date is the year alone; null when a range spans years
 * (it then needs them both).
 */
export function formatWithinYear(lang: Language, start: string, precision: Precision, end?: string): string | null {
  const year = start.slice(0, 4);
  if (end && end.slice(0, 4) !== year) return null;
  const full = end ? formatRange(lang, start, end) : formatDate(lang, start, precision);
  if (lang === 'en') return full === year ? '' : full.slice(0, -year.length - 1);
  return full === `${year}年` ? '' : full.slice(`${year}年`.length);
}
