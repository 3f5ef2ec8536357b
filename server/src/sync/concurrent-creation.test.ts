import { randomUUID } from 'node:crypto';
import type { JsonObject } from '@core/sync/json-value';
import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { mutation, pushBatch, seedCase } from '../test-support/sync-fixtures';

type PushBody = { results: MutationResult[]; lastAckedSeq: number };

/** Two laptops, offline, each create "the case's checklist for asylum": the same id on both. */
describe.each(testBackends())('the same record created on two laptops, on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const checklist = (id: string, caseId: string, elements: JsonObject): JsonObject => ({
    id,
    caseId,
    defenseId: 'asylum',
    elements,
    evidence: {},
    origin: 'manual',
  });

  it('merges the second creation field by field instead of quarantining it', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const [first, second] = [
      await signIn(t.app, org.attorneyA),
      await signIn(t.app, org.attorneyA),
    ];
    const id = randomUUID();
    const create = (seq: number, elements: JsonObject) =>
      mutation({
        seq,
        kind: 'create',
        entity: 'checklist',
        entityId: id,
        caseId: file.id,
        baseVersion: 0,
        body: checklist(id, file.id, elements),
      });
    await pushBatch(t.app, first, [
      create(1, { e1: { status: 'met', note: 'From the first laptop' } }),
    ]);
    const answer = (
      await pushBatch(t.app, second, [
        create(1, {
          e1: { status: 'not_met', note: 'From the second laptop' },
          e2: { status: 'met' },
        }),
      ])
    ).json<PushBody>().results[0]!;

    expect(answer).toMatchObject({ status: 'applied', newVersion: 2 });
    expect(answer.conflictIds).toHaveLength(2);
    expect(answer.serverRow!['elements']).toEqual({
      e1: { status: 'not_met', note: 'From the second laptop' },
      e2: { status: 'met' },
    });
    // Both of the first laptop's values it overwrote are kept in the record.
    const conflicts = await t.db.query<{ field_path: string; kind: string; server_value: unknown }>(
      `SELECT field_path, kind, server_value FROM conflicts WHERE entity_id = $1 ORDER BY field_path`,
      [id],
    );
    expect(conflicts.rows).toEqual([
      {
        field_path: 'elements/e1/note',
        kind: 'overwritten',
        server_value: { v: 'From the first laptop' },
      },
      { field_path: 'elements/e1/status', kind: 'overwritten', server_value: { v: 'met' } },
    ]);
    const quarantined = await t.db.query('SELECT 1 FROM quarantined_mutations WHERE case_id = $1', [
      file.id,
    ]);
    expect(quarantined.rowCount).toBe(0);
  });

  it("does not count a laptop's own creation as someone else's change", async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const id = randomUUID();
    const body = {
      id,
      caseId: file.id,
      title: 'File evidence',
      date: '2027-01-10',
      kind: 'filing',
    };
    const results = (
      await pushBatch(t.app, laptop, [
        mutation({
          seq: 1,
          kind: 'create',
          entity: 'deadline',
          entityId: id,
          caseId: file.id,
          baseVersion: 0,
          body,
        }),
        // Typed before the answer to the creation came back: still based on version 0.
        mutation({
          seq: 2,
          kind: 'patch',
          entity: 'deadline',
          entityId: id,
          caseId: file.id,
          baseVersion: 0,
          patch: { set: { date: '2027-01-17' } },
        }),
      ])
    ).json<PushBody>().results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(results[1]!.conflictIds).toBeUndefined();
  });
});
