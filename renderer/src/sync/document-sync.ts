/**
 * One documents pass of a sync run: deletions first, then uploads (a document of one chunk in one
 * request; a larger one chunk by chunk, only the chunks the server does not hold yet, so a cut
 * costs at most the chunk in flight), then the
 * server's changes (new documents and tombstones), then downloads, each checked against its
 * SHA-256 before it is stored. Network failures go up to the engine (offline, retried);
 * refusals stay with the document, shown on its row.
 */
import { DOCUMENT_CHUNK_BYTES } from '@core/documents/document-sync-schemas';
import { AppError } from '@core/errors/app-error';
import type { AmparoDatabase } from '../db/database';
import { caseIdsOnLaptop } from '../db/documents-repository';
import {
  adoptUnsyncedDocuments,
  applyServerDocuments,
  resendMissing,
  documentsIn,
  forgetDeleted,
  markUploaded,
  markUploadRefused,
  readDocumentContent,
  readDocumentSyncState,
  storeDownloaded,
  writeDocumentSyncState,
} from '../db/document-sync-store';
import type { AttachmentRow } from '../db/rows';
import { sha256Hex } from '../lib/sha256-hex';
import { readSyncState } from '../db/sync-state';
import type { DocumentTransport } from './document-transport';

export interface UploadProgress {
  sent: number;
  total: number;
}

/** Bytes sent of each document being uploaded, for the Documents page's progress bars. */
export class DocumentProgressStore {
  private readonly progress = new Map<string, UploadProgress>();
  private readonly listeners = new Set<() => void>();

  get(id: string): UploadProgress | undefined {
    return this.progress.get(id);
  }

  set(id: string, value: UploadProgress | null): void {
    if (value) this.progress.set(id, value);
    else this.progress.delete(id);
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const documentProgress = new DocumentProgressStore();

export { sha256Hex };

export interface DocumentSyncOptions {
  progress?: DocumentProgressStore;
  /** Stop between chunks (the vault is locking). */
  stopped?: () => boolean;
}

export async function syncDocuments(
  db: AmparoDatabase,
  transport: DocumentTransport,
  options: DocumentSyncOptions = {},
): Promise<void> {
  await adoptUnsyncedDocuments(db);
  for (const row of await documentsIn(db, 'delete')) {
    if (options.stopped?.()) return;
    await ignoreNotFound(transport.remove(row.caseId, row.id));
    await forgetDeleted(db, row.id);
  }
  // A case this laptop has lost (unassigned, leaving once its notes are delivered, or held by the
  // mass-removal fail-safe) sends nothing more: its documents wait and then go with the case.
  const leaving = await casesLeaving(db);
  for (const row of await documentsIn(db, 'upload')) {
    if (options.stopped?.()) return;
    if (leaving.has(row.caseId)) continue;
    await upload(db, transport, row, options);
  }
  await pullDocuments(db, transport);
  for (const row of await documentsIn(db, 'download')) {
    if (options.stopped?.()) return;
    if (leaving.has(row.caseId)) continue;
    const bytes = await ignoreNotFound(transport.content(row.caseId, row.id));
    // A copy that does not hash to what the server said is not stored; the next run tries again.
    if (bytes && (await sha256Hex(bytes)) === row.sha256) await storeDownloaded(db, row.id, bytes);
  }
}

async function casesLeaving(db: AmparoDatabase): Promise<Set<string>> {
  const state = await readSyncState(db);
  return new Set([...state.removalPending, ...state.heldRevocations]);
}

async function ignoreNotFound<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  }
}

async function upload(
  db: AmparoDatabase,
  transport: DocumentTransport,
  row: AttachmentRow,
  options: DocumentSyncOptions,
): Promise<void> {
  const content = await readDocumentContent(db, row.id);
  if (!content) return;
  // Hashed when it was added (or received); only a document added before that is hashed here.
  const sha256 = row.sha256 ?? (await sha256Hex(content));
  const bytes = new Uint8Array(content);
  try {
    if (bytes.byteLength <= DOCUMENT_CHUNK_BYTES) {
      // One chunk: start, chunk and commit in one request. A cut re-sends it whole (one chunk).
      options.progress?.set(row.id, { sent: 0, total: bytes.byteLength });
      await transport.putWhole(row.caseId, { documentId: row.id, name: row.name, sha256 }, bytes);
      await markUploaded(db, row.id, sha256);
      return;
    }
    const state = await transport.start(row.caseId, {
      documentId: row.id,
      name: row.name,
      size: bytes.byteLength,
      sha256,
    });
    if (state.status === 'open') {
      const held = new Set(state.received);
      let sent = held.size * state.chunkSize;
      for (let index = 0; index < state.chunkCount; index += 1) {
        if (held.has(index)) continue;
        if (options.stopped?.()) return;
        options.progress?.set(row.id, {
          sent: Math.min(sent, bytes.byteLength),
          total: bytes.byteLength,
        });
        const chunk = bytes.subarray(index * state.chunkSize, (index + 1) * state.chunkSize);
        await transport.putChunk(row.caseId, row.id, index, chunk);
        sent += chunk.byteLength;
      }
      options.progress?.set(row.id, { sent: bytes.byteLength, total: bytes.byteLength });
      await transport.commit(row.caseId, row.id);
    }
    await markUploaded(db, row.id, sha256);
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    // The bytes did not hash on the server to what was announced: the next run hashes them again.
    const rehash = refusal.error.message === 'documents.hash_mismatch';
    await markUploadRefused(db, row.id, refusal.error, refusal.retry, rehash);
  } finally {
    options.progress?.set(row.id, null);
  }
}

/** A refusal the document keeps (and whether a later run tries again), or null to rethrow. */
function refusalOf(error: unknown) {
  if (!(error instanceof AppError)) return null;
  const message = error.message;
  if (message.startsWith('documents.quota_')) {
    const limit = Number(error.issues?.find((issue) => issue.path === 'limitBytes')?.code);
    return {
      retry: true,
      error: { message, ...(Number.isFinite(limit) ? { limitBytes: limit } : {}) },
    };
  }
  // Spoiled on the way (the server forgot the chunks) or cut before every chunk arrived.
  if (message === 'documents.hash_mismatch' || message === 'documents.chunks_missing')
    return { retry: true, error: { message } };
  if (error.code === 'validation_failed' && message.startsWith('attachment_'))
    return { retry: false, error: { message } };
  if (message === 'documents.upload_mismatch' || message === 'documents.deleted')
    return { retry: false, error: { message } };
  return null;
}

async function pullDocuments(db: AmparoDatabase, transport: DocumentTransport): Promise<void> {
  const state = await readDocumentSyncState(db);
  const casesHere = new Set(await caseIdsOnLaptop(() => db));
  let cursor = state.cursor;
  for (let page = 0; page < 10_000; page += 1) {
    const answer = await transport.feed(cursor);
    await applyServerDocuments(db, answer.documents, casesHere);
    cursor = answer.nextCursor;
    await writeDocumentSyncState(db, { ...state, cursor });
    if (!answer.hasMore) break;
  }
  // A case that arrived on this laptop after its documents were made: fetch its whole list once.
  const fetched = state.fetchedCases.filter((id) => casesHere.has(id));
  for (const caseId of casesHere) {
    if (fetched.includes(caseId)) continue;
    const documents = await ignoreNotFound(transport.list(caseId));
    if (!documents) continue;
    await applyServerDocuments(db, documents, casesHere);
    if (state.recheck) await resendMissing(db, caseId, documents);
    fetched.push(caseId);
  }
  // Every case's list compared (a case skipped above is fetched at a later sync, without the
  // recheck: the lists of this run were whole).
  await writeDocumentSyncState(db, { cursor, fetchedCases: fetched });
}
