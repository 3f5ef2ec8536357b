import type { CaseFile } from '@core/domain/case-file';
import type { NoteRevision } from '@core/domain/note-revision';
import type { JsonObject } from '@core/sync/json-value';
import { isDocumentEntity } from '@core/sync/mutation-schemas';
import type { Change, PullResponse } from '@core/sync/sync-api-schemas';
import { nowIso } from '../lib/ids';
import { caseKeyId } from './crypto/keyring';
import type { AmparoDatabase } from './database';
import { rebase } from './rebase';
import type { DocumentRow, NoteRevisionRow, OutboxRow } from './rows';
import { readSyncState, writeSyncState, type SyncState } from './sync-state';

/** A pull that would remove more than this share of the laptop's cases stops and asks first. */
export const REVOCATION_FAIL_SAFE = 0.2;

const caseTables = (db: AmparoDatabase) => [
  db.docs,
  db.noteRevisions,
  db.drafts,
  db.outbox,
  db.conflicts,
  db.quarantine,
  db.attachments,
  db.attachmentContents,
];

/** Removes one case from this laptop, including its key: what might remain on disk is unreadable. */
export async function purgeCase(db: AmparoDatabase, caseId: string): Promise<void> {
  await db.transaction('rw', [...caseTables(db), db.keys], async () => {
    for (const table of caseTables(db)) await table.where('caseId').equals(caseId).delete();
    await db.keys.delete(caseKeyId(caseId));
  });
}

export interface PullOutcome {
  applied: number;
  held: string[];
  removed: string[];
  removalPending: string[];
}

async function caseReference(db: AmparoDatabase, caseId: string): Promise<string> {
  const row = await db.docs.get(caseId);
  return (row?.doc as unknown as CaseFile | undefined)?.reference ?? '—';
}

/**
 * A case granted to this laptop's attorney arrives whole: the server sends every current row of it
 * after the grant. What the laptop still holds from an earlier assignment (kept while a removal
 * waited) may be stale, since a row deleted while the case was elsewhere is never deleted here; so
 * it goes first, except rows with pending work, and the fill brings back the rest.
 */
async function clearForFill(db: AmparoDatabase, caseIds: readonly string[]): Promise<void> {
  const granted = new Set(caseIds);
  const pending = new Set(
    (await db.outbox.toArray()).filter((r) => granted.has(r.caseId)).map((r) => r.entityId),
  );
  const unpending = (ids: string[]) => ids.filter((id) => !pending.has(id));
  for (const caseId of caseIds) {
    await db.docs.bulkDelete(unpending(await db.docs.where('caseId').equals(caseId).primaryKeys()));
    await db.noteRevisions.bulkDelete(
      unpending(await db.noteRevisions.where('caseId').equals(caseId).primaryKeys()),
    );
  }
}

/**
 * Which pulled revisions are here already. One keys-only read per case (no decryption) instead
 * of one read per revision: a first sync brings ~500 revisions of a few cases per page.
 */
async function knownRevisionIds(
  db: AmparoDatabase,
  revisions: readonly { caseId: string }[],
): Promise<Set<string>> {
  const caseIds = [...new Set(revisions.map((c) => c.caseId))];
  const keys = await Promise.all(
    caseIds.map((caseId) => db.noteRevisions.where('caseId').equals(caseId).primaryKeys()),
  );
  return new Set(keys.flat());
}

/**
 * Applies one page of server changes and its cursor in one transaction: if anything fails, the
 * cursor does not move and the page is fetched again. Local pending work is replayed on top of
 * every document that changed, and no pulled change ever overwrites a note revision.
 */
export async function applyPullPage(
  db: AmparoDatabase,
  page: PullResponse,
  options: { confirmRevocations?: boolean } = {},
): Promise<PullOutcome> {
  const outcome: PullOutcome = { applied: 0, held: [], removed: [], removalPending: [] };
  await db.transaction('rw', [db.docs, db.noteRevisions, db.outbox, db.syncState], async () => {
    if (page.grants.length > 0) await clearForFill(db, page.grants);
    const documents = page.changes.filter((c) => isDocumentEntity(c.entity));
    const revisions = page.changes.filter((c) => c.entity === 'noteRevision');
    const ids = documents.map((c) => c.id);
    const existing = new Map(
      (await db.docs.bulkGet(ids)).filter((r): r is DocumentRow => !!r).map((r) => [r.id, r]),
    );
    const pending = new Map<string, OutboxRow[]>();
    // The outbox is small; one read beats `anyOf`, which needs cursor reads of sealed rows.
    const wanted = new Set(ids);
    for (const row of (await db.outbox.toArray()).filter((r) => wanted.has(r.entityId))) {
      pending.set(row.entityId, [...(pending.get(row.entityId) ?? []), row]);
    }
    const puts: DocumentRow[] = [];
    const deletes: string[] = [];
    const outboxUpdates: OutboxRow[] = [];
    for (const change of documents) {
      const current = existing.get(change.id);
      const mine = (pending.get(change.id) ?? []).sort((a, b) => a.localId! - b.localId!);
      if (current && current.version > change.version) continue;
      if (change.op === 'delete' || !change.row) {
        // An edit made here wins over a delete made elsewhere: keep it; the push restores it.
        if (mine.length === 0) deletes.push(change.id);
        continue;
      }
      const rebased = rebase(change.row, mine);
      outboxUpdates.push(...rebased.updated);
      puts.push({
        id: change.id,
        entity: change.entity as DocumentRow['entity'],
        caseId: change.caseId,
        version: change.version,
        base: change.row,
        doc: rebased.doc,
        updatedAt: current?.updatedAt ?? nowIso(),
      });
    }
    const known = await knownRevisionIds(db, revisions);
    const serverSeq = (c: Change) =>
      c.meta?.serverSeq !== undefined ? { serverSeq: c.meta.serverSeq } : {};
    const newRevisions: NoteRevisionRow[] = revisions
      .filter((c) => c.op === 'upsert' && c.row && !known.has(c.id))
      .map((c) => ({ ...(c.row as unknown as NoteRevision), sealed: true, ...serverSeq(c) }));
    // This laptop's own revisions come back with their place in the server's order.
    const ordered = new Map(
      revisions
        .filter((c) => known.has(c.id) && c.meta?.serverSeq !== undefined)
        .map((c) => [c.id, c.meta!.serverSeq!]),
    );
    const reordered = (await db.noteRevisions.bulkGet([...ordered.keys()])).flatMap((row) =>
      row && row.sealed && row.serverSeq === undefined
        ? [{ ...row, serverSeq: ordered.get(row.id)! }]
        : [],
    );
    await db.docs.bulkPut(puts);
    await db.docs.bulkDelete(deletes);
    await db.noteRevisions.bulkPut([...newRevisions, ...reordered]);
    if (outboxUpdates.length > 0) await db.outbox.bulkPut(outboxUpdates);
    const state = await readSyncState(db);
    // A case assigned here again is no longer leaving: a later removal would purge it for good.
    const granted = new Set(page.grants);
    await writeSyncState(db, {
      ...state,
      cursor: page.nextCursor,
      heldRevocations: state.heldRevocations.filter((id) => !granted.has(id)),
      removalPending: state.removalPending.filter((id) => !granted.has(id)),
    });
    outcome.applied = puts.length + deletes.length + newRevisions.length;
  });
  if (page.revocations.length > 0)
    Object.assign(
      outcome,
      await handleRevocations(db, page.revocations, options.confirmRevocations ?? false),
    );
  return outcome;
}

/**
 * Unassigned cases leave the laptop only after their pending work has been pushed; a pull that
 * would remove more than 20% of the cases here is held until the attorney confirms.
 */
export async function handleRevocations(
  db: AmparoDatabase,
  revoked: readonly string[],
  confirmed: boolean,
): Promise<Omit<PullOutcome, 'applied'>> {
  const localCases = await db.docs.where('entity').equals('case').primaryKeys();
  const present = revoked.filter((id) => localCases.includes(id));
  const state = await readSyncState(db);
  const result = { held: [] as string[], removed: [] as string[], removalPending: [] as string[] };
  const candidates = [...new Set([...present, ...(confirmed ? state.heldRevocations : [])])];
  if (!confirmed && candidates.length > REVOCATION_FAIL_SAFE * localCases.length) {
    result.held = candidates;
    await db.transaction('rw', db.syncState, async () => {
      const s = await readSyncState(db);
      await writeSyncState(db, {
        ...s,
        heldRevocations: [...new Set([...s.heldRevocations, ...candidates])],
      });
    });
    return result;
  }
  const notices: SyncState['removedNotices'] = [];
  for (const caseId of candidates) {
    const waiting = await db.outbox.where('caseId').equals(caseId).count();
    if (waiting > 0) {
      result.removalPending.push(caseId);
      continue;
    }
    notices.push({ caseId, reference: await caseReference(db, caseId) });
    await purgeCase(db, caseId);
    result.removed.push(caseId);
  }
  await db.transaction('rw', db.syncState, async () => {
    const s = await readSyncState(db);
    await writeSyncState(db, {
      ...s,
      heldRevocations: s.heldRevocations.filter((id) => !candidates.includes(id)),
      removalPending: [
        ...new Set([
          ...s.removalPending.filter((id) => !result.removed.includes(id)),
          ...result.removalPending,
        ]),
      ],
      removedNotices: [...s.removedNotices, ...notices],
    });
  });
  return result;
}

/**
 * Cases with records here but no case file: work recorded after the case had left this laptop
 * (an editor still open on it when it was removed).
 */
async function casesWithoutFile(db: AmparoDatabase): Promise<string[]> {
  const files = new Set((await db.docs.where('entity').equals('case').primaryKeys()).map(String));
  const present = new Set<string>();
  for (const table of caseTables(db)) {
    for (const caseId of await table.orderBy('caseId').uniqueKeys()) present.add(String(caseId));
  }
  return [...present].filter((caseId) => !files.has(caseId));
}

/**
 * After a push: unassigned cases whose work has now reached the server are removed, and so is
 * work on a case that had already left (it was pushed like any other; it must not stay here).
 */
export async function completePendingRemovals(db: AmparoDatabase): Promise<string[]> {
  const state = await readSyncState(db);
  const removed =
    state.removalPending.length > 0
      ? (await handleRevocations(db, state.removalPending, true)).removed
      : [];
  for (const caseId of await casesWithoutFile(db)) {
    if ((await db.outbox.where('caseId').equals(caseId).count()) > 0) continue;
    await purgeCase(db, caseId);
    removed.push(caseId);
  }
  return removed;
}

export function isRemovalPending(state: SyncState, caseId: string): boolean {
  return state.removalPending.includes(caseId);
}

export type { JsonObject };
