import Dexie, { type EntityTable, type Table } from 'dexie';
import { changeFeedMiddleware, type StoreChange } from './change-feed';
import { encryptionMiddleware } from './crypto/encryption-middleware';
import { caseKeyId, type KeyRing } from './crypto/keyring';
import { sealAhead } from './crypto/seal-ahead';
import type {
  AcknowledgedRow,
  AttachmentContentRow,
  AttachmentRow,
  DocumentRow,
  DraftRow,
  NoteHeadsRow,
  NoteRevisionRow,
  SearchIndexRow,
  OutboxRow,
  SettingRow,
} from './rows';

export type { SettingRow } from './rows';

export interface DatabaseOptions {
  /** The unlocked session's keys (null while locked). */
  keyring: () => KeyRing | null;
  /**
   * Only the canary test's control build turns this off, to prove that the canary test can fail.
   * The app never does.
   */
  encrypted?: boolean;
  /** The IndexedDB factory of the store generation (a storage bucket's); the default otherwise. */
  indexedDB?: IDBFactory;
}

/**
 * The one Amparo database. Versions are append-only once released: never edit a shipped
 * `version(n)`; add `version(n + 1)` with an idempotent upgrade that never drops the outbox or
 * note revisions. Indexes only on ids, foreign keys, status, sync sequence and dates: names,
 * A-numbers and note text are never indexed, and every other field is encrypted at rest by
 * the encryption middleware (see crypto/table-policy.ts).
 */
export class AmparoDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  docs!: EntityTable<DocumentRow, 'id'>;
  noteRevisions!: EntityTable<NoteRevisionRow, 'id'>;
  outbox!: Table<OutboxRow, number>;
  drafts!: EntityTable<DraftRow, 'id'>;
  /** Wrapped keys and the vault (never encrypted by the middleware: it holds what unlocks it). */
  keys!: Table<{ id: string }, string>;
  syncState!: EntityTable<SettingRow, 'key'>;
  conflicts!: Table<
    { id: string; caseId: string; status: string } & Record<string, unknown>,
    string
  >;
  quarantine!: Table<{ id: string; caseId: string } & Record<string, unknown>, string>;
  attachments!: Table<AttachmentRow, string>;
  attachmentContents!: Table<AttachmentContentRow, string>;
  acknowledged!: Table<AcknowledgedRow, string>;
  resyncSeen!: Table<{ id: string }, string>;
  searchIndex!: Table<SearchIndexRow, string>;
  noteHeads!: EntityTable<NoteHeadsRow, 'noteId'>;

  constructor(name: string, options: DatabaseOptions) {
    // Strict durability: a write is on disk before its transaction completes and the UI says "saved".
    super(name, {
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    });
    this.version(1).stores({
      settings: 'key',
      docs: 'id, caseId, entity, [entity+caseId]',
      noteRevisions: 'id, noteId, caseId',
      outbox: '++localId, &mutationId, caseId, entityId, seq, state, [state+caseId]',
      drafts: 'id, caseId',
      keys: 'id',
      syncState: 'key',
      conflicts: 'id, caseId, status',
      quarantine: 'id, caseId',
      attachments: 'id, caseId',
      attachmentContents: 'id, caseId',
    });
    this.version(2).stores({
      // Mutations the server acknowledged, kept for a while to send again if the server is
      // restored from a backup that predates them (see sync-retention.ts).
      acknowledged: 'mutationId, seq, caseId, ackedAt',
      // Ids a resync has brought back so far (ids only; see sync-resync.ts).
      resyncSeen: 'id',
    });
    this.version(3).stores({
      // The search index, only ever as one sealed blob (see features/search/search-service.ts).
      searchIndex: 'id',
    });
    this.version(4).stores({
      // Documents sync with MCJ (issue 22 #2): which wait to be sent, deleted or downloaded.
      attachments: 'id, caseId, syncState',
    });
    this.version(6).stores({
      // A note's revisions by time, read as keys only (the search index's stamps, issue 23).
      noteRevisions: 'id, noteId, caseId, [noteId+createdAt]',
      // Where each note's heads are, so a save reads O(1) rows (issue 11; see note-heads.ts).
      // Starts empty: rows are sealed and this runs before unlock, so each note's pointer is
      // written by its next save, and until then a save reads the note's revisions as before.
      noteHeads: 'noteId, caseId',
    });
    if (options.encrypted !== false) this.use(encryptionMiddleware(options.keyring));
    this.use(changeFeedMiddleware(WATCHED_TABLES, () => this.changeListeners));
    this.sessionKeys = options.encrypted !== false ? options.keyring : () => null;
  }

  private readonly sessionKeys: () => KeyRing | null;

  /**
   * Seals rows before the transaction that will write them (crypto/seal-ahead.ts): the write
   * then finds its ciphertexts ready if it stores exactly these rows. Never fails.
   */
  sealAhead(writes: readonly (readonly [table: string, row: object])[]): Promise<void> {
    return sealAhead(
      this.sessionKeys(),
      writes as readonly (readonly [string, Record<string, unknown>])[],
    );
  }

  /**
   * What this session last saw under `name` (kept by `rememberSeen`), to seal a save's rows ahead;
   * held in the session's memo, so a lock empties it and a forgotten case key takes it along.
   */
  seen<T>(name: string): T | undefined {
    const keys = this.sessionKeys();
    return keys?.isUnlocked ? keys.memo.seenRow<T>(name) : undefined;
  }

  rememberSeen(name: string, caseId: string, value: unknown): void {
    const keys = this.sessionKeys();
    if (keys?.isUnlocked) keys.memo.rememberSeenRow(name, caseKeyId(caseId), value);
  }

  private readonly changeListeners = new Set<(changes: StoreChange[]) => void>();

  /** Committed writes through this connection to the search index's sources; returns unsubscribe. */
  onStoreChanges(listener: (changes: StoreChange[]) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }
}

/** Tables whose committed writes listeners hear about (the search index's sources). */
const WATCHED_TABLES = ['docs', 'noteRevisions', 'attachments'];

let current: AmparoDatabase | undefined;
let keyring: KeyRing | null = null;

/** The database of a store created before store generations (and of tests and benchmarks). */
export const DATABASE_NAME = 'amparo';

export interface StoreLocation {
  name: string;
  indexedDB?: IDBFactory;
}

let location: StoreLocation = { name: DATABASE_NAME };

export function storeEncrypted(): boolean {
  return import.meta.env.VITE_AMPARO_UNSAFE_PLAINTEXT_STORAGE !== '1';
}

/** The app's database, sealed with the session's keys. */
export function getDatabase(): AmparoDatabase {
  current ??= new AmparoDatabase(location.name, {
    keyring: () => keyring,
    encrypted: storeEncrypted(),
    ...(location.indexedDB ? { indexedDB: location.indexedDB } : {}),
  });
  return current;
}

/** The current store generation (set at start, and when a passphrase change completes). */
export function setStoreLocation(next: StoreLocation): void {
  current?.close();
  current = undefined;
  location = next;
}

export function setSessionKeyRing(next: KeyRing | null): void {
  keyring = next;
}

export function sessionKeyRing(): KeyRing | null {
  return keyring;
}

/** Tests replace the open database. */
export function setDatabase(db: AmparoDatabase | undefined): void {
  current = db;
}
