import { describe, expect, it } from 'vitest';
import { initialStatus, type SyncStatus } from '../../sync/sync-status';
import { syncAnnouncement } from './sync-announcement';

const idle: SyncStatus = { ...initialStatus, phase: 'idle', lastSuccessAt: '2026-12-01T15:00:00Z' };
const at = (patch: Partial<SyncStatus>): SyncStatus => ({ ...idle, ...patch });

/** Runs statuses through the announcer the way the indicator does (judged when settled). */
function said(statuses: SyncStatus[], requested = false) {
  const out: unknown[] = [];
  let settled = statuses[0]!;
  for (const next of statuses.slice(1)) {
    const announcement = syncAnnouncement(settled, next, requested);
    if (announcement) out.push(announcement);
    if (next.phase !== 'syncing') settled = next;
  }
  return out;
}

describe('what the sync indicator says aloud', () => {
  it('says nothing through routine background cycles (an interview starts one per change)', () => {
    const cycles = Array.from({ length: 5 }, (_, i) => [
      at({ pending: 1 }),
      at({ phase: 'syncing', pending: 1 }),
      at({ pending: 0, lastSuccessAt: `2026-12-01T15:0${i}:00Z` }),
    ]).flat();
    expect(said([idle, ...cycles])).toEqual([]);
  });

  it('says when a problem starts, once, and when sync works again', () => {
    expect(
      said([
        idle,
        at({ phase: 'syncing' }),
        at({ phase: 'offline' }),
        at({ phase: 'syncing' }),
        at({ phase: 'offline' }),
        at({ phase: 'syncing' }),
        idle,
      ]),
    ).toEqual([{ kind: 'phase', phase: 'offline' }, { kind: 'synced' }]);
  });

  it('says once that changes were not accepted yet, and when they are', () => {
    expect(
      said([
        idle,
        at({ phase: 'waiting', pending: 2 }),
        at({ phase: 'syncing' }),
        at({ phase: 'waiting', pending: 2 }),
        idle,
      ]),
    ).toEqual([{ kind: 'phase', phase: 'waiting' }, { kind: 'synced' }]);
  });

  it('says when there is something new to review or a removal to confirm', () => {
    expect(
      said([idle, at({ openConflicts: 1 }), at({ openConflicts: 1 }), at({ heldRevocations: 2 })]),
    ).toEqual([
      { kind: 'review', count: 1 },
      { kind: 'held', count: 2 },
    ]);
  });

  it('says once that the laptop or the server was restored from a backup', () => {
    const recovery = {
      kind: 'serverRestored' as const,
      at: '2026-12-06T15:00:00.000Z',
      resent: 3,
      missing: 0,
    };
    expect(
      said([
        idle,
        at({ phase: 'syncing' }),
        at({ recovery }),
        at({ phase: 'syncing' }),
        at({ recovery }),
      ]),
    ).toEqual([{ kind: 'recovered' }]);
    // Dismissed on the Sync page: nothing to say.
    expect(said([at({ recovery }), idle])).toEqual([]);
  });

  it('reports the end of a sync the attorney asked for', () => {
    expect(said([idle, at({ phase: 'syncing' }), idle], true)).toEqual([{ kind: 'synced' }]);
  });
});
