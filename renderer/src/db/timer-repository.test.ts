import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { TimeEntrySchema } from '@core/domain/case-logs';
import { beforeEach, describe, expect, it } from 'vitest';
import { AmparoDatabase } from './database';
import type { KeyRing } from './crypto/keyring';
import { createTestDatabase } from './test-database';
import { createTimerRepository } from './timer-repository';

const caseId = syntheticCaseFile().id;
const attorney = '00000000-0000-4000-8000-000000000730';
const at = (iso: string) => new Date(iso);

describe('the running timer', () => {
  let db: AmparoDatabase;
  let keyring: KeyRing;
  beforeEach(async () => {
    ({ db, keyring } = await createTestDatabase());
  });

  it('survives a lock and a restart: the start is a saved record, sealed at rest', async () => {
    const timers = createTimerRepository(() => db);
    await timers.start({ caseId, activity: 'interview' }, at('2026-12-02T15:00:00.000Z'));
    // Lock: the app closes the database and drops the keys; after unlock a new one opens.
    db.close();
    const reopened = new AmparoDatabase(db.name, { keyring: () => keyring });
    const again = createTimerRepository(() => reopened);
    expect(await again.current()).toMatchObject({
      caseId,
      activity: 'interview',
      startedAt: '2026-12-02T15:00:00.000Z',
    });
    const raw = new AmparoDatabase(db.name, { keyring: () => null, encrypted: false });
    const stored = JSON.stringify(await raw.settings.get('runningTimer'));
    expect(stored).not.toContain(caseId);
    expect(stored).not.toContain('2026-12-02T15');
    const entry = await again.stop(attorney, at('2026-12-02T15:42:10.000Z'));
    expect(entry).toMatchObject({ minutes: 42, source: 'timer', date: '2026-12-02' });
    expect(TimeEntrySchema.safeParse(entry).success).toBe(true);
    expect(await again.current()).toBeNull();
    expect((await reopened.outbox.toArray()).map((o) => [o.entity, o.kind])).toEqual([
      ['timeEntry', 'create'],
    ]);
  });

  it('two windows starting at once: one timer runs, the other is told which', async () => {
    const tabA = createTimerRepository(() => db);
    const second = new AmparoDatabase(db.name, { keyring: () => keyring });
    const tabB = createTimerRepository(() => second);
    const [a, b] = await Promise.all([
      tabA.start({ caseId, activity: 'research' }),
      tabB.start({ caseId, activity: 'drafting' }),
    ]);
    expect([a.started, b.started].sort()).toEqual([false, true]);
    const winner = a.started ? a.timer : b.started ? b.timer : null;
    const loser = a.started ? b : a;
    expect(loser.started).toBe(false);
    if (!loser.started) expect(loser.running).toEqual(winner);
  });

  it('two windows stopping the same timer make one entry, not two', async () => {
    const tabA = createTimerRepository(() => db);
    const second = new AmparoDatabase(db.name, { keyring: () => keyring });
    const tabB = createTimerRepository(() => second);
    await tabA.start({ caseId, activity: 'travel' }, at('2026-12-02T15:00:00.000Z'));
    const stopped = await Promise.all([
      tabA.stop(attorney, at('2026-12-02T16:00:00.000Z')),
      tabB.stop(attorney, at('2026-12-02T16:00:01.000Z')),
    ]);
    expect(stopped.filter((entry) => entry !== null)).toHaveLength(1);
    expect(await db.docs.where('entity').equals('timeEntry').count()).toBe(1);
  });

  it('a clock moved back while running gives a zero, flagged entry, never a negative one', async () => {
    const timers = createTimerRepository(() => db);
    await timers.start({ caseId, activity: 'waiting' }, at('2026-12-02T15:00:00.000Z'));
    const entry = await timers.stop(attorney, at('2026-12-02T14:00:00.000Z'));
    expect(entry).toMatchObject({ minutes: 0, flags: ['clock'] });
  });

  it('left running over midnight and for days: capped, flagged, dated the day it started', async () => {
    const timers = createTimerRepository(() => db);
    await timers.start({ caseId, activity: 'hearing' }, at('2026-12-02T23:00:00.000Z'));
    const entry = await timers.stop(attorney, at('2026-12-05T02:00:00.000Z'));
    expect(entry).toMatchObject({ date: '2026-12-02', minutes: 51 * 60, flags: ['long'] });
  });
});
