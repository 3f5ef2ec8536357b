/**
 * The laptop's side of documents sync, in the database: what waits to be sent, deleted or
 * downloaded (from the clear `syncState` index, so counting needs no keys), the feed's cursor, and
 * the server's documents laid beside the laptop's own.
 */
import type { CaseDocument } from '@core/documents/document-sync-schemas';
import type { AmparoDatabase } from './database';
import type { AttachmentRow, AttachmentSyncState } from './rows';

const STATE_KEY = 'documentSync';

export interface DocumentSyncState {
  /** The feed's cursor (server document seq). */
  cursor: number;
  /** Cases whose whole document list was fetched once (a case granted later has older ones). */
  fetchedCases: string[];
  /**
   * Set when this laptop downloads everything again (a 410, a new epoch, a server restored from
   * a backup): the feed starts again from its beginning, every case's list is fetched again, and a
   * document held here as sent that the server's list lacks is sent again (a restored server lost
   * it; its id is its upload's, so it is created once).
   */
  recheck?: boolean;
}

export async function readDocumentSyncState(db: AmparoDatabase): Promise<DocumentSyncState> {
  const row = await db.syncState.get(STATE_KEY);
  return (row?.value as DocumentSyncState | undefined) ?? { cursor: 0, fetchedCases: [] };
}

export async function writeDocumentSyncState(db: AmparoDatabase, state: DocumentSyncState) {
  await db.syncState.put({ key: STATE_KEY, value: state });
}

/**
 * Runs inside the transaction that starts a resync (sync-resync.ts): the server's history may not
 * be the one this laptop's document cursor and lists were read from.
 */
export async function recheckDocuments(db: AmparoDatabase): Promise<void> {
  await writeDocumentSyncState(db, { cursor: 0, fetchedCases: [], recheck: true });
}

/**
 * A case's whole list from the server, during a recheck: documents of the case held here as sent
 * that the server does not have wait to be sent again. Their bytes are here; nothing is lost. A
 * document waiting to be downloaded that the server does not have (a restored server lost it:
 * sent after its backup) is dropped: no bytes of it are here, and it would wait for ever. If the
 * laptop that sent it sends it again, the feed brings it back.
 */
export async function resendMissing(
  db: AmparoDatabase,
  caseId: string,
  documents: readonly CaseDocument[],
): Promise<void> {
  const known = new Set(documents.map((d) => d.id));
  await db.transaction('rw', db.attachments, async () => {
    const here = await db.attachments.where('caseId').equals(caseId).toArray();
    for (const row of here) {
      if (known.has(row.id)) continue;
      if (row.syncState === 'synced') await db.attachments.put({ ...row, syncState: 'upload' });
      else if (row.syncState === 'download') await db.attachments.delete(row.id);
    }
  });
}

/** Cases (re)assigned here: their whole document list is fetched again at the next sync. */
export async function forgetFetchedCases(db: AmparoDatabase, caseIds: readonly string[]) {
  const state = await readDocumentSyncState(db);
  const granted = new Set(caseIds);
  if (!state.fetchedCases.some((id) => granted.has(id))) return;
  await writeDocumentSyncState(db, {
    ...state,
    fetchedCases: state.fetchedCases.filter((id) => !granted.has(id)),
  });
}

/** Documents added before documents synced carry no state: they wait to be sent. */
export async function adoptUnsyncedDocuments(db: AmparoDatabase): Promise<void> {
  await db.transaction('rw', db.attachments, async () => {
    // The encryption layer reads whole tables, not cursors; the table holds metadata only.
    const legacy = (await db.attachments.toArray()).filter((row) => row.syncState === undefined);
    for (const row of legacy) await db.attachments.put({ ...row, syncState: 'upload' });
  });
}

export function documentsIn(db: AmparoDatabase, state: AttachmentSyncState) {
  return db.attachments.where('syncState').equals(state).toArray();
}

/** Documents that wait for MCJ: to be sent (refused by a quota included) or deleted there. */
/** Documents whose bytes have not reached MCJ: erasing this laptop would lose them. */
export function documentsNotSent(db: AmparoDatabase): Promise<number> {
  return db.attachments.where('syncState').equals('upload').count();
}

export async function documentsWaiting(db: AmparoDatabase): Promise<number> {
  const [uploads, deletions] = await Promise.all([
    db.attachments.where('syncState').equals('upload').count(),
    db.attachments.where('syncState').equals('delete').count(),
  ]);
  return uploads + deletions;
}

export async function readDocumentContent(db: AmparoDatabase, id: string) {
  return (await db.attachmentContents.get(id))?.content;
}

async function patchRow(
  db: AmparoDatabase,
  id: string,
  expected: AttachmentSyncState,
  patch: Partial<AttachmentRow>,
) {
  await db.transaction('rw', db.attachments, async () => {
    const row = await db.attachments.get(id);
    // Removed or changed meanwhile (the attorney deleted it during the upload): leave it.
    if (row?.syncState === expected) await db.attachments.put({ ...row, ...patch });
  });
}

export function markUploaded(db: AmparoDatabase, id: string, sha256: string) {
  return patchRow(db, id, 'upload', { syncState: 'synced', sha256, syncError: null });
}

/**
 * The server would not take it: for now (`retry`, e.g. a quota) or for good. `rehash`: the hash
 * kept since it was added is forgotten (the next upload hashes the bytes again).
 */
export function markUploadRefused(
  db: AmparoDatabase,
  id: string,
  error: { message: string; limitBytes?: number },
  retry: boolean,
  rehash = false,
) {
  return patchRow(db, id, 'upload', {
    syncError: error,
    ...(retry ? {} : { syncState: 'refused' as const }),
    ...(rehash ? { sha256: undefined } : {}),
  });
}

export async function forgetDeleted(db: AmparoDatabase, id: string) {
  await db.transaction('rw', db.attachments, db.attachmentContents, async () => {
    const row = await db.attachments.get(id);
    if (row?.syncState !== 'delete') return;
    await db.attachments.delete(id);
    await db.attachmentContents.delete(id);
  });
}

/**
 * Lays the server's documents beside the laptop's: new ones wait to be downloaded (only in cases
 * on this laptop), tombstones remove the document here, and a document this laptop was still
 * sending is settled (its commit reached the server; the answer did not reach the laptop).
 */
export async function applyServerDocuments(
  db: AmparoDatabase,
  documents: readonly CaseDocument[],
  casesHere: ReadonlySet<string>,
): Promise<void> {
  if (documents.length === 0) return;
  await db.transaction('rw', db.attachments, db.attachmentContents, async () => {
    for (const document of documents) {
      const local = await db.attachments.get(document.id);
      if (document.deletedAt) {
        if (local) {
          await db.attachments.delete(document.id);
          await db.attachmentContents.delete(document.id);
        }
        continue;
      }
      if (local) {
        if (local.syncState === 'upload' || local.syncState === undefined)
          await db.attachments.put({ ...local, syncState: 'synced', sha256: document.sha256 });
        continue;
      }
      if (!casesHere.has(document.caseId)) continue;
      await db.attachments.put({
        id: document.id,
        caseId: document.caseId,
        createdAt: document.createdAt,
        size: document.size,
        name: document.name,
        mimeType: document.mimeType,
        kind: document.kind,
        sha256: document.sha256,
        syncState: 'download',
      });
    }
  });
}

/** Stores downloaded bytes, unless the document was removed meanwhile. */
export async function storeDownloaded(db: AmparoDatabase, id: string, content: ArrayBuffer) {
  await db.transaction('rw', db.attachments, db.attachmentContents, async () => {
    const row = await db.attachments.get(id);
    if (row?.syncState !== 'download') return;
    await db.attachmentContents.put({ id, caseId: row.caseId, content });
    await db.attachments.put({ ...row, syncState: 'synced' });
  });
}
