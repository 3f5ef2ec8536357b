/**
 * Every table that holds client data, written through the app's database and read back raw (no
 * middleware): nothing but the policy's clear fields and the sealed `enc` is stored, and the
 * canary is nowhere in the row (issue 25). The expected set is written out here, not read from
 * `encryptedTables`: leaving a table out of the policy must fail this test.
 */
import { describe, expect, it } from 'vitest';
import { AmparoDatabase } from '../database';
import { createTestDatabase } from '../test-database';

const canary = 'Canary Testperson 9c2e';
const caseId = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const id = '7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928';
const when = '2026-12-06T10:00:00.000Z';

const outboxEntry = {
  mutationId: id,
  seq: 4,
  kind: 'patch',
  entity: 'case',
  entityId: caseId,
  caseId,
  baseVersion: 1,
  patch: { set: { 'identity/familyName': canary } },
  clientTime: when,
  state: 'pending',
  fromDoc: { identity: { familyName: canary } },
};

/** One row per sealed table; the canary sits in a field that must be sealed. */
const rows: Record<string, Record<string, unknown>> = {
  settings: { key: 'attorney', value: { name: canary } },
  syncState: { key: 'state', value: { serverUrl: canary } },
  docs: {
    id,
    entity: 'case',
    caseId,
    version: 1,
    doc: { identity: { familyName: canary } },
    base: { identity: { familyName: canary } },
    updatedAt: when,
    deleted: false,
  },
  noteRevisions: {
    id,
    noteId: id,
    caseId,
    parentIds: [],
    body: canary,
    createdAt: when,
    state: 'draft',
    sealed: false,
  },
  // A note's head pointer (issue 11): revision ids only, but sealed like the rest.
  noteHeads: { noteId: id, caseId, heads: [canary], count: 1, final: false },
  outbox: outboxEntry,
  drafts: { id: `note/${id}`, caseId, values: { body: canary }, updatedAt: when },
  conflicts: {
    id,
    caseId,
    status: 'open',
    createdAt: when,
    entity: 'case',
    entityId: caseId,
    localPatch: { set: { 'identity/familyName': canary } },
    serverRow: { identity: { familyName: canary } },
  },
  quarantine: { id, caseId, createdAt: when, reason: 'rejected', mutation: outboxEntry },
  attachments: {
    id,
    caseId,
    createdAt: when,
    size: 12,
    syncState: 'pending',
    name: `${canary}.pdf`,
    mimeType: 'application/pdf',
    kind: 'pdf',
  },
  attachmentContents: { id, caseId, content: new TextEncoder().encode(canary).buffer },
  acknowledged: { mutationId: id, seq: 4, caseId, ackedAt: when, entry: outboxEntry },
  // The search index (issue 23): words of every case, sealed as bytes with the data key.
  searchIndex: {
    id: 'all',
    version: '1.1',
    checksum: '0'.repeat(64),
    count: 1,
    savedAt: when,
    content: new TextEncoder().encode(`{"docs":[["note:1",{"text":"${canary}"}]]}`).buffer,
  },
};

/** The value each table binds into its ciphertext (the row's id). */
const idFields: Record<string, string> = {
  settings: 'key',
  syncState: 'key',
  outbox: 'mutationId',
  acknowledged: 'mutationId',
  noteHeads: 'noteId',
  ...Object.fromEntries(
    [
      'docs',
      'noteRevisions',
      'drafts',
      'conflicts',
      'quarantine',
      'attachments',
      'attachmentContents',
      'searchIndex',
    ].map((t) => [t, 'id']),
  ),
};

/** Tables that hold no client data: the keys (wrapped) and ids seen in a resync. */
const unsealedTables = ['keys', 'resyncSeen'];

const clearFields: Record<string, readonly string[]> = {
  settings: ['key'],
  syncState: ['key'],
  docs: ['id', 'entity', 'caseId', 'version', 'updatedAt', 'deleted'],
  noteRevisions: ['id', 'noteId', 'caseId', 'createdAt', 'state', 'sealed'],
  noteHeads: ['noteId', 'caseId'],
  outbox: [
    'localId',
    'mutationId',
    'seq',
    'kind',
    'entity',
    'entityId',
    'caseId',
    'baseVersion',
    'clientTime',
    'state',
  ],
  drafts: ['id', 'caseId', 'updatedAt'],
  conflicts: ['id', 'caseId', 'status', 'createdAt'],
  quarantine: ['id', 'caseId', 'createdAt'],
  attachments: ['id', 'caseId', 'createdAt', 'size', 'syncState'],
  attachmentContents: ['id', 'caseId'],
  acknowledged: ['mutationId', 'seq', 'caseId', 'ackedAt'],
  searchIndex: ['id'],
};

/** Large values most writes carry over unchanged, each sealed alone (`parts`, format 2). */
const apartFields: Record<string, readonly string[]> = { docs: ['base'], outbox: ['fromDoc'] };

function containsCanary(value: unknown): boolean {
  // Rows read back from IndexedDB carry buffers of another realm than jsdom's: no instanceof.
  const kind = Object.prototype.toString.call(value);
  if (kind === '[object ArrayBuffer]' || ArrayBuffer.isView(value)) {
    const bytes = ArrayBuffer.isView(value)
      ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
      : new Uint8Array(value as ArrayBuffer);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes).includes('Canary');
  }
  if (typeof value === 'string') return value.includes('Canary');
  if (value && typeof value === 'object') return Object.values(value).some(containsCanary);
  return false;
}

describe('encryption at rest, every table', () => {
  it('classifies every table of the database as sealed or as holding no client data', async () => {
    const { db } = await createTestDatabase();
    const all = db.tables.map((t) => t.name).sort();
    expect(all).toEqual([...Object.keys(rows), ...unsealedTables].sort());
  });

  it.each(Object.keys(rows))(
    '%s: the raw stored row holds only clear fields and the sealed value',
    async (table) => {
      const { db } = await createTestDatabase();
      const raw = new AmparoDatabase(db.name, { keyring: () => null, encrypted: false });
      await db.table(table).put(structuredClone(rows[table]));
      const stored = (await raw.table(table).toArray()) as Record<string, unknown>[];
      expect(stored).toHaveLength(1);
      const row = stored[0]!;
      expect(containsCanary(row), JSON.stringify(row)).toBe(false);
      expect(row['enc'], `${table} has no sealed value`).toMatchObject({
        ct: expect.anything(),
        iv: expect.anything(),
      });
      // `bin`: attachment bytes, `parts`: fields sealed apart (format 2); both checked above.
      const sealed = ['enc', 'bin', 'parts'];
      // Exactly the policy's clear fields stay in clear: no more (they would leak), no fewer
      // (indexes and the sync engine read them without keys).
      const written = [...Object.keys(rows[table]!), ...(table === 'outbox' ? ['localId'] : [])];
      const expected = clearFields[table]!.filter((k) => written.includes(k));
      const clear = Object.keys(row).filter((k) => !sealed.includes(k));
      expect(clear.sort(), `${table}'s fields in clear`).toEqual(expected.sort());
      expect(Object.keys(row['parts'] ?? {}), `${table}'s fields sealed apart`).toEqual(
        apartFields[table] ?? [],
      );
      // Sealed with the case's own key where the row belongs to a case (crypto-shredding).
      const keyId = (row['enc'] as { k: string }).k;
      expect(keyId === `case:${caseId}`, `${table} key ${keyId}`).toBe(!!rows[table]!['caseId']);
      // Control: through the keys, the same row reads back whole.
      const read = (await db.table(table).toArray()) as Record<string, unknown>[];
      expect(containsCanary(read[0])).toBe(true);
      raw.close();
    },
  );

  it.each(Object.keys(rows))(
    '%s: a sealed value moved to another row of the table does not open',
    async (table) => {
      const { db } = await createTestDatabase();
      const raw = new AmparoDatabase(db.name, { keyring: () => null, encrypted: false });
      const idField = idFields[table]!;
      const second = {
        ...structuredClone(rows[table]!),
        [idField]: `${String(rows[table]![idField])}2`,
      };
      await db.table(table).bulkPut([structuredClone(rows[table]), second]);
      const stored = (await raw.table(table).toArray()) as Record<string, unknown>[];
      const moved = stored.find((r) => r[idField] === second[idField])!;
      const original = stored.find((r) => r !== moved)!;
      // The whole sealed value: `enc` with its parts and bytes, as they were stored together.
      const sealedValue = Object.fromEntries(
        ['enc', 'parts', 'bin'].filter((k) => k in original).map((k) => [k, original[k]]),
      );
      await raw.table(table).put({ ...moved, ...sealedValue });
      const primaryKey = table === 'outbox' ? moved['localId'] : moved[idField];
      await expect(db.table(table).get(primaryKey as never)).rejects.toMatchObject({
        message: 'decrypt_failed',
      });
      raw.close();
    },
  );

  it('control: the same write to an unsealed database leaves the canary readable raw', async () => {
    const { db } = await createTestDatabase();
    const plain = new AmparoDatabase(`${db.name}-plain`, { keyring: () => null, encrypted: false });
    await plain.drafts.put(rows['drafts'] as never);
    expect(containsCanary(await plain.drafts.toArray())).toBe(true);
    plain.close();
  });
});
