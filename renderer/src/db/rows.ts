import type { DocumentKind } from '@core/documents/file-kind';
import type { NoteRevision } from '@core/domain/note-revision';
import type { Patch } from '@core/sync/document-patch';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import type { DocumentEntity, MutationKind, SyncEntity } from '@core/sync/mutation-schemas';

/**
 * A synced document (case, interview, checklist, deadline, comment). `doc` is what the attorney
 * sees: the server's document with this device's pending changes applied. `base` is the server's
 * document at `version` (null while the record exists only here).
 */
export interface DocumentRow {
  id: string;
  entity: DocumentEntity;
  caseId: string;
  version: number;
  doc: JsonObject;
  base: JsonObject | null;
  /** Local time of the last change, for display and sorting only. */
  updatedAt: string;
  deleted?: boolean;
  /**
   * The server's state this copy held when a restore of the server (or a new history epoch) was
   * seen: the download that follows sends back what the restored server lacks, then forgets it
   * (sync-peer-recovery.ts). Versions of the two histories cannot be compared.
   */
  beforeRestore?: { version: number; base: JsonObject };
}

export interface NoteRevisionRow extends NoteRevision {
  /** Set once the revision's outbox entry has been given a sequence number (sent or about to be). */
  sealed: boolean;
  /** Its place in the server's change order, once a pull told it (orders the heads of a fork). */
  serverSeq?: number;
}

/** Where a note's heads are (see note-heads.ts): written with every save of the note here. */
export interface NoteHeadsRow {
  noteId: string;
  caseId: string;
  /** Ids of the revisions no other revision names as a parent. */
  heads: string[];
  /** How many revisions the note had when this was written: another count means it is stale. */
  count: number;
  final: boolean;
}

export type OutboxState = 'pending' | 'rejected';

/**
 * One intent waiting for the server, written in the same transaction as the change it records.
 * `seq` is given when the sync engine first sends it and never changes afterwards; until then,
 * further edits of the same document coalesce into the entry (see `fromDoc`).
 */
export interface OutboxRow {
  localId?: number;
  mutationId: string;
  seq: number | null;
  kind: MutationKind;
  entity: SyncEntity;
  entityId: string;
  caseId: string;
  baseVersion: number;
  patch: Patch;
  baseValues?: Record<string, JsonValue>;
  parentRevisionIds?: string[];
  body?: JsonObject;
  clientTime: string;
  state: OutboxState;
  /** The document as it was before this entry's changes; lets later edits coalesce exactly. */
  fromDoc?: JsonObject | null;
  rejection?: { reason: string; at: string };
  /** Sent again after this laptop was restored from a backup (sync-superseded.ts). */
  afterRestore?: true;
  /**
   * A note revision the server lacks after it was restored from a backup, sent back by a laptop
   * that holds it (its author may be someone else): sync-peer-recovery.ts.
   */
  recovered?: true;
}

/** Form values that do not validate yet: kept so that nothing typed is ever lost. */
export interface DraftRow {
  id: string;
  caseId: string;
  values: unknown;
  updatedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A document dropped onto a case (its bytes live in `attachmentContents`, sealed as bytes). */
export interface AttachmentRow {
  id: string;
  caseId: string;
  createdAt: string;
  size: number;
  name: string;
  mimeType: string;
  /** `text` only on documents added before plain text was refused (issue 22). */
  kind: DocumentKind | 'text';
  /**
   * Sync with MCJ (clear, indexed): `upload` waits to be sent, `delete` (a tombstone, its bytes
   * already gone) waits for the server to delete it, `download` came from the server without its
   * bytes yet, `refused` the server will not take (`syncError` says why). Absent on documents
   * added before documents synced: taken as `upload`.
   */
  syncState?: AttachmentSyncState;
  /** SHA-256 of the bytes, hex (set when added here, or received; absent on older documents). */
  sha256?: string;
  /** Why the server refused it last (an `errors`/`attachments` key), and the limit for a quota. */
  syncError?: { message: string; limitBytes?: number } | null;
}

export type AttachmentSyncState = 'upload' | 'delete' | 'download' | 'synced' | 'refused';

export interface AttachmentContentRow {
  id: string;
  caseId: string;
  content: ArrayBuffer;
}

/**
 * An outbox entry the server acknowledged, kept for the retention window (default 30 days) so
 * that it can be sent again if the server is restored from a backup taken before it arrived.
 */
export interface AcknowledgedRow {
  mutationId: string;
  seq: number;
  caseId: string;
  /** When the acknowledgement arrived (this laptop's clock: only for expiry, never ordering). */
  ackedAt: string;
  entry: Omit<OutboxRow, 'localId' | 'fromDoc'>;
}

/** The search index, serialized and sealed as bytes (never stored in clear). */
export interface SearchIndexRow {
  id: string;
  /** Index format and analyzer version the blob was written with. */
  version: string;
  /** SHA-256 of the sorted record ids and stamps the blob covers. */
  checksum: string;
  count: number;
  savedAt: string;
  content: ArrayBuffer;
}
