/**
 * A closed case is read-only (issue 18): work a laptop typed before it heard of the closing is
 * refused with `case_closed`, kept whole in quarantine for a supervisor to apply, never lost;
 * exporting a draft is still logged; a reopened case takes changes again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCase, reopenCase } from '../admin/case-closing-service';
import { applyQuarantineItem } from '../admin/quarantine-service';
import { httpActorFor } from '../test-support/intake-actors';
import { createOf, exportDoc } from '../test-support/review-fixtures';
import {
  casePatch,
  noteRevisionMutation,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

interface Pushed {
  results: { mutationId: string; status: string; reason?: string }[];
}

describe.each(testBackends())('changes to a closed case on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  it('refuses them as case_closed, keeps each whole for a supervisor, and logs exports', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const supervisor = await httpActorFor(t.db, org.orgId, org.supervisor.id);
    await closeCase(t.db, supervisor, file.id, { kind: 'withdrawn' });

    const note = noteRevisionMutation(1, file.id, { body: 'Typed offline before the close.' });
    const patch = casePatch(2, file.id, 1, { 'custody/iceOffice': 'ERO typed offline' });
    const exported = createOf(3, 'draftExport', exportDoc(file.id, org.attorneyA.id));
    const pushed = (await pushBatch(t.app, laptop, [note, patch, exported])).json<Pushed>();
    expect(pushed.results.map((r) => `${r.status}:${r.reason ?? ''}`)).toEqual([
      'rejected:case_closed',
      'rejected:case_closed',
      'applied:',
    ]);
    const kept = await t.db.query<{ id: string; reason: string; body: string }>(
      `SELECT id, reason, payload->'body'->>'body' AS body FROM quarantined_mutations
       WHERE org_id = $1 AND case_id = $2 ORDER BY seq`,
      [org.orgId, file.id],
    );
    expect(kept.rows.map((r) => r.reason)).toEqual(['case_closed', 'case_closed']);
    expect(kept.rows[0]!.body).toBe('Typed offline before the close.');
    const revisions = await t.db.query('SELECT 1 FROM note_revisions WHERE case_id = $1', [
      file.id,
    ]);
    expect(revisions.rowCount).toBe(0);

    // The supervisor who reads it may apply it to the closed case.
    const applied = await applyQuarantineItem(t.db, supervisor, kept.rows[0]!.id);
    expect(applied.result.status).toBe('applied');
    const after = await t.db.query<{ body: string }>(
      `SELECT doc->>'body' AS body FROM note_revisions WHERE case_id = $1`,
      [file.id],
    );
    expect(after.rows.map((r) => r.body)).toEqual(['Typed offline before the close.']);

    // Reopened, the case takes the laptop's changes again.
    await reopenCase(t.db, supervisor, file.id, 'Appeal filed');
    const again = (
      await pushBatch(t.app, laptop, [
        casePatch(4, file.id, 1, { 'custody/iceOffice': 'ERO after reopening' }),
      ])
    ).json<Pushed>();
    expect(again.results[0]!.status).toBe('applied');
  });

  it('does not refuse changes to the other, open cases of the same push', async () => {
    const closed = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const open = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    await closeCase(t.db, await httpActorFor(t.db, org.orgId, org.supervisor.id), closed.id, {
      kind: 'withdrawn',
    });
    const pushed = (
      await pushBatch(t.app, laptop, [
        noteRevisionMutation(1, open.id),
        noteRevisionMutation(2, closed.id),
      ])
    ).json<Pushed>();
    expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
  });
});
