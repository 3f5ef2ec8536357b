import { AppError } from '@core/errors/app-error';
import { caseKeyId, DEK_ID, type KeyRing } from './keyring';
import { sealRow } from './sealed-row';
import { encryptedTables, type TablePolicy } from './table-policy';

type Row = Record<string, unknown>;

/**
 * Sealing ahead (issue 11): an autosave knows, from what this session last saw of the row, what
 * it will most likely write. It seals that before its transaction, while the transaction waits
 * for its reads, so the write inside finds its ciphertexts ready (`sealRowNow`) and waits for no
 * WebCrypto call. Nothing sealed ahead is stored unless a write stores exactly that text in that
 * slot (table, id, format, key id, field, and the parts' IVs) with the very same key object; a
 * write of any other text seals anew. Everything here lives in the session's memo: emptied on
 * lock, and dropped with a forgotten case key (a seal that ends after either is not kept).
 */

/**
 * Transactions whose reads answer memo hits at once, without a keep-alive request (one wait
 * less). Only the two autosave paths ask for it, in a transaction of their own, and they check
 * after their reads that Dexie's transaction zone is still theirs (`stillIn`): elsewhere, memo
 * hits still answer from inside an IndexedDB callback (see encryption-middleware.ts).
 */
const atOnce = new WeakSet<object>();

export function answerMemoHitsAtOnce(idbTransaction: object | undefined): void {
  if (idbTransaction) atOnce.add(idbTransaction);
}

/**
 * Throws unless Dexie's current transaction is still `idbTransaction` (after reads answered at
 * once): then nothing is written outside the save's transaction, and the save fails whole.
 */
export function checkStillIn(
  idbTransaction: object | undefined,
  current: object | undefined,
): void {
  if (idbTransaction && current !== idbTransaction)
    throw new AppError('internal', 'transaction_zone_lost');
}

export function answersMemoHitsAtOnce(idbTransaction: unknown): boolean {
  return !!idbTransaction && typeof idbTransaction === 'object' && atOnce.has(idbTransaction);
}

/** How each row read or written through the encryption layer was stored (its sealed form). */
const storedForms = new WeakMap<object, Row>();

export function noteStoredForm(row: unknown, stored: unknown): void {
  if (row && typeof row === 'object' && stored && typeof stored === 'object')
    storedForms.set(row, stored as Row);
}

/** The sealed form of a row this session read or wrote (the object it got or gave). */
export function storedFormOf(row: unknown): Row | undefined {
  return row && typeof row === 'object' ? storedForms.get(row) : undefined;
}

function sameBytes(a: unknown, b: unknown): boolean {
  const bytes = (v: unknown) =>
    ArrayBuffer.isView(v)
      ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
      : v instanceof ArrayBuffer || Object.prototype.toString.call(v) === '[object ArrayBuffer]'
        ? new Uint8Array(v as ArrayBuffer)
        : undefined;
  const x = bytes(a);
  const y = bytes(b);
  if (!x || !y || x.byteLength !== y.byteLength) return false;
  for (let i = 0; i < x.byteLength; i += 1) if (x[i] !== y[i]) return false;
  return true;
}

function sameSealed(a: unknown, b: unknown): boolean {
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const x = a as Row;
  const y = b as Row;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    if (key === 'iv' || key === 'ct') {
      if (!sameBytes(x[key], y[key])) return false;
    } else if (key === 'v' || key === 'k') {
      if (x[key] !== y[key]) return false;
    } else return false;
  }
  return true;
}

/**
 * Whether two stored rows are the same, byte for byte where sealed: same clear fields, same IVs
 * and ciphertexts (so, under the same AAD, the same text). Both undefined counts as the same
 * (nothing there either time); a row this session never saw stored is never the same.
 */
export function sameStoredRow(a: Row | undefined, b: Row | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (key === 'enc' || key === 'bin') {
      if (!sameSealed(x, y)) return false;
    } else if (key === 'parts') {
      if (!x || !y || typeof x !== 'object' || typeof y !== 'object') return false;
      const names = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const name of names) if (!sameSealed((x as Row)[name], (y as Row)[name])) return false;
    } else if (x !== y) return false;
  }
  return true;
}

function keyIdFor(policy: TablePolicy, row: Row): string {
  const caseId = policy.caseField ? (row[policy.caseField] as string | undefined) : undefined;
  return caseId ? caseKeyId(caseId) : DEK_ID;
}

/**
 * Seals `writes` ahead of the transaction that will store them. Only with keys already in memory
 * (nothing is read or created for it); never fails: a row it could not seal is sealed by its
 * write, as before.
 */
export async function sealAhead(
  keys: KeyRing | null,
  writes: readonly (readonly [table: string, row: Row])[],
): Promise<void> {
  if (!keys?.isUnlocked) return;
  const epoch = keys.memo.epoch;
  await Promise.all(
    writes.map(async ([table, row]) => {
      const policy = encryptedTables[table];
      if (!policy) return;
      const keyId = keyIdFor(policy, row);
      const key = keys.keyNow(keyId);
      if (!key) return;
      try {
        await sealRow(table, policy, row, key, keyId, keys.memo, epoch);
      } catch {
        // Only a head start: the write seals it itself.
      }
    }),
  );
}
