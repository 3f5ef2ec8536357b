import { LEASE_WARNING_DAYS } from '../sync/protocol-constants';

/**
 * What the laptop knows of its lease (issue 19 #2), kept in clear beside the encrypted store (it
 * is read on the lock screen, before any key exists). No secret: the share itself is kept apart.
 */
export interface LeaseRecord {
  deviceId: string;
  /** The server's end of the lease, as last told. */
  expiresAt: string;
  /**
   * The latest time this laptop has seen: the server's time at each check-in, and the local clock
   * whenever it was later. A clock set earlier than this was turned back.
   */
  latestSeen: string;
  /** Where to check in from the lock screen. */
  serverUrl: string | null;
}

export type LeaseState =
  | { kind: 'none' }
  | { kind: 'ok'; expiresAt: string }
  | { kind: 'warning'; expiresAt: string; daysLeft: number }
  | { kind: 'expired'; expiresAt: string; reason: 'ended' | 'clockBack' };

const DAY_MS = 24 * 60 * 60 * 1000;
/** Clocks differ a little between laptop and server; more than this backwards is a turned-back clock. */
export const CLOCK_TOLERANCE_MS = 10 * 60 * 1000;

export function leaseState(record: LeaseRecord | null | undefined, now: Date): LeaseState {
  if (!record) return { kind: 'none' };
  const expiresAt = record.expiresAt;
  if (now.getTime() < Date.parse(record.latestSeen) - CLOCK_TOLERANCE_MS)
    return { kind: 'expired', expiresAt, reason: 'clockBack' };
  const left = Date.parse(expiresAt) - now.getTime();
  if (left <= 0) return { kind: 'expired', expiresAt, reason: 'ended' };
  if (left <= LEASE_WARNING_DAYS * DAY_MS)
    return { kind: 'warning', expiresAt, daysLeft: Math.ceil(left / DAY_MS) };
  return { kind: 'ok', expiresAt };
}

/**
 * The record after a check-in: the server's answer, and the later of its time and the clock here.
 * A time seen earlier is not kept: the server's time is the truth now, and one seen later than it
 * came from a clock that ran ahead (issue 21): kept, it would read as a clock turned back once the
 * clock was set right, and lock the laptop out until real time caught up, check-ins or not.
 */
export function checkedIn(
  previous: LeaseRecord | null | undefined,
  answer: { deviceId: string; expiresAt: string; serverTime: string; serverUrl: string | null },
  now: Date,
): LeaseRecord {
  return {
    deviceId: answer.deviceId,
    expiresAt: answer.expiresAt,
    latestSeen: latest(answer.serverTime, now.toISOString()),
    serverUrl: answer.serverUrl ?? previous?.serverUrl ?? null,
  };
}

/** The local clock moved forward: remember it (a later turn back is then seen). */
export function clockSeen(record: LeaseRecord, now: Date): LeaseRecord {
  const latestSeen = latest(record.latestSeen, now.toISOString());
  return latestSeen === record.latestSeen ? record : { ...record, latestSeen };
}

function latest(...times: (string | undefined)[]): string {
  const known = times.filter(
    (t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t)),
  );
  return known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
