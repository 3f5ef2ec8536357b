import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DocumentRow, DraftRow, NoteRevisionRow, OutboxRow, SettingRow } from './rows';

export type { SettingRow } from './rows';

/**
 * The one Amparo database. Versions are append-only once released: never edit a shipped
 * `version(n)`; add `version(n + 1)` with an idempotent upgrade that never drops the outbox or
 * note revisions. Indexes only on ids, foreign keys, status, sync sequence and dates: names,
 * A-numbers and note text are never indexed (records are encrypted at rest).
 */
export class AmparoDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  docs!: EntityTable<DocumentRow, 'id'>;
  noteRevisions!: EntityTable<NoteRevisionRow, 'id'>;
  outbox!: Table<OutboxRow, number>;
  drafts!: EntityTable<DraftRow, 'id'>;

  constructor(name = 'amparo') {
    // Strict durability: a write is on disk before its transaction completes and the UI says "saved".
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      settings: 'key',
      docs: 'id, caseId, entity, [entity+caseId]',
      noteRevisions: 'id, noteId, caseId',
      outbox: '++localId, caseId, entityId, seq, state',
      drafts: 'id, caseId',
    });
  }
}

let current: AmparoDatabase | undefined;

export function getDatabase(): AmparoDatabase {
  current ??= new AmparoDatabase();
  return current;
}

/** Tests and the lock screen replace or drop the open database. */
export function setDatabase(db: AmparoDatabase | undefined): void {
  current = db;
}
