import { describe, expect, it } from 'vitest';
import {
  axisDate,
  comparePartialDates,
  formatDateRange,
  formatPartialDate,
  isValidPartialDate,
  precisionOf,
  startOf,
  yearOf,
} from '../../src/lib/dates';

describe('isValidPartialDate', () => {
  it.each(['1993', '1993-10', '1993-10-13', '2024-02-29'])('accepts %s', (d) => expect(isValidPartialDate(d)).toBe(true));
  it.each(['93', '1993-13', '1993-00', '2022-02-30', '2023-02-29', '1993-10-1', '13/10/1993', ''])('rejects %s', (d) =>
    expect(isValidPartialDate(d)).toBe(false),
  );
});

describe('formatting', () => {
  it('writes a date at its precision', () => {
    expect(formatPartialDate('1993-10-13')).toBe('13 October 1993');
    expect(formatPartialDate('2016-11')).toBe('November 2016');
    expect(formatPartialDate('1875')).toBe('1875');
    expect(formatPartialDate('2016-11-01', 'month')).toBe('November 2016');
  });

  it('writes ranges without repeating the shared month or year', () => {
    expect(formatDateRange('1993-10-11', '1993-10-13')).toBe('11–13 October 1993');
    expect(formatDateRange('1945-08-28', '1945-09-05')).toBe('28 August – 5 September 1945');
    expect(formatDateRange('1999-12-30', '2000-01-02')).toBe('30 December 1999 – 2 January 2000');
    expect(formatDateRange('2022-02-24')).toBe('24 February 2022');
  });
});

describe('axis positions', () => {
  it('puts a day at noon UTC, a month mid-month and a year mid-year', () => {
    expect(axisDate('1993-10-13').toISOString()).toBe('1993-10-13T12:00:00.000Z');
    expect(axisDate('2016-11').toISOString()).toBe('2016-11-15T00:00:00.000Z');
    expect(axisDate('1875').toISOString()).toBe('1875-07-02T00:00:00.000Z');
  });

  it('knows where a period starts and its precision', () => {
    expect(startOf('2016-11').toISOString()).toBe('2016-11-01T00:00:00.000Z');
    expect(precisionOf('2016')).toBe('year');
    expect(precisionOf('2016-11')).toBe('month');
    expect(precisionOf('2016-11-01')).toBe('day');
    expect(yearOf('2016-11-01')).toBe(2016);
  });

  it('orders partial dates chronologically', () => {
    const sorted = ['2022-12-16', '1993', '2022-02', '2022-02-24'].sort(comparePartialDates);
    expect(sorted).toEqual(['1993', '2022-02', '2022-02-24', '2022-12-16']);
  });
});
