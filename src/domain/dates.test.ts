import { afterEach, describe, expect, it, vi } from 'vitest';
import { localToday } from './dates';

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
