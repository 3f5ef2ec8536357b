/**
 * A laptop whose cursor the server's pruned change log no longer covers (410) downloads its scope
 * again, and keeps nothing the server deleted or took away meanwhile (issue 15 #4): a record left
 * behind would come back to life on the server the moment the attorney edited it.
 */
import 'fake-indexeddb/auto';
import type { CaseFile } from '@core/domain/case-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseKeyId } from '../../renderer/src/db/crypto/keyring';
import { readSyncState } from '../../renderer/src/db/sync-state';
import { cliActor } from '../../server/src/admin/admin-actor';
import { unassignCase } from '../../server/src/admin/cases-service';
import { pruneChanges } from '../../server/src/repositories/change-log-repository';
import { signIn } from '../../server/src/test-support/test-app';
import {
  deadlineDoc,
  mutation,
  pushBatch,
  seedCase,
} from '../../server/src/test-support/sync-fixtures';
import { createDevice } from './device';
import { startLiveServer, type LiveServer } from './live-server';

let live: LiveServer;
beforeAll(async () => {
  live = await startLiveServer();
});
afterAll(async () => live?.close());

describe('resync after the change log was pruned past a laptop', () => {
  it('drops records deleted and cases unassigned meanwhile, keeps pending work, and sends it', async () => {
    const { t, org } = live;
    const files: CaseFile[] = [];
    for (let i = 0; i < 6; i += 1) files.push(await seedCase(t.db, org.orgId, [org.attorneyA.id]));
    const [withDeadline, unassigned, edited] = files as [CaseFile, CaseFile, CaseFile];
    const office = await signIn(t.app, org.supervisor);
    const deadline = deadlineDoc(withDeadline.id);
    await pushBatch(t.app, office, [
      mutation({
        seq: 1,
        kind: 'create',
        entity: 'deadline',
        entityId: String(deadline['id']),
        caseId: withDeadline.id,
        baseVersion: 0,
        body: deadline,
      }),
    ]);
    const laptop = await createDevice('laptop-resync', live.url, org.attorneyA);
    await laptop.engine.syncNow();
    expect(await laptop.docs.get(String(deadline['id']))).toBeDefined();
    expect(await laptop.docs.get(unassigned.id)).toBeDefined();

    // While the laptop is away: the deadline is deleted, a case unassigned, the log pruned.
    await pushBatch(t.app, office, [
      mutation({
        seq: 2,
        kind: 'delete',
        entity: 'deadline',
        entityId: String(deadline['id']),
        caseId: withDeadline.id,
        baseVersion: 1,
      }),
    ]);
    await unassignCase(t.db, cliActor(org.orgId), unassigned.id, org.attorneyA.id);
    await pruneChanges(t.db, org.orgId, new Date(Date.now() + 60_000));
    // And the attorney edits another case offline.
    await laptop.docs.update(edited.id, (doc) => ({
      ...doc,
      custody: { ...(doc['custody'] as object), iceOffice: 'ERO edited offline' },
    }));

    await laptop.engine.syncNow();
    expect(laptop.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });
    expect(await laptop.docs.get(String(deadline['id']))).toBeUndefined();
    expect(await laptop.db.docs.get(unassigned.id)).toBeUndefined();
    expect(await laptop.db.keys.get(caseKeyId(unassigned.id))).toBeUndefined();
    expect((await laptop.docs.listByEntity('case')).map((r) => r.id).sort()).toEqual(
      files
        .filter((f) => f !== unassigned)
        .map((f) => f.id)
        .sort(),
    );
    const onServer = await t.db.query<{ doc: { custody: { iceOffice?: string } } }>(
      'SELECT doc FROM entities WHERE id = $1',
      [edited.id],
    );
    expect(onServer.rows[0]!.doc.custody.iceOffice).toBe('ERO edited offline');
    const state = await readSyncState(laptop.db);
    expect(state.resyncing).toBe(false);
    expect(await laptop.db.resyncSeen.count()).toBe(0);
    laptop.db.close();
  });
});
