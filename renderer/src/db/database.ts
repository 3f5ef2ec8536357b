import Dexie, { type EntityTable } from 'dexie';

/** A key-value row for small settings and the attorney's profile. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The one Amparo database. Versions are append-only once shipped: never edit a released
 * `version(n)`; add `version(n + 1)` with an idempotent upgrade that never drops the outbox or
 * note revisions. Indexes only on ids, foreign keys, status, sync sequence and dates: names,
 * A-numbers and note text must never be indexed (they are encrypted at rest).
 */
export class AmparoDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = 'amparo') {
    // Strict durability: a write is on disk before its transaction completes and the UI says "saved".
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      settings: 'key',
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
