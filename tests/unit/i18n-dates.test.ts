/** Dates in each language (src/lib/i18n/dates.ts). */
import { describe, expect, it } from 'vitest';
import { formatDate, formatRange, formatWithinYear } from '../../src/lib/i18n/dates';

describe('dates in Japanese', () => {
  it.each([
    ['2022-12-16', '2022年12月16日'],
    ['2022-12', '2022年12月'],
    ['1855', '1855年'],
    ['1855-02-07', '1855年2月7日'],
  ])('%s is %s', (value, expected) => expect(formatDate('ja', value)).toBe(expected));

  it('follows the precision given, not only the shape of the date', () => {
    expect(formatDate('ja', '2022-12-16', 'month')).toBe('2022年12月');
    expect(formatDate('ja', '2022-12-16', 'year')).toBe('2022年');
  });

  it.each([
    ['1993-10-11', '1993-10-13', '1993年10月11日～13日'],
    ['1945-08-28', '1945-09-05', '1945年8月28日～9月5日'],
    ['1918-08', '1922-10', '1918年8月～1922年10月'],
    ['1999-12-31', '2000-01-01', '1999年12月31日～2000年1月1日'],
    ['2022-12-16', '2022-12-16', '2022年12月16日'],
  ])('the range %s to %s is %s', (start, end, expected) => expect(formatRange('ja', start, end)).toBe(expected));

  it('a range with no end is its start', () => expect(formatRange('ja', '2022-12-16')).toBe('2022年12月16日'));
});

describe('dates in English stay the site style', () => {
  it('formats dates and ranges as before', () => {
    expect(formatDate('en', '1993-10-13')).toBe('13 October 1993');
    expect(formatDate('en', '2022-12')).toBe('December 2022');
    expect(formatRange('en', '1993-10-11', '1993-10-13')).toBe('11–13 October 1993');
  });
});

describe('dates within a year', () => {
  it.each([
    ['en', '1875-05-07', 'day', undefined, '7 May'],
    ['ja', '1875-05-07', 'day', undefined, '5月7日'],
    ['en', '1918-08', 'month', undefined, 'August'],
    ['ja', '1918-08', 'month', undefined, '8月'],
    ['en', '1855', 'year', undefined, ''],
    ['ja', '1855', 'year', undefined, ''],
    ['ja', '1993-10-11', 'day', '1993-10-13', '10月11日～13日'],
    ['en', '1999-12-31', 'day', '2000-01-01', null],
  ] as const)('%s %s is %j', (lang, start, precision, end, expected) =>
    expect(formatWithinYear(lang, start, precision, end)).toBe(expected),
  );
});
