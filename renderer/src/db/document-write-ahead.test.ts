import { emptyCaseFile, type CaseFile } from '@core/domain/case-file';
import { applyPatch } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyRing } from './crypto/keyring';
import { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { createTestDatabase } from './test-database';
import { watchWriteOrder, writeBeforeTransaction } from './write-ahead.test-support';

const caseId = '7d3e8f21-4b5c-4d6e-9f70-1b2c3d4e5f60';

function caseFile(): JsonObject {
  return emptyCaseFile({
    id: caseId,
    reference: 'AMP-2026-000789',
    familyName: 'Muestra',
    givenNames: 'Elena',
  }) as unknown as JsonObject;
}

const office = (doc: JsonObject) => (doc as unknown as CaseFile).custody.iceOffice;
const withOffice = (value: string) => (doc: JsonObject) => {
  (doc['custody'] as Record<string, unknown>)['iceOffice'] = value;
  return doc;
};

const watchOrder = () => watchWriteOrder({ store: 'docs', readId: caseId });

describe('a case-field save written before its reads answer (issue 11)', () => {
  let db: AmparoDatabase;
  let dataKey: CryptoKey;
  let repo: ReturnType<typeof createDocumentsRepository>;
  let order: ReturnType<typeof watchOrder> | undefined;

  beforeEach(async () => {
    let keyring: KeyRing;
    ({ db, keyring } = await createTestDatabase());
    dataKey = keyring.dataKey();
    repo = createDocumentsRepository(() => db);
    // A case that came from the server: its first edit queues a patch, later edits coalesce.
    const file = caseFile();
    await db.docs.put({
      id: caseId,
      entity: 'case',
      caseId,
      version: 1,
      doc: file,
      base: structuredClone(file),
      updatedAt: '2026-12-07T10:00:00.000Z',
    });
    await repo.update(caseId, withOffice('ERO New Orleans, desk 1'));
  });
  afterEach(() => {
    order?.restore();
    order = undefined;
  });

  /** A later session: nothing remembered, every row decrypted with the stored key. */
  const nextSession = () => {
    const next = new KeyRing(dataKey);
    return new AmparoDatabase(db.name, { keyring: () => next });
  };

  it('puts the case file before its read answers, and what it stored opens in a later session', async () => {
    order = watchOrder();
    await repo.update(caseId, withOffice('ERO New Orleans, desk 2'));
    // Once: the entry the last save added is found as it was stored (with the key IndexedDB gave
    // it), so the write made ahead is kept, not rolled back and made again.
    expect(order.seen).toMatchObject({ writeBeforeAnswer: true, writes: 1 });
    const later = nextSession();
    const row = (await later.docs.get(caseId))!;
    expect(office(row.doc)).toBe('ERO New Orleans, desk 2');
    const entries = await later.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(applyPatch(entries[0]!.fromDoc!, entries[0]!.patch)).toEqual(row.doc);
    later.close();
  });

  it('saves whichever IndexedDB the global IDBKeyRange belongs to (npm run sim loads fake-indexeddb twice)', async () => {
    // The simulation's command line imports modules in several tsx namespaces: the global
    // IDBKeyRange may be another instance's, whose ranges this database's indexes refuse.
    const own = globalThis.IDBKeyRange;
    class Foreign {
      static only() {
        return new Foreign();
      }
    }
    globalThis.IDBKeyRange = Foreign as unknown as typeof IDBKeyRange;
    try {
      await repo.update(caseId, withOffice('ERO New Orleans, desk 4'));
    } finally {
      globalThis.IDBKeyRange = own;
    }
    expect(office((await db.docs.get(caseId))!.doc)).toBe('ERO New Orleans, desk 4');
  });

  it('keeps the base and version a pull stored between the plan and the transaction', async () => {
    // The server's copy moved (another device's court); the pull stored it with its base.
    const pulled = caseFile();
    pulled['court'] = { court: 'Memphis Immigration Court' };
    writeBeforeTransaction(db, async () => {
      const row = (await db.docs.get(caseId))!;
      await db.docs.put({
        ...row,
        version: 2,
        base: structuredClone(pulled),
        doc: { ...row.doc, court: pulled['court']! },
      });
    });
    await repo.update(caseId, withOffice('ERO New Orleans, desk 3'));
    // Its plan (from before the pull) was not kept: the save was made again from the pull.
    const later = nextSession();
    const row = (await later.docs.get(caseId))!;
    expect(row.version).toBe(2);
    expect(row.base).toEqual(pulled);
    expect(office(row.doc)).toBe('ERO New Orleans, desk 3');
    expect((row.doc as unknown as CaseFile).court.court).toBe('Memphis Immigration Court');
    later.close();
  });

  it('leaves an entry the push took between the plan and the transaction as sent, and queues a new one', async () => {
    writeBeforeTransaction(db, () =>
      db.transaction('rw', db.outbox, async () => {
        const [entry] = await db.outbox.toArray();
        await db.outbox.put({ ...entry!, seq: 1 });
      }),
    );
    order = watchOrder();
    await repo.update(caseId, withOffice('ERO New Orleans, desk 4'));
    expect(order.seen.writeBeforeAnswer).toBe(true);
    const later = nextSession();
    const entries = await later.outbox.orderBy('localId').toArray();
    // The sent entry is unchanged (sent once, with what it held); the new text is queued apart.
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      seq: 1,
      patch: { set: { 'custody/iceOffice': 'ERO New Orleans, desk 1' } },
    });
    expect(entries[1]).toMatchObject({
      seq: null,
      patch: { set: { 'custody/iceOffice': 'ERO New Orleans, desk 4' } },
    });
    later.close();
  });

  it("deletes the form's draft in the save's transaction when there is one", async () => {
    const draftId = `case-file/${caseId}/custody`;
    await db.drafts.put({ id: draftId, caseId, values: { iceOffice: 'ERO' }, updatedAt: '' });
    order = watchOrder();
    await repo.update(caseId, withOffice('ERO New Orleans, desk 5'), { clearDraft: draftId });
    expect(order.seen).toMatchObject({ writeBeforeAnswer: true, writes: 1 });
    expect(await db.drafts.get(draftId)).toBeUndefined();
    expect(office((await repo.get(caseId))!.doc)).toBe('ERO New Orleans, desk 5');
  });
});
