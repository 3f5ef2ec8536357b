import { emptyCaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import { beforeEach, describe, expect, it } from 'vitest';
import { AmparoDatabase } from '../database';
import { createDocumentsRepository } from '../documents-repository';
import { createTestDatabase } from '../test-database';
import { open, seal, type Sealed } from './aes';
import { fromUtf8, toBase64, utf8 } from './bytes';
import { caseKeyId, KeyRing } from './keyring';
import { aadFor } from './table-policy';

const caseId = '8a1f3c2e-1b2c-4d5e-8f90-123456789abc';
const otherCaseDoc = '1b2f3c2e-1b2c-4d5e-8f90-123456789abd';

type Stored = Record<string, unknown> & {
  enc: Sealed & { v: number; k: string };
  parts?: Record<string, Sealed>;
};

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes instanceof Uint8Array ? bytes : bytes)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

function caseFile(familyName: string): JsonObject {
  return emptyCaseFile({
    id: caseId,
    reference: 'AMP-2026-000123',
    familyName,
    givenNames: 'Ana',
  }) as unknown as JsonObject;
}

/** A case that came from the server (version 1): `base` is the server's copy. */
function syncedRow(id: string, familyName: string) {
  const doc = { ...caseFile(familyName), id };
  return {
    id,
    entity: 'case' as const,
    caseId,
    version: 1,
    doc,
    base: structuredClone(doc),
    updatedAt: '2026-12-06T10:00:00.000Z',
  };
}

describe('sealed row format 2 (base and fromDoc sealed apart)', () => {
  let db: AmparoDatabase;
  let keyring: KeyRing;
  let raw: AmparoDatabase;
  const stored = async (table: 'docs' | 'outbox', id: string | number) =>
    (await raw.table(table).get(id)) as Stored;
  /** The same database opened by a later session: nothing remembered, everything decrypted. */
  const nextSession = () => {
    const next = new KeyRing(keyring.dataKey());
    return new AmparoDatabase(db.name, { keyring: () => next });
  };

  beforeEach(async () => {
    ({ db, keyring } = await createTestDatabase());
    raw = new AmparoDatabase(db.name, { keyring: () => null, encrypted: false });
    await db.docs.put(syncedRow(caseId, 'Prueba'));
  });

  it('a case-field save seals only what changed: base and fromDoc keep their ciphertext', async () => {
    const repo = createDocumentsRepository(() => db);
    const before = await stored('docs', caseId);
    expect(before.enc.v).toBe(2);
    expect(Object.keys(before.parts ?? {})).toEqual(['base']);
    expect(JSON.stringify(before)).not.toContain('Prueba');

    const edit = (office: string) =>
      repo.update(caseId, (doc) => {
        (doc['custody'] as Record<string, unknown>)['iceOffice'] = office;
        return doc;
      });
    await edit('ERO New Orleans, desk 1');
    const first = await stored('docs', caseId);
    const [entry] = (await raw.outbox.toArray()) as unknown as Stored[];
    await edit('ERO New Orleans, desk 2');
    const second = await stored('docs', caseId);
    const [entryAfter] = (await raw.outbox.toArray()) as unknown as Stored[];

    // The server's copy and the patch's starting point were not sealed again...
    expect(hex(second.parts!['base']!.iv)).toBe(hex(before.parts!['base']!.iv));
    expect(hex(second.parts!['base']!.ct)).toBe(hex(before.parts!['base']!.ct));
    expect(hex(entryAfter!.parts!['fromDoc']!.iv)).toBe(hex(entry!.parts!['fromDoc']!.iv));
    expect(hex(entryAfter!.parts!['fromDoc']!.ct)).toBe(hex(entry!.parts!['fromDoc']!.ct));
    // ...while what changed was, with a fresh IV.
    expect(hex(second.enc.iv)).not.toBe(hex(first.enc.iv));
    expect(hex(entryAfter!.enc.iv)).not.toBe(hex(entry!.enc.iv));

    // A later session (nothing remembered) reads exactly what was saved.
    const later = nextSession();
    const row = await later.docs.get(caseId);
    expect((row!.doc['custody'] as JsonObject)['iceOffice']).toBe('ERO New Orleans, desk 2');
    expect(row!.base).toEqual(syncedRow(caseId, 'Prueba').base);
    const [outboxEntry] = await later.outbox.toArray();
    expect(outboxEntry!.fromDoc).toEqual(syncedRow(caseId, 'Prueba').doc);
    expect(outboxEntry!.patch).toEqual({ set: { 'custody/iceOffice': 'ERO New Orleans, desk 2' } });
  });

  it('seals a changed base anew', async () => {
    const row = (await db.docs.get(caseId))!;
    const before = await stored('docs', caseId);
    await db.docs.put({ ...row, version: 2, base: caseFile('Otra') });
    const after = await stored('docs', caseId);
    expect(hex(after.parts!['base']!.iv)).not.toBe(hex(before.parts!['base']!.iv));
    expect((await nextSession().docs.get(caseId))!.base).toMatchObject({
      identity: { familyName: 'Otra' },
    });
  });

  it('reads a format 1 row and rewrites it as format 2 on the next write', async () => {
    const key = await keyring.caseKey(caseKeyId(caseId), async () => undefined);
    // The case written by an earlier version: everything, base included, in one format 1 `enc`.
    const legacyId = caseId;
    const { id, entity, version, updatedAt, doc, base } = syncedRow(legacyId, 'Antigua');
    const sealed = await seal(
      key!,
      utf8(JSON.stringify({ doc, base })),
      aadFor('docs', legacyId, caseKeyId(caseId), 1),
    );
    await raw.docs.put({
      id,
      entity,
      caseId,
      version,
      updatedAt,
      enc: { v: 1, k: caseKeyId(caseId), ...sealed },
    } as never);

    for (const reader of [db, nextSession()]) {
      const row = await reader.docs.get(legacyId);
      expect(row).toMatchObject({ id: legacyId, version: 1, doc, base });
    }
    await createDocumentsRepository(() => db).update(legacyId, (d) => ({
      ...d,
      identity: { ...(d['identity'] as JsonObject), familyName: 'Nueva' },
    }));
    const rewritten = await stored('docs', legacyId);
    expect(rewritten.enc.v).toBe(2);
    expect(Object.keys(rewritten.parts!)).toEqual(['base']);
    const reread = await nextSession().docs.get(legacyId);
    expect(reread!.base).toEqual(base);
    expect(reread!.doc['identity']).toMatchObject({ familyName: 'Nueva' });
  });

  describe('refuses ciphertext moved where it does not belong', () => {
    // Each case is checked in this session (which remembers what it wrote) and in a later one.
    const refuses = async (tamper: (row: Stored) => Stored | Promise<Stored>, id = caseId) => {
      const row = await stored('docs', id);
      await raw.docs.put((await tamper(structuredClone(row))) as never);
      for (const reader of [db, nextSession()])
        await expect(reader.docs.get(id)).rejects.toMatchObject({ message: 'decrypt_failed' });
    };

    it('the base ciphertext put in place of the document (and back)', () =>
      refuses((row) => {
        const base = row.parts!['base']!;
        const { iv, ct } = row.enc;
        return {
          ...row,
          enc: { ...row.enc, iv: base.iv, ct: base.ct },
          parts: { base: { iv, ct } },
        };
      }));

    it("another row's base", async () => {
      await db.docs.put(syncedRow(otherCaseDoc, 'Vecina'));
      const other = await stored('docs', otherCaseDoc);
      await refuses((row) => ({ ...row, parts: { base: other.parts!['base']! } }));
    });

    it('an older ciphertext of its own base', async () => {
      const older = (await stored('docs', caseId)).parts!['base']!;
      const row = (await db.docs.get(caseId))!;
      await db.docs.put({ ...row, version: 2, base: caseFile('Otra') });
      await refuses((current) => ({ ...current, parts: { base: older } }));
    });

    it('the base part removed', () =>
      refuses((row) => {
        const { parts, ...rest } = row;
        void parts;
        return rest as Stored;
      }));

    it('a format 2 row relabelled as format 1', () =>
      refuses((row) => {
        const { parts, ...rest } = row;
        void parts;
        return { ...rest, enc: { ...rest.enc, v: 1 } } as Stored;
      }));

    it('sealed bytes on a table that holds none', () =>
      refuses((row) => ({ ...row, bin: { ...row.enc } })));

    it('a part for a field the table does not seal apart', () =>
      refuses((row) => ({ ...row, parts: { ...row.parts, doc: row.parts!['base']! } })));
  });

  it('seals each part with its own AAD and binds the part IVs into enc (the stored format)', async () => {
    const row = await stored('docs', caseId);
    const key = (await keyring.caseKey(caseKeyId(caseId), async () => undefined))!;
    const rowAad = `docs|${caseId}|2|${caseKeyId(caseId)}`;
    const base = row.parts!['base']!;
    expect(JSON.parse(fromUtf8(await open(key, base, `${rowAad}|part:base`)))).toEqual(
      syncedRow(caseId, 'Prueba').base,
    );
    const encAad = `${rowAad}|parts:base=${toBase64(base.iv)}`;
    expect(JSON.parse(fromUtf8(await open(key, row.enc, encAad)))).toEqual({
      doc: syncedRow(caseId, 'Prueba').doc,
    });
  });

  it('leaves out a field set to undefined, and stores no parts when nothing is sealed apart', async () => {
    const { base, ...local } = syncedRow(otherCaseDoc, 'Local');
    void base;
    // An optional field left undefined by the caller (the type allows null, not undefined).
    await db.docs.put({ ...local, base: undefined } as never);
    const row = await stored('docs', otherCaseDoc);
    expect(row).not.toHaveProperty('parts');
    expect(row).not.toHaveProperty('base');
    for (const reader of [db, nextSession()]) {
      const read = await reader.docs.get(otherCaseDoc);
      expect(read).not.toHaveProperty('base');
      expect(read!.doc).toEqual(local.doc);
    }
  });

  it("stores the new bytes when an attachment's content is written again in the session", async () => {
    const id = '5d6e7f80-1b2c-4d5e-8f90-123456789abe';
    await db.attachmentContents.put({ id, caseId, content: utf8('first bytes').buffer });
    await db.attachmentContents.put({ id, caseId, content: utf8('second bytes').buffer });
    for (const reader of [db, nextSession()])
      expect(fromUtf8((await reader.attachmentContents.get(id))!.content)).toBe('second bytes');
  });

  it('forgets what it remembered when the session locks', async () => {
    await db.docs.get(caseId);
    expect(keyring.memo.size).toBeGreaterThan(0);
    keyring.lock();
    expect(keyring.memo.size).toBe(0);
  });
});
