/**
 * Cases leaving this laptop: unassigned on the server (a revocation), or no longer in a resync.
 * A case leaves only after its pending work has reached the server, and a pull that would remove
 * more than 20% of the cases here stops until the attorney confirms. Revocations are recorded in
 * the transaction of the pull page that brought them (`receivedRevocations`), so a crash or a
 * vault lock before they are acted on never leaves a case (and its key) here for good: they are
 * acted on right after the page, and again at every start until done. Acting twice is harmless.
 */
import type { CaseFile } from '@core/domain/case-file';
import { caseKeyId } from './crypto/keyring';
import type { AmparoDatabase } from './database';
import { forgetFetchedCases } from './document-sync-store';
import { readSyncState, writeSyncState, type SyncState } from './sync-state';

/** A pull that would remove more than this share of the laptop's cases stops and asks first. */
export const REVOCATION_FAIL_SAFE = 0.2;

const caseTables = (db: AmparoDatabase) => [
  db.docs,
  db.noteRevisions,
  db.noteHeads,
  db.drafts,
  db.outbox,
  db.conflicts,
  db.quarantine,
  db.attachments,
  db.attachmentContents,
  db.acknowledged,
];

/**
 * Removes one case from this laptop, including its key: what might remain on disk is unreadable.
 * Its documents go with it, so should the case come back by any way (a grant, a checksum repair,
 * another window's pull), its whole document list is fetched again: the document feed has moved
 * past them meanwhile.
 */
export async function purgeCase(db: AmparoDatabase, caseId: string): Promise<void> {
  await db.transaction('rw', [...caseTables(db), db.keys, db.syncState], async () => {
    for (const table of caseTables(db)) await table.where('caseId').equals(caseId).delete();
    await db.keys.delete(caseKeyId(caseId));
    await forgetFetchedCases(db, [caseId]);
  });
}

export interface RevocationOutcome {
  held: string[];
  removed: string[];
  removalPending: string[];
}

async function caseReference(db: AmparoDatabase, caseId: string): Promise<string> {
  const row = await db.docs.get(caseId);
  return (row?.doc as unknown as CaseFile | undefined)?.reference ?? '—';
}

/** Whether the sync state still records the case as leaving (a grant since clears all three). */
function stillLeaving(state: SyncState, caseId: string): boolean {
  return (
    state.receivedRevocations.includes(caseId) ||
    state.removalPending.includes(caseId) ||
    state.heldRevocations.includes(caseId)
  );
}

/**
 * Unassigned cases leave the laptop only after their pending work has been pushed; a pull that
 * would remove more than 20% of the cases here is held until the attorney confirms.
 *
 * `recorded`: the ids were read from the sync state (the ones recorded with a pull page, held, or
 * waiting for a push). Another window may have applied a page assigning one of them again since
 * that read, so each is checked again, in the transaction that would remove it, and stays if it is
 * no longer recorded as leaving. Without it, `revoked` is taken as the server's fresh answer.
 */
export async function handleRevocations(
  db: AmparoDatabase,
  revoked: readonly string[],
  confirmed: boolean,
  options: { recorded?: boolean } = {},
): Promise<RevocationOutcome> {
  const leaving = (s: SyncState, caseId: string) => !options.recorded || stillLeaving(s, caseId);
  const localCases = await db.docs.where('entity').equals('case').primaryKeys();
  const present = revoked.filter((id) => localCases.includes(id));
  const state = await readSyncState(db);
  const result = { held: [] as string[], removed: [] as string[], removalPending: [] as string[] };
  const candidates = [...new Set([...present, ...(confirmed ? state.heldRevocations : [])])];
  const settled = new Set([...revoked, ...candidates]);
  if (!confirmed && candidates.length > REVOCATION_FAIL_SAFE * localCases.length) {
    result.held = candidates;
    await db.transaction('rw', db.syncState, async () => {
      const s = await readSyncState(db);
      await writeSyncState(db, {
        ...s,
        heldRevocations: [
          ...new Set([...s.heldRevocations, ...candidates.filter((id) => leaving(s, id))]),
        ],
        receivedRevocations: s.receivedRevocations.filter((id) => !settled.has(id)),
      });
    });
    return result;
  }
  const notices: SyncState['removedNotices'] = [];
  for (const caseId of candidates) {
    const outcome = await db.transaction(
      'rw',
      [...caseTables(db), db.keys, db.syncState],
      async () => {
        if (!leaving(await readSyncState(db), caseId)) return 'assignedAgain';
        if ((await db.outbox.where('caseId').equals(caseId).count()) > 0) return 'waiting';
        notices.push({ caseId, reference: await caseReference(db, caseId) });
        await purgeCase(db, caseId);
        return 'removed';
      },
    );
    if (outcome === 'waiting') result.removalPending.push(caseId);
    if (outcome === 'removed') result.removed.push(caseId);
  }
  await db.transaction('rw', db.syncState, async () => {
    const s = await readSyncState(db);
    await writeSyncState(db, {
      ...s,
      heldRevocations: s.heldRevocations.filter((id) => !candidates.includes(id)),
      removalPending: [
        ...new Set([
          ...s.removalPending.filter((id) => !result.removed.includes(id)),
          ...result.removalPending.filter((id) => leaving(s, id)),
        ]),
      ],
      removedNotices: [...s.removedNotices, ...notices],
      receivedRevocations: s.receivedRevocations.filter((id) => !settled.has(id)),
    });
  });
  return result;
}

/** Acts on revocations recorded with a pull page (at the page, or at the next start). */
export async function applyRecordedRevocations(
  db: AmparoDatabase,
  confirmed = false,
): Promise<RevocationOutcome> {
  const { receivedRevocations } = await readSyncState(db);
  if (receivedRevocations.length === 0) return { held: [], removed: [], removalPending: [] };
  return handleRevocations(db, receivedRevocations, confirmed, { recorded: true });
}

/**
 * Cases with records here but no case file: work recorded after the case had left this laptop
 * (an editor still open on it when it was removed). An intake is its own scope: its record is
 * its "file".
 */
async function casesWithoutFile(db: AmparoDatabase): Promise<string[]> {
  const files = new Set(
    (await db.docs.where('entity').anyOf(['case', 'intake']).primaryKeys()).map(String),
  );
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
      ? (await handleRevocations(db, state.removalPending, true, { recorded: true })).removed
      : [];
  for (const caseId of await casesWithoutFile(db)) {
    // Checked again in the transaction that removes it: another window may have pulled the
    // case's file since that read (its grant), and the case would go whole (issue 21, C).
    const gone = await db.transaction(
      'rw',
      [...caseTables(db), db.keys, db.syncState],
      async () => {
        if (await db.docs.get(caseId)) return false;
        if ((await db.outbox.where('caseId').equals(caseId).count()) > 0) return false;
        await purgeCase(db, caseId);
        return true;
      },
    );
    if (gone) removed.push(caseId);
  }
  return removed;
}

export function isRemovalPending(state: SyncState, caseId: string): boolean {
  return state.removalPending.includes(caseId);
}
