import type { Sealed } from './aes';

interface Entry {
  keyId: string;
  iv: Uint8Array<ArrayBuffer>;
  ct: ArrayBuffer;
  plain: string;
}

/** A ciphertext sealed ahead of its write, under `key` (the key object itself, not its id). */
interface AheadEntry extends Entry {
  key: CryptoKey;
}

/** How many slots may hold a ciphertext sealed ahead (a save seals two or three). */
const AHEAD_SLOTS = 32;
/** How many rows this session last saw are kept for sealing ahead (one per open editor). */
const SEEN_ROWS = 64;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

const bytesOf = (data: ArrayBuffer | ArrayBufferView): Uint8Array =>
  ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);

/**
 * What this session last sealed or opened in each slot (a slot is one AAD: table, row id, format,
 * key and field), so that an autosave neither decrypts again the row it wrote a moment ago nor
 * seals again a field that did not change (`base`, `fromDoc`).
 *
 * A read is answered from here only when the stored IV and ciphertext are byte for byte the ones
 * remembered: decrypting them under that slot's AAD could only give the remembered text, so
 * nothing that was not authenticated is ever returned. A write reuses a slot's ciphertext only
 * when the text to seal is exactly the remembered one (no new encryption, so no IV is used twice
 * with different text). Held by the session's key ring: emptied on lock, and a forgotten case key
 * takes its entries with it (crypto-shredding still holds within the session). Bounded, least
 * recently used first out.
 */
export class SealedMemo {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;
  /** Sealed before their transaction (seal-ahead.ts); kept apart from what is stored now. */
  private readonly ahead = new Map<string, AheadEntry>();
  /** Seals ahead still running, so a write of the same text waits for one instead of sealing. */
  private readonly sealing = new Map<
    string,
    { keyId: string; key: CryptoKey; plain: string; done: Promise<unknown> }
  >();
  /** What this session last saw of a row, for a save to seal its next form ahead. */
  private readonly seen = new Map<string, { keyId: string; value: unknown }>();
  /** Bumped whenever entries are dropped for a key or the session: a seal begun before is void. */
  private generation = 0;

  constructor(private readonly maxChars = 2_000_000) {}

  /** The text sealed in `sealed` for `slot`, if this session has seen exactly that ciphertext. */
  opened(slot: string, sealed: Sealed): string | undefined {
    const entry = this.entries.get(slot);
    if (
      !entry ||
      !sameBytes(entry.iv, sealed.iv) ||
      !sameBytes(bytesOf(entry.ct), bytesOf(sealed.ct))
    )
      return undefined;
    this.touch(slot, entry);
    return entry.plain;
  }

  /**
   * A ciphertext of exactly `plain` for `slot` made earlier in this session, to store again: the
   * one stored now, or one sealed ahead under `key` (the very key object the write seals with).
   * One sealed ahead becomes the slot's entry once it is taken (`take`), as if it had been
   * sealed now; `take` false only looks.
   */
  reusable(slot: string, plain: string, key?: CryptoKey, take = true): Sealed | undefined {
    const entry = this.entries.get(slot);
    if (entry && entry.plain === plain) {
      this.touch(slot, entry);
      return { iv: entry.iv, ct: entry.ct };
    }
    const ahead = this.ahead.get(slot);
    if (!ahead || !key || ahead.key !== key || ahead.plain !== plain) return undefined;
    if (!take) return { iv: ahead.iv, ct: ahead.ct };
    this.ahead.delete(slot);
    this.remember(slot, ahead.keyId, ahead, ahead.plain);
    return { iv: ahead.iv, ct: ahead.ct };
  }

  /** Where a seal ahead starts: pass to `rememberAhead` when it ends. */
  get epoch(): number {
    return this.generation;
  }

  /**
   * Keeps a ciphertext sealed ahead of its transaction, unless the session was locked or its key
   * forgotten since the seal began (`epoch`). Never answers a read (`opened`): only a write of
   * exactly `plain` in `slot` with the same `key` takes it (`reusable`).
   */
  rememberAhead(
    slot: string,
    keyId: string,
    key: CryptoKey,
    sealed: Sealed,
    plain: string,
    epoch: number,
  ): void {
    if (epoch !== this.generation || plain.length > this.maxChars / 4) return;
    this.ahead.delete(slot);
    this.ahead.set(slot, { keyId, key, iv: sealed.iv, ct: sealed.ct, plain });
    for (const [oldest] of this.ahead) {
      if (this.ahead.size <= AHEAD_SLOTS) break;
      this.ahead.delete(oldest);
    }
  }

  /** Marks a seal ahead of `plain` for `slot` as running until `done` settles. */
  sealingAhead(
    slot: string,
    keyId: string,
    key: CryptoKey,
    plain: string,
    done: Promise<unknown>,
  ): void {
    const entry = { keyId, key, plain, done };
    this.sealing.set(slot, entry);
    const end = () => {
      if (this.sealing.get(slot) === entry) this.sealing.delete(slot);
    };
    done.then(end, end);
  }

  /** A seal ahead of exactly `plain` for `slot` with `key` still running, to wait for. */
  pendingAhead(slot: string, plain: string, key: CryptoKey): Promise<unknown> | undefined {
    const entry = this.sealing.get(slot);
    return entry && entry.key === key && entry.plain === plain ? entry.done : undefined;
  }

  /** What this session last saw of `name` (a row and what goes with it), if still held. */
  seenRow<T>(name: string): T | undefined {
    const entry = this.seen.get(name);
    if (!entry) return undefined;
    this.seen.delete(name);
    this.seen.set(name, entry);
    return entry.value as T;
  }

  rememberSeenRow(name: string, keyId: string, value: unknown): void {
    this.seen.delete(name);
    this.seen.set(name, { keyId, value });
    for (const [oldest] of this.seen) {
      if (this.seen.size <= SEEN_ROWS) break;
      this.seen.delete(oldest);
    }
  }

  remember(slot: string, keyId: string, sealed: Sealed, plain: string): void {
    if (plain.length > this.maxChars / 4) return;
    this.drop(slot);
    this.entries.set(slot, { keyId, iv: sealed.iv, ct: sealed.ct, plain });
    this.chars += plain.length;
    for (const [oldest] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.drop(oldest);
    }
  }

  forgetKey(keyId: string): void {
    this.generation += 1;
    for (const [slot, entry] of this.entries) if (entry.keyId === keyId) this.drop(slot);
    for (const [slot, entry] of this.ahead) if (entry.keyId === keyId) this.ahead.delete(slot);
    for (const [slot, entry] of this.sealing) if (entry.keyId === keyId) this.sealing.delete(slot);
    for (const [name, entry] of this.seen) if (entry.keyId === keyId) this.seen.delete(name);
  }

  forgetAllExcept(keyId: string): void {
    this.generation += 1;
    for (const [slot, entry] of this.entries) if (entry.keyId !== keyId) this.drop(slot);
    for (const [slot, entry] of this.ahead) if (entry.keyId !== keyId) this.ahead.delete(slot);
    for (const [slot, entry] of this.sealing) if (entry.keyId !== keyId) this.sealing.delete(slot);
    for (const [name, entry] of this.seen) if (entry.keyId !== keyId) this.seen.delete(name);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.ahead.clear();
    this.sealing.clear();
    this.seen.clear();
    this.chars = 0;
  }

  /** Entries of every kind (stored, sealed ahead, rows seen): 0 after a lock. */
  get size(): number {
    return this.entries.size + this.ahead.size + this.sealing.size + this.seen.size;
  }

  private touch(slot: string, entry: Entry): void {
    this.entries.delete(slot);
    this.entries.set(slot, entry);
  }

  private drop(slot: string): void {
    const entry = this.entries.get(slot);
    if (!entry) return;
    this.entries.delete(slot);
    this.chars -= entry.plain.length;
  }
}
