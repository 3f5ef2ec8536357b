import { emptyCaseFile, type CaseFile } from '@core/domain/case-file';
import { applyPatch } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { createTestDatabase } from './test-database';

function newCase(): CaseFile {
  return emptyCaseFile({
    id: newId(),
    reference: 'AMP-2026-000123',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
}

describe('documents repository', () => {
  let db: AmparoDatabase;
  let repo: ReturnType<typeof createDocumentsRepository>;
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    repo = createDocumentsRepository(() => db);
  });

  it('writes a created document and its create entry together', async () => {
    const file = newCase();
    await repo.create('case', file.id, file);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      kind: 'create',
      entity: 'case',
      entityId: file.id,
      seq: null,
    });
    expect(outbox[0]!.body).toEqual(file);
  });

  it('refuses an invalid document and writes nothing', async () => {
    const file = newCase();
    await repo.create('case', file.id, file);
    await expect(
      repo.update(file.id, (doc) => ({
        ...doc,
        identity: { ...(doc['identity'] as object), aNumber: '12' },
      })),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect((await repo.get(file.id))!.doc).toEqual(file);
    expect(await db.outbox.count()).toBe(1);
  });

  it('folds edits into the unsent create entry', async () => {
    const file = newCase();
    await repo.create('case', file.id, file);
    await repo.update(file.id, (doc) => ({
      ...doc,
      court: { court: 'Memphis Immigration Court' },
    }));
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect((outbox[0]!.body as CaseFile).court.court).toBe('Memphis Immigration Court');
  });

  it('coalesces typing into one patch until the entry is sent, then starts a new one', async () => {
    const file = newCase();
    await db.docs.add({
      id: file.id,
      entity: 'case',
      caseId: file.id,
      version: 3,
      doc: file as unknown as JsonObject,
      base: file as unknown as JsonObject,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await repo.update(file.id, (doc) => ({ ...doc, court: { court: 'M' } }));
    await repo.update(file.id, (doc) => ({ ...doc, court: { court: 'Memphis' } }));
    let outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      kind: 'patch',
      baseVersion: 3,
      patch: { set: { 'court/court': 'Memphis' } },
    });

    await db.outbox.update(outbox[0]!.localId!, { seq: 1 });
    await repo.update(file.id, (doc) => ({
      ...doc,
      court: { court: 'Memphis', judge: 'IJ Example' },
    }));
    outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(2);
    expect(outbox[1]!.patch).toEqual({ set: { 'court/judge': 'IJ Example' } });
  });

  it('drops the pending patch when the attorney undoes back to the sent state', async () => {
    const file = newCase();
    await db.docs.add({
      id: file.id,
      entity: 'case',
      caseId: file.id,
      version: 1,
      doc: file as unknown as JsonObject,
      base: file as unknown as JsonObject,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await repo.update(file.id, (doc) => ({ ...doc, court: { court: 'Memphis' } }));
    await repo.update(file.id, (doc) => ({ ...doc, court: {} }));
    expect(await db.outbox.count()).toBe(0);
  });

  it('produces patches that rebuild the document from the server copy', async () => {
    const file = newCase();
    const base = file as unknown as JsonObject;
    await db.docs.add({
      id: file.id,
      entity: 'case',
      caseId: file.id,
      version: 1,
      doc: base,
      base,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const hearing = {
      id: newId(),
      type: 'master',
      format: 'video',
      date: '2026-12-14',
      time: '09:00',
    };
    await repo.update(file.id, (doc) => ({ ...doc, hearings: [hearing] }));
    await repo.update(file.id, (doc) => ({ ...doc, hearings: [{ ...hearing, time: '13:30' }] }));
    const [entry] = await db.outbox.toArray();
    expect(applyPatch(base, entry!.patch)).toEqual((await repo.get(file.id))!.doc);
  });

  it('forgets a document that never left the device, and queues deletion otherwise', async () => {
    const local = newCase();
    await repo.create('case', local.id, local);
    await repo.remove(local.id);
    expect(await db.docs.get(local.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);

    const synced = newCase();
    await db.docs.add({
      id: synced.id,
      entity: 'case',
      caseId: synced.id,
      version: 2,
      doc: synced as unknown as JsonObject,
      base: synced as unknown as JsonObject,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await repo.remove(synced.id);
    expect(await repo.get(synced.id)).toBeUndefined();
    expect(await db.outbox.toArray()).toMatchObject([{ kind: 'delete', baseVersion: 2 }]);
  });

  it("clears the form's draft in the save's transaction, and keeps it if the save fails", async () => {
    const file = newCase();
    await repo.create('case', file.id, file);
    const draftId = `case-file/${file.id}/court`;
    await db.drafts.put({ id: draftId, caseId: file.id, values: { court: 'Mem' }, updatedAt: '' });
    await expect(
      repo.update(
        file.id,
        (doc) => ({ ...doc, identity: { ...(doc['identity'] as object), aNumber: '12' } }),
        { clearDraft: draftId },
      ),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await db.drafts.get(draftId)).toBeDefined();
    await repo.update(file.id, (doc) => ({ ...doc, court: { court: 'Memphis' } }), {
      clearDraft: draftId,
    });
    expect(await db.drafts.get(draftId)).toBeUndefined();
    expect(((await repo.get(file.id))!.doc as unknown as CaseFile).court.court).toBe('Memphis');
    // No draft and nothing changed: nothing fails, nothing is written.
    await repo.update(file.id, (doc) => doc, { clearDraft: draftId });
    expect(await db.outbox.count()).toBe(1);
  });
});
