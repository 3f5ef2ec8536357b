/**
 * The laptop's side of the per-case state checksum (issue 21; server: migration 030). The server
 * sends, with pull pages, a checksum of each case's synced state: one 64-bit hash per live
 * document (`e|id|version`) and per note revision (`r|id`), XORed. The laptop computes the same
 * over what it holds. A case with work waiting to be sent is not compared (its state here is ahead
 * of the server's on purpose); any other difference means this copy lost or gained something the
 * server never had, and the case is fetched again (`applyCaseSnapshot`).
 */
import type { NoteRevision } from '@core/domain/note-revision';
import { jsonEqual } from '@core/sync/json-value';
import type { CaseChecksum, Change } from '@core/sync/sync-api-schemas';
import { nowIso } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { forgetFetchedCases } from './document-sync-store';
import { forgetCaseNoteHeads } from './note-heads';
import { rebase } from './rebase';
import type { DocumentRow, NoteRevisionRow, OutboxRow } from './rows';
import { readSyncState } from './sync-state';

const MASK = (1n << 64n) - 1n;

async function itemHash(item: string): Promise<bigint> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(item));
  return new DataView(digest).getBigUint64(0);
}

/** XOR of the items' hashes, as the server's `to_hex` writes it. */
export async function checksumOf(items: readonly string[]): Promise<string> {
  let sum = 0n;
  for (const hash of await Promise.all(items.map(itemHash))) sum ^= hash;
  return (sum & MASK).toString(16);
}

/**
 * Null while the case has work waiting to be sent: nothing to compare then. Refused work (kept
 * here as rejected, never on the server) is left out: a document made here has version 0, a
 * revision is named by its entry.
 */
export async function localCaseChecksum(
  db: AmparoDatabase,
  caseId: string,
): Promise<string | null> {
  // Read in one transaction; hashed after it (WebCrypto would let an IndexedDB transaction close).
  const items = await db.transaction('r', [db.docs, db.noteRevisions, db.outbox], async () => {
    const entries = await db.outbox.where('caseId').equals(caseId).toArray();
    if (entries.some((row) => row.state === 'pending')) return null;
    const refused = new Set(entries.map((row) => row.entityId));
    const docs = await db.docs.where('caseId').equals(caseId).toArray();
    const revisionIds = await db.noteRevisions.where('caseId').equals(caseId).primaryKeys();
    return [
      ...docs.filter((d) => d.version > 0).map((d) => `e|${d.id}|${d.version}`),
      ...revisionIds.filter((id) => !refused.has(String(id))).map((id) => `r|${String(id)}`),
    ];
  });
  return items === null ? null : checksumOf(items);
}

/** The cases whose copy here differs from the server's checksum (cases with pending work skipped). */
export async function mismatchedCases(
  db: AmparoDatabase,
  checksums: readonly CaseChecksum[],
): Promise<string[]> {
  const mismatched: string[] = [];
  for (const { caseId, checksum } of checksums) {
    const local = await localCaseChecksum(db, caseId);
    if (local !== null && local !== checksum) mismatched.push(caseId);
  }
  return mismatched;
}

/**
 * Lays a case's current server rows (every page of a re-fetch) under this laptop's own work, in
 * one transaction: documents take the server's version with pending changes replayed on top;
 * documents the server does not have are dropped unless work on them waits here; missing note
 * revisions are added and none is ever removed. Nothing the server has not seen is overwritten.
 * The case's document list is fetched again at the next documents pass.
 *
 * With `from` (the pull cursor this laptop held before the first page was asked for), nothing is
 * laid unless the database still holds that cursor: another window that pulled meanwhile may hold
 * newer rows of the case than these pages (or rows made after them), and the pull that brought
 * them will not bring them again. Returns whether the rows were laid.
 */
export async function applyCaseSnapshot(
  db: AmparoDatabase,
  caseId: string,
  changes: readonly Change[],
  options: { from?: string | null } = {},
): Promise<boolean> {
  const tables = [db.docs, db.noteRevisions, db.noteHeads, db.outbox, db.syncState];
  return db.transaction('rw', tables, async () => {
    if (options.from !== undefined && (await readSyncState(db)).cursor !== options.from)
      return false;
    // What lost this case's rows may have lost its documents too: its list is fetched again.
    await forgetFetchedCases(db, [caseId]);
    const outbox = await db.outbox.where('caseId').equals(caseId).toArray();
    const work = new Map<string, OutboxRow[]>();
    for (const row of outbox.sort((a, b) => a.localId! - b.localId!))
      work.set(row.entityId, [...(work.get(row.entityId) ?? []), row]);
    const documents = changes.filter((c) => c.entity !== 'noteRevision' && c.row);
    const serverIds = new Set(documents.map((c) => c.id));
    const local = new Map(
      (await db.docs.where('caseId').equals(caseId).toArray()).map((row) => [row.id, row]),
    );
    const puts: DocumentRow[] = [];
    const outboxUpdates: OutboxRow[] = [];
    for (const change of documents) {
      const current = local.get(change.id);
      const rebased = rebase(change.row!, work.get(change.id) ?? []);
      outboxUpdates.push(...rebased.updated);
      puts.push({
        id: change.id,
        entity: change.entity as DocumentRow['entity'],
        caseId,
        version: change.version,
        base: change.row,
        doc: rebased.doc,
        updatedAt: current?.updatedAt ?? nowIso(),
        ...(current?.deleted && work.has(change.id) ? { deleted: true } : {}),
      });
    }
    const stale = [...local.values()]
      .filter((row) => !serverIds.has(row.id) && row.version > 0 && !work.has(row.id))
      .map((row) => row.id);
    const revisions = changes.filter((c) => c.entity === 'noteRevision' && c.row);
    const held = new Map(
      (await db.noteRevisions.bulkGet(revisions.map((c) => c.id)))
        .filter((r): r is NoteRevisionRow => !!r)
        .map((r) => [r.id, r]),
    );
    const revisionPuts: NoteRevisionRow[] = [];
    for (const change of revisions) {
      const row = {
        ...(change.row as unknown as NoteRevision),
        sealed: true,
        ...(change.meta?.serverSeq !== undefined ? { serverSeq: change.meta.serverSeq } : {}),
      };
      const mine = held.get(change.id);
      if (!mine) revisionPuts.push(row);
      else if (!work.has(change.id)) {
        const { sealed: _s, serverSeq: _q, ...kept } = mine;
        if (!jsonEqual(kept as never, change.row)) revisionPuts.push(row);
      }
    }
    await db.docs.bulkPut(puts);
    await db.docs.bulkDelete(stale);
    await db.noteRevisions.bulkPut(revisionPuts);
    // A repaired revision may change the graph without changing the count.
    if (revisionPuts.length > 0) await forgetCaseNoteHeads(db, caseId);
    if (outboxUpdates.length > 0) await db.outbox.bulkPut(outboxUpdates);
    return true;
  });
}
