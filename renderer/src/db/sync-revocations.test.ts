/**
 * Unit tests for cases leaving the laptop (issue 25): the unassignment guard (a case with pending
 * work stays until the work is pushed) and the 20 % mass-removal fail-safe.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import { caseKeyId } from './crypto/keyring';
import type { AmparoDatabase } from './database';
import { createNotesRepository } from './notes-repository';
import { applyPullPage } from './sync-pull-store';
import { completePendingRemovals, handleRevocations } from './sync-revocations';
import { readSyncState } from './sync-state';
import { createTestDatabase } from './test-database';

async function addCase(db: AmparoDatabase): Promise<string> {
  const caseId = newId();
  await db.docs.add({
    id: caseId,
    entity: 'case',
    caseId,
    version: 1,
    doc: { id: caseId, reference: `REF-${caseId.slice(0, 4)}` },
    base: { id: caseId },
    updatedAt: '2026-12-01T00:00:00.000Z',
  });
  return caseId;
}

describe('unassignment guard', () => {
  let db: AmparoDatabase;
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
  });

  it('keeps a revoked case with pending work, with its key, until the work has been pushed', async () => {
    const cases = await Promise.all(Array.from({ length: 10 }, () => addCase(db)));
    const leaving = cases[0]!;
    const text = 'Typed before the case was unassigned';
    await createNotesRepository(() => db).save({ noteId: newId(), caseId: leaving, body: text });

    const outcome = await handleRevocations(db, [leaving], false);
    expect(outcome).toEqual({ held: [], removed: [], removalPending: [leaving] });
    expect(await db.docs.get(leaving)).toBeDefined();
    expect(await db.outbox.where('caseId').equals(leaving).count()).toBe(1);
    expect((await db.noteRevisions.where('caseId').equals(leaving).toArray())[0]!.body).toBe(text);
    expect(await db.keys.get(caseKeyId(leaving))).toBeDefined();
    expect((await readSyncState(db)).removalPending).toEqual([leaving]);

    // A push that has not delivered it yet changes nothing.
    expect(await completePendingRemovals(db)).toEqual([]);
    expect(await db.docs.get(leaving)).toBeDefined();

    await db.outbox.clear(); // the push delivered it
    expect(await completePendingRemovals(db)).toEqual([leaving]);
    expect(await db.docs.get(leaving)).toBeUndefined();
    expect(await db.noteRevisions.where('caseId').equals(leaving).count()).toBe(0);
    expect(await db.keys.get(caseKeyId(leaving))).toBeUndefined();
    expect((await readSyncState(db)).removalPending).toEqual([]);
  });

  it('control: a revoked case with nothing pending leaves at once, key and all', async () => {
    const cases = await Promise.all(Array.from({ length: 10 }, () => addCase(db)));
    const outcome = await handleRevocations(db, [cases[1]!], false);
    expect(outcome.removed).toEqual([cases[1]]);
    expect(await db.docs.get(cases[1]!)).toBeUndefined();
    expect(await db.keys.get(caseKeyId(cases[1]!))).toBeUndefined();
  });
});

describe('20 % mass-removal fail-safe', () => {
  let db: AmparoDatabase;
  let cases: string[];
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    cases = [];
    for (let i = 0; i < 10; i += 1) cases.push(await addCase(db));
  });

  it('removes up to 20 % of the cases here without asking', async () => {
    const outcome = await handleRevocations(db, cases.slice(0, 2), false);
    expect(outcome.held).toEqual([]);
    expect(outcome.removed.sort()).toEqual(cases.slice(0, 2).sort());
    expect(await db.docs.count()).toBe(8);
  });

  it('holds a pull that would remove more than 20 %, removes nothing, and asks', async () => {
    const revoked = cases.slice(0, 3);
    const outcome = await handleRevocations(db, revoked, false);
    expect(outcome.held.sort()).toEqual([...revoked].sort());
    expect(outcome.removed).toEqual([]);
    expect(await db.docs.count()).toBe(10);
    expect((await readSyncState(db)).heldRevocations.sort()).toEqual([...revoked].sort());
    // The attorney confirms: the held cases go.
    const confirmed = await handleRevocations(db, [], true);
    expect(confirmed.removed.sort()).toEqual([...revoked].sort());
    expect(await db.docs.count()).toBe(7);
    expect((await readSyncState(db)).heldRevocations).toEqual([]);
  });

  it('counts only cases that are here: revocations of unknown cases never trip it', async () => {
    const outcome = await handleRevocations(db, [cases[0]!, newId(), newId(), newId()], false);
    expect(outcome.held).toEqual([]);
    expect(outcome.removed).toEqual([cases[0]]);
  });

  it('holds the revocations a pulled page brings, as the pull applies them', async () => {
    const revoked = cases.slice(0, 3);
    const outcome = await applyPullPage(db, {
      changes: [],
      grants: [],
      revocations: revoked,
      nextCursor: 'c1',
      hasMore: false,
    });
    expect(outcome.held.sort()).toEqual([...revoked].sort());
    expect(outcome.removed).toEqual([]);
    expect(await db.docs.count()).toBe(10);
    const state = await readSyncState(db);
    expect(state.cursor).toBe('c1');
    expect(state.heldRevocations.sort()).toEqual([...revoked].sort());
  });
});
