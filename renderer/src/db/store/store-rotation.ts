import type { IndexableType } from 'dexie';
import { importAesKey, open, seal, type Sealed } from '../crypto/aes';
import { KeyRing } from '../crypto/keyring';
import type { AmparoDatabase } from '../database';
import type { StoreRef } from './store-backend';

export const ROTATION_ID = 'rotation';

interface TableProgress {
  /** The last primary key copied (rows are copied in primary key order). */
  last: IndexableType | null;
  done: boolean;
  copied: number;
}

/**
 * Kept in the new store's `keys` table while it is being filled: where the copy stands, and the
 * old data key sealed with the new one, so that an interrupted change resumes with the new
 * passphrase alone. Nothing here is reachable with the old passphrase.
 */
export interface RotationRow {
  id: typeof ROTATION_ID;
  from: StoreRef;
  /** Dropped once complete (the old store is deleted then, so the old key opens nothing). */
  source: Sealed | null;
  progress: Record<string, TableProgress>;
  total: number;
  state: 'copying' | 'complete';
}

export interface RotationProgress {
  copied: number;
  total: number;
}

/** Rows per copy transaction; attachment contents are large, so fewer of them at once. */
const CHUNK: Readonly<Record<string, number>> = { attachmentContents: 8, attachments: 100 };
const DEFAULT_CHUNK = 400;

const sourceAad = (from: StoreRef) => `amparo-rotation|${from.kind}|${from.name}`;

export async function readRotation(db: AmparoDatabase): Promise<RotationRow | undefined> {
  return (await db.keys.get(ROTATION_ID)) as RotationRow | undefined;
}

/** Every table but `keys`: the new store makes its own keys as it seals each record again. */
function copiedTables(db: AmparoDatabase) {
  return db.tables.filter((table) => table.name !== 'keys');
}

export async function beginRotation(
  to: AmparoDatabase,
  toKeys: KeyRing,
  from: { ref: StoreRef; db: AmparoDatabase; rawDek: Uint8Array<ArrayBuffer> },
): Promise<RotationRow> {
  const counts = await Promise.all(copiedTables(from.db).map((table) => table.count()));
  const row: RotationRow = {
    id: ROTATION_ID,
    from: from.ref,
    source: await seal(toKeys.dataKey(), from.rawDek.slice(), sourceAad(from.ref)),
    progress: {},
    total: counts.reduce((a, b) => a + b, 0),
    state: 'copying',
  };
  await to.keys.put(row);
  return row;
}

/** The old store's keys, from the rotation row (resuming needs only the new passphrase). */
export async function sourceKeys(row: RotationRow, toKeys: KeyRing): Promise<KeyRing> {
  if (!row.source) throw new Error('rotation has no source key');
  const raw = await open(toKeys.dataKey(), row.source, sourceAad(row.from));
  return new KeyRing(await importAesKey(raw));
}

function copiedSoFar(row: RotationRow): number {
  return Object.values(row.progress).reduce((n, p) => n + p.copied, 0);
}

/**
 * Copies every record the old store still holds into the new one, a chunk per transaction: each
 * is opened with the old keys and sealed again with the new data key and new case keys (the
 * encryption middleware of each database does both). The position is saved with each chunk, so
 * a copy interrupted at any point resumes where it stopped. Ends with the row marked complete
 * and its source key dropped.
 */
export async function copyRemaining(
  from: AmparoDatabase,
  to: AmparoDatabase,
  start: RotationRow,
  onProgress: (progress: RotationProgress) => void = () => undefined,
  chunkSize?: number,
): Promise<RotationRow> {
  let row = start;
  onProgress({ copied: copiedSoFar(row), total: row.total });
  for (const table of copiedTables(from)) {
    const keyPath = table.schema.primKey.keyPath as string;
    const limit = chunkSize ?? CHUNK[table.name] ?? DEFAULT_CHUNK;
    let progress: TableProgress = row.progress[table.name] ?? {
      last: null,
      done: false,
      copied: 0,
    };
    while (!progress.done) {
      const collection =
        progress.last === null ? table.orderBy(':id') : table.where(':id').above(progress.last);
      const rows = (await collection.limit(limit).toArray()) as Record<string, IndexableType>[];
      progress = {
        last: rows.length > 0 ? rows[rows.length - 1]![keyPath]! : progress.last,
        done: rows.length < limit,
        copied: progress.copied + rows.length,
      };
      const target = to.table(table.name);
      const next: RotationRow = { ...row, progress: { ...row.progress, [table.name]: progress } };
      await to.transaction('rw', [target, to.keys], async () => {
        if (rows.length > 0) await target.bulkPut(rows);
        await to.keys.put(next);
      });
      row = next;
      // More rows may have been added since the count (never during a change; a resume counts again).
      onProgress({ copied: copiedSoFar(row), total: Math.max(row.total, copiedSoFar(row)) });
    }
  }
  const complete: RotationRow = { ...row, source: null, state: 'complete' };
  await to.keys.put(complete);
  return complete;
}
