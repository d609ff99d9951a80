import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDayOf, localToday, readDate } from './dates';

const zone = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  process.env.TZ = zone;
});

/** Today in a time zone at an instant (Node reads TZ afresh when it is set). */
function todayIn(timeZone: string, instant: string): string {
  process.env.TZ = timeZone;
  vi.useFakeTimers();
  vi.setSystemTime(new Date(instant));
  return localToday();
}

describe('localToday', () => {
  it('is already tomorrow in Asia when UTC is still on today', () => {
    // 20:00 UTC on 9 March is 01:45 on 10 March in Kathmandu.
    expect(todayIn('Asia/Kathmandu', '2022-03-09T20:00:00Z')).toBe('2022-03-10');
  });

  it('is still today west of UTC when UTC has moved on', () => {
    // 03:00 UTC on 10 March is 19:00 on 9 March in Los Angeles.
    expect(todayIn('America/Los_Angeles', '2022-03-10T03:00:00Z')).toBe('2022-03-09');
  });

  it('follows the furthest zone ahead (UTC+14)', () => {
    expect(todayIn('Pacific/Kiritimati', '2022-12-31T10:30:00Z')).toBe('2023-01-01');
  });

  it('agrees with UTC in UTC', () => {
    expect(todayIn('UTC', '2024-02-29T23:59:59Z')).toBe('2024-02-29');
  });
});

describe('localDayOf', () => {
  const lastModified = 'Wed, 09 Mar 2022 20:00:00 GMT';

  it('gives the day a server’s moment falls on for the reader, not in UTC', () => {
    process.env.TZ = 'Asia/Kathmandu';
    expect(localDayOf(lastModified)).toBe('2022-03-10');
    process.env.TZ = 'America/Los_Angeles';
    expect(localDayOf(lastModified)).toBe('2022-03-09');
  });

  it('gives nothing for a moment missing or unreadable', () => {
    expect(localDayOf(undefined)).toBeUndefined();
    expect(localDayOf('')).toBeUndefined();
    expect(localDayOf('yesterday')).toBeUndefined();
  });
});

describe('readDate', () => {
  it('reads YYYY-MM-DD as it is', () => {
    expect(readDate('2022-03-09')).toEqual({ date: '2022-03-09' });
    expect(readDate(' 2024-02-29 ')).toEqual({ date: '2024-02-29' });
  });

  it('reads day/month/year with /, . or - and one or two digits', () => {
    expect(readDate('09/03/2022')).toEqual({ date: '2022-03-09', monthFirst: '2022-09-03' });
    expect(readDate('9.3.2022')).toEqual({ date: '2022-03-09', monthFirst: '2022-09-03' });
    expect(readDate('9-3-2022')).toEqual({ date: '2022-03-09', monthFirst: '2022-09-03' });
    expect(readDate(' 25/12/2021 ')).toEqual({ date: '2021-12-25' });
    expect(readDate('13.01.2020')).toEqual({ date: '2020-01-13' });
    expect(readDate('29/02/2024')).toEqual({ date: '2024-02-29' });
  });

  it('gives the month-first day only when the day could be a month giving another day', () => {
    expect(readDate('12/11/2022')).toEqual({ date: '2022-11-12', monthFirst: '2022-12-11' });
    expect(readDate('01/12/2022')).toEqual({ date: '2022-12-01', monthFirst: '2022-01-12' });
    expect(readDate('05/05/2022')).toEqual({ date: '2022-05-05' });
    expect(readDate('5/05/2022')).toEqual({ date: '2022-05-05' });
    expect(readDate('13/12/2022')).toEqual({ date: '2022-12-13' });
    // 30/01 month first would be the 1st of a 30th month.
    expect(readDate('30/01/2022')).toEqual({ date: '2022-01-30' });
  });

  it('reads nothing else: month/day/year past the 12th, days that do not exist, short years, mixed separators', () => {
    for (const text of [
      '03/13/2022',
      '31/02/2022',
      '29/02/2023',
      '00/01/2022',
      '10/00/2022',
      '9/3/22',
      '09/03.2022',
      '2022/03/09',
      '2022-3-9',
      '2022-02-30',
      '9 March 2022',
      '090/3/2022',
      'x9/3/2022',
      '9/3/20221',
      '44629',
      // Years before 100, as in YYYY-MM-DD.
      '09/03/0050',
      '01/01/0000',
      '',
    ])
      expect(readDate(text), text).toBeUndefined();
  });
});
