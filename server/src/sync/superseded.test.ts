/**
 * The answer to an earlier state of a change this device settled (superseded.ts), exactly: which
 * answers a laptop gets (the new mutation's id and seq, `duplicate` with the first status, the
 * revision the server holds, no version or row for a document), and when there is none, so the
 * push goes on to quarantine the mutation as an id reused for something else
 * (`push-seq-recovery.test.ts` has the whole push). The database is a stand-in here: it answers
 * whether the revision or the record exists, and records what it was asked.
 */
import { randomUUID } from 'node:crypto';
import type { JsonObject } from '@core/sync/json-value';
import type { Mutation, MutationResult } from '@core/sync/mutation-schemas';
import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../auth/auth-context';
import type { Queryable } from '../db/db';
import type { StoredMutation } from '../repositories/push-records-repository';
import { casePatch, noteRevisionMutation } from '../test-support/sync-fixtures';
import { supersededAnswer } from './superseded';

const auth: AuthContext = {
  userId: randomUUID(),
  orgId: randomUUID(),
  role: 'attorney',
  deviceId: randomUUID(),
  deviceRevoked: false,
};

/** A database holding `revision` (as the revision's doc) or, without it, the record (or not). */
function database(options: { revision?: JsonObject; record?: boolean } = {}) {
  const asked: { sql: string; params: readonly unknown[] }[] = [];
  const q: Queryable = {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      asked.push({ sql, params });
      const rows = sql.includes('FROM note_revisions')
        ? options.revision
          ? [{ doc: options.revision }]
          : []
        : options.record
          ? [{ '?column?': 1 }]
          : [];
      return { rows: rows as Row[], rowCount: rows.length } as never;
    },
  };
  return { q, asked };
}

const settledAs = (m: Mutation, result: Partial<MutationResult> = {}): StoredMutation => ({
  mutationId: m.mutationId,
  bodyHash: 'an older hash',
  entityId: m.entityId,
  result: {
    mutationId: m.mutationId,
    seq: 1,
    status: 'applied',
    newVersion: 2,
    serverRow: { kept: 'as first answered' },
    ...result,
  },
});

describe('supersededAnswer', () => {
  const caseId = randomUUID();

  it('answers a document change as a duplicate of its first status, under the new seq, without version or row', async () => {
    const first = casePatch(1, caseId, 1, { 'custody/iceOffice': 'ERO Example two' });
    const earlier = { ...first, seq: 5, patch: { set: { 'custody/iceOffice': 'ERO Example' } } };
    const { q, asked } = database({ record: true });
    expect(await supersededAnswer(q, auth, earlier, settledAs(first))).toEqual({
      mutationId: first.mutationId,
      seq: 5,
      status: 'duplicate',
      originalStatus: 'applied',
      superseded: true,
    });
    expect(asked.map((a) => a.params)).toEqual([[first.entityId, 'case', caseId, auth.orgId]]);
  });

  it('keeps the status the mutation first got when its first answer was itself a duplicate', async () => {
    const first = casePatch(1, caseId, 1, { 'custody/iceOffice': 'B' });
    const settled = settledAs(first, { status: 'duplicate', originalStatus: 'conflict' });
    const { q } = database({ record: true });
    expect(await supersededAnswer(q, auth, { ...first, seq: 6 }, settled)).toMatchObject({
      status: 'duplicate',
      originalStatus: 'conflict',
    });
  });

  it('answers a revision with the revision the server holds from this device', async () => {
    const first = noteRevisionMutation(1, caseId);
    const held = { ...first.body, body: 'The text the server holds.' } as JsonObject;
    const earlier = { ...first, seq: 7, body: { ...first.body, body: 'An earlier state' } };
    const { q, asked } = database({ revision: held });
    expect(await supersededAnswer(q, auth, earlier, settledAs(first))).toEqual({
      mutationId: first.mutationId,
      seq: 7,
      status: 'duplicate',
      originalStatus: 'applied',
      newVersion: 2,
      serverRow: held,
      superseded: true,
    });
    expect(asked.map((a) => a.params)).toEqual([
      [first.entityId, first.mutationId, auth.deviceId, caseId],
    ]);
  });

  it('matches a revision settled before the record was kept, but no document change', async () => {
    const revision = noteRevisionMutation(1, caseId);
    const held = revision.body as JsonObject;
    const old = { ...settledAs(revision), entityId: null };
    expect(await supersededAnswer(database({ revision: held }).q, auth, revision, old)).toEqual(
      expect.objectContaining({ superseded: true, serverRow: held }),
    );
    const patch = casePatch(1, caseId, 1, { 'custody/iceOffice': 'B' });
    const { q, asked } = database({ record: true });
    expect(await supersededAnswer(q, auth, patch, { ...settledAs(patch), entityId: null })).toBe(
      null,
    );
    expect(asked).toEqual([]);
  });

  it('has no answer for another record, a revision or record not held, or a deletion', async () => {
    const patch = casePatch(1, caseId, 1, { 'custody/iceOffice': 'B' });
    const other = { ...settledAs(patch), entityId: randomUUID() };
    expect(await supersededAnswer(database({ record: true }).q, auth, patch, other)).toBe(null);
    const revision = noteRevisionMutation(1, caseId);
    expect(await supersededAnswer(database().q, auth, revision, settledAs(revision))).toBe(null);
    expect(await supersededAnswer(database().q, auth, patch, settledAs(patch))).toBe(null);
    const deletion: Mutation = { ...patch, kind: 'delete' };
    const { q, asked } = database({ record: true });
    expect(await supersededAnswer(q, auth, deletion, settledAs(deletion))).toBe(null);
    expect(asked).toEqual([]);
  });

  it('answers a creation sent again like a patch', async () => {
    const patch = casePatch(1, caseId, 0, { 'custody/iceOffice': 'B' });
    const creation: Mutation = { ...patch, kind: 'create', entity: 'deadline' };
    const { q, asked } = database({ record: true });
    expect(await supersededAnswer(q, auth, creation, settledAs(creation))).toMatchObject({
      status: 'duplicate',
      superseded: true,
    });
    expect(asked[0]!.params[1]).toBe('deadline');
  });
});
