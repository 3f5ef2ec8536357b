import { describe, expect, it } from 'vitest';
import { checkedIn, clockSeen, leaseState, type LeaseRecord } from './lease-state';

const at = (iso: string) => new Date(iso);
const record = (over: Partial<LeaseRecord> = {}): LeaseRecord => ({
  deviceId: 'd1',
  expiresAt: '2027-01-05T12:00:00.000Z',
  latestSeen: '2026-12-06T12:00:00.000Z',
  serverUrl: 'https://amparo.example.org',
  ...over,
});

describe('lease state (issue 19 #2)', () => {
  it('is ok until 7 days before its end, then warns with the days left, then is expired', () => {
    expect(leaseState(record(), at('2026-12-20T12:00:00.000Z')).kind).toBe('ok');
    expect(leaseState(record(), at('2026-12-29T11:59:00.000Z'))).toMatchObject({ kind: 'ok' });
    expect(leaseState(record(), at('2026-12-29T12:00:00.000Z'))).toEqual({
      kind: 'warning',
      expiresAt: '2027-01-05T12:00:00.000Z',
      daysLeft: 7,
    });
    expect(leaseState(record(), at('2027-01-05T11:00:00.000Z'))).toMatchObject({ daysLeft: 1 });
    expect(leaseState(record(), at('2027-01-05T12:00:00.000Z'))).toMatchObject({
      kind: 'expired',
      reason: 'ended',
    });
  });

  it('a clock turned back before the latest time seen counts as expired, however far the end', () => {
    const seen = clockSeen(record(), at('2026-12-30T09:00:00.000Z'));
    // Expired on 5 January; the clock is set back to 1 December to get more days.
    expect(leaseState(seen, at('2026-12-01T09:00:00.000Z'))).toMatchObject({
      kind: 'expired',
      reason: 'clockBack',
    });
    // A few minutes behind the server is ordinary skew, not a turned-back clock.
    expect(leaseState(seen, at('2026-12-30T08:55:00.000Z')).kind).toBe('warning');
  });

  it('a check-in takes the server end, and the later of its time and the clock here', () => {
    const later = checkedIn(
      record({ latestSeen: '2026-12-08T00:00:00.000Z' }),
      {
        deviceId: 'd1',
        expiresAt: '2027-01-08T00:00:00.000Z',
        serverTime: '2026-12-09T00:00:00.000Z',
        serverUrl: null,
      },
      at('2026-12-09T00:02:00.000Z'),
    );
    expect(later).toEqual({
      deviceId: 'd1',
      expiresAt: '2027-01-08T00:00:00.000Z',
      latestSeen: '2026-12-09T00:02:00.000Z',
      serverUrl: 'https://amparo.example.org',
    });
    expect(leaseState(null, at('2026-12-08T00:00:00.000Z'))).toEqual({ kind: 'none' });
  });

  // Issue 21: laptop clocks skewed by up to 48 h. A time seen only on a clock that ran ahead is
  // later than the server's: once the clock is set right it read as a clock turned back, and the
  // check-in did not clear it, so the attorney stayed locked out for the 48 h, online or not.
  it('a check-in forgets a time seen on a clock that ran ahead and was set right since', () => {
    const ahead = clockSeen(record(), at('2026-12-12T12:00:00.000Z')); // 48 h ahead
    const now = at('2026-12-10T12:05:00.000Z'); // set right
    expect(leaseState(ahead, now)).toMatchObject({ kind: 'expired', reason: 'clockBack' });
    const after = checkedIn(
      ahead,
      {
        deviceId: 'd1',
        expiresAt: '2027-01-09T12:00:00.000Z',
        serverTime: '2026-12-10T12:04:00.000Z',
        serverUrl: null,
      },
      now,
    );
    expect(leaseState(after, now).kind).toBe('ok');
    // Turned back again afterwards, while offline: still seen.
    expect(leaseState(after, at('2026-12-01T00:00:00.000Z'))).toMatchObject({
      reason: 'clockBack',
    });
  });
});
