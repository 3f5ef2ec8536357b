import { AppError } from '@core/errors/app-error';
import { IV_BYTES, open, seal, type Sealed } from './aes';
import { fromUtf8, randomBytes, toBase64, utf8 } from './bytes';
import type { SealedMemo } from './sealed-memo';
import { aadFor, ENCRYPTION_FORMAT, READABLE_FORMATS, type TablePolicy } from './table-policy';

/**
 * How a record is stored (format 2):
 *
 *   { ...clear fields, enc: { v: 2, k, iv, ct }, parts?: { base: { iv, ct } }, bin?: { v, k, iv, ct } }
 *
 * `enc` seals every field that is neither clear nor apart. Each `apart` field of the table's
 * policy is sealed alone in `parts`, with AAD `table|id|2|keyId|part:field`, so a write that
 * carries it over unchanged can store its ciphertext again. `enc`'s AAD names each part and its
 * IV: a part cannot be removed, added, or replaced by an older ciphertext of itself without `enc`
 * failing to open. Format 1 (everything in `enc`, AAD `table|id|1|keyId`) is still read; any
 * write stores format 2.
 */
export interface SealedField extends Sealed {
  v: number;
  k: string;
}

type Row = Record<string, unknown>;
type Parts = Record<string, Sealed>;

export function decryptFailure(): AppError {
  // Deliberately vague: never say which record or what it held.
  return new AppError('internal', 'decrypt_failed');
}

export const partAad = (rowAad: string, field: string) => `${rowAad}|part:${field}`;

function encAad(rowAad: string, ivs: readonly (readonly [string, Uint8Array])[]): string {
  if (ivs.length === 0) return rowAad;
  const named = [...ivs].sort(([a], [b]) => (a < b ? -1 : 1));
  return `${rowAad}|parts:${named.map(([field, iv]) => `${field}=${toBase64(iv)}`).join(',')}`;
}

/**
 * Seals `text` for `slot`, or stores again the ciphertext this session made of the same text
 * (sealed for this write, or ahead of it). `ahead`: this seal is made ahead of its transaction
 * (its epoch, see SealedMemo.rememberAhead); it is kept apart and nothing is taken.
 */
function sealText(
  memo: SealedMemo,
  key: CryptoKey,
  keyId: string,
  slot: string,
  text: string,
  iv?: Uint8Array<ArrayBuffer>,
  ahead?: number,
): Sealed | Promise<Sealed> {
  const reused = memo.reusable(slot, text, key, ahead === undefined);
  if (reused) return reused;
  const sealNow = () =>
    seal(key, utf8(text), slot, iv).then((sealed) => {
      if (ahead === undefined) memo.remember(slot, keyId, sealed, text);
      else memo.rememberAhead(slot, keyId, key, sealed, text, ahead);
      return sealed;
    });
  if (ahead !== undefined) {
    const sealing = sealNow();
    memo.sealingAhead(slot, keyId, key, text, sealing);
    return sealing;
  }
  // The same text being sealed ahead (and its IV free to choose): wait for it, not seal twice.
  const pending = iv ? undefined : memo.pendingAhead(slot, text, key);
  if (pending)
    return pending.then(
      () => memo.reusable(slot, text, key) ?? sealNow(),
      () => sealNow(),
    );
  return sealNow();
}

interface SealPlan {
  clear: Row;
  /** The JSON of every field sealed in `enc`. */
  secret: string;
  /** Each `apart` field: its slot and its JSON. */
  apart: (readonly [field: string, slot: string, text: string])[];
  binary: Uint8Array<ArrayBuffer> | null;
  rowAad: string;
}

function planSeal(table: string, policy: TablePolicy, row: Row, keyId: string): SealPlan {
  const clear: Row = {};
  const secret: Row = {};
  const apart: [string, string][] = [];
  let binary: Uint8Array<ArrayBuffer> | null = null;
  for (const [field, value] of Object.entries(row)) {
    if (policy.clear.includes(field)) clear[field] = value;
    else if (field === policy.binaryField && isArrayBuffer(value))
      binary = new Uint8Array(value as ArrayBuffer);
    else if (value === undefined) continue;
    else if (policy.apart?.includes(field)) apart.push([field, JSON.stringify(value)]);
    else secret[field] = value;
  }
  const rowAad = aadFor(table, row[policy.idField], keyId);
  return {
    clear,
    secret: JSON.stringify(secret),
    apart: apart.map(([field, text]) => [field, partAad(rowAad, field), text] as const),
    binary,
    rowAad,
  };
}

function storedRow(
  clear: Row,
  keyId: string,
  main: Sealed,
  parts: readonly (readonly [string, Sealed])[],
  bin: Sealed | null,
): Row {
  const stored: Row = {
    ...clear,
    enc: { v: ENCRYPTION_FORMAT, k: keyId, iv: main.iv, ct: main.ct } satisfies SealedField,
  };
  if (parts.length > 0) stored['parts'] = Object.fromEntries(parts) as Parts;
  if (bin) stored['bin'] = { v: ENCRYPTION_FORMAT, k: keyId, ...bin } satisfies SealedField;
  return stored;
}

/**
 * Seals `row` for storage. `ahead` (an epoch from the memo): the row is sealed before the
 * transaction that may write it, and its ciphertexts are only kept in the memo, apart, for that
 * write to take if it stores exactly this text in this slot with this key (`sealRowNow`).
 */
export async function sealRow(
  table: string,
  policy: TablePolicy,
  row: Row,
  key: CryptoKey,
  keyId: string,
  memo: SealedMemo,
  ahead?: number,
): Promise<Row> {
  const plan = planSeal(table, policy, row, keyId);
  const take = ahead === undefined;
  // Each part's IV is known before sealing (a reused part keeps its own), so `enc` can bind it.
  const partSeals = plan.apart.map(([field, slot, text]) => {
    const reused = memo.reusable(slot, text, key, take);
    const iv = reused?.iv ?? randomBytes(IV_BYTES);
    return [field, iv, reused ?? sealText(memo, key, keyId, slot, text, iv, ahead)] as const;
  });
  const mainAad = encAad(
    plan.rowAad,
    partSeals.map(([field, iv]) => [field, iv]),
  );
  const [main, parts, bin] = await Promise.all([
    sealText(memo, key, keyId, mainAad, plan.secret, undefined, ahead),
    Promise.all(partSeals.map(async ([field, , sealed]) => [field, await sealed] as const)),
    // Bytes (attachments) are sealed as bytes, not through JSON, with their own IV.
    plan.binary ? seal(key, plan.binary, `${plan.rowAad}|${policy.binaryField}`) : null,
  ]);
  return storedRow(plan.clear, keyId, main, parts, bin);
}

/**
 * `row` sealed at once, with nothing to wait for, when every ciphertext it needs is one this
 * session already made of exactly that text for that slot with `key` (stored now, or sealed
 * ahead); undefined otherwise (then `sealRow`). No new encryption happens here, so no IV is used
 * with a second text.
 */
export function sealRowNow(
  table: string,
  policy: TablePolicy,
  row: Row,
  key: CryptoKey,
  keyId: string,
  memo: SealedMemo,
): Row | undefined {
  const plan = planSeal(table, policy, row, keyId);
  if (plan.binary) return undefined;
  const found = plan.apart.map(([, slot, text]) => memo.reusable(slot, text, key, false));
  if (!found.every((sealed) => sealed)) return undefined;
  const mainAad = encAad(
    plan.rowAad,
    plan.apart.map(([field], i) => [field, found[i]!.iv]),
  );
  if (!memo.reusable(mainAad, plan.secret, key, false)) return undefined;
  const main = memo.reusable(mainAad, plan.secret, key)!;
  const parts = plan.apart.map(
    ([field, slot, text]) => [field, memo.reusable(slot, text, key)!] as const,
  );
  return storedRow(plan.clear, keyId, main, parts, null);
}

interface Piece {
  /** null: the row's `enc`, whose fields are spread into the record. */
  field: string | null;
  slot: string;
  sealed: Sealed;
}

interface Layout {
  clear: Row;
  keyId: string;
  pieces: Piece[];
  bin: { slot: string; sealed: Sealed } | null;
}

function layoutOf(table: string, policy: TablePolicy, row: Row): Layout {
  const { enc, bin, parts, ...clear } = row as Row & {
    enc?: SealedField;
    bin?: SealedField;
    parts?: Parts;
  };
  if (!enc || !READABLE_FORMATS.includes(enc.v)) throw decryptFailure();
  const rowAad = aadFor(table, clear[policy.idField], enc.k, enc.v);
  const partEntries = Object.entries(parts ?? {});
  if (partEntries.length > 0 && enc.v < 2) throw decryptFailure();
  if (partEntries.some(([field]) => !policy.apart?.includes(field))) throw decryptFailure();
  if (bin && (!policy.binaryField || bin.v !== enc.v || bin.k !== enc.k)) throw decryptFailure();
  return {
    clear,
    keyId: enc.k,
    pieces: [
      {
        field: null,
        slot: encAad(
          rowAad,
          partEntries.map(([field, sealed]) => [field, sealed.iv]),
        ),
        sealed: enc,
      },
      ...partEntries.map(([field, sealed]) => ({
        field,
        slot: partAad(rowAad, field),
        sealed,
      })),
    ],
    bin: bin ? { slot: `${rowAad}|${policy.binaryField}`, sealed: bin } : null,
  };
}

function assemble(layout: Layout, texts: readonly string[]): Row {
  const opened: Row = { ...layout.clear };
  layout.pieces.forEach((piece, i) => {
    const value: unknown = JSON.parse(texts[i]!);
    if (piece.field === null) Object.assign(opened, value);
    else opened[piece.field] = value;
  });
  return opened;
}

/**
 * The record, opened from this session's memo alone when every piece's ciphertext is one it has
 * seen (no decryption, nothing to wait for); undefined when something must be decrypted.
 */
export function openRowFromMemo(
  table: string,
  policy: TablePolicy,
  row: Row,
  memo: SealedMemo,
): Row | undefined {
  try {
    const layout = layoutOf(table, policy, row);
    if (layout.bin) return undefined;
    const texts: string[] = [];
    for (const piece of layout.pieces) {
      const text = memo.opened(piece.slot, piece.sealed);
      if (text === undefined) return undefined;
      texts.push(text);
    }
    return assemble(layout, texts);
  } catch {
    return undefined;
  }
}

export async function openRow(
  table: string,
  policy: TablePolicy,
  row: Row,
  keyFor: (keyId: string) => Promise<CryptoKey>,
  memo: SealedMemo,
): Promise<Row> {
  const layout = layoutOf(table, policy, row);
  const key = await keyFor(layout.keyId);
  const texts = await Promise.all(
    layout.pieces.map(async ({ slot, sealed }) => {
      const known = memo.opened(slot, sealed);
      if (known !== undefined) return known;
      const text = fromUtf8(await open(key, sealed, slot));
      memo.remember(slot, layout.keyId, sealed, text);
      return text;
    }),
  );
  const opened = assemble(layout, texts);
  if (layout.bin && policy.binaryField)
    opened[policy.binaryField] = (await open(key, layout.bin.sealed, layout.bin.slot)).buffer;
  return opened;
}

/** Realm-independent (an ArrayBuffer from another realm fails `instanceof`). */
function isArrayBuffer(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}
