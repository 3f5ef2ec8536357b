import type { Sealed } from './aes';

interface Entry {
  keyId: string;
  iv: Uint8Array<ArrayBuffer>;
  ct: ArrayBuffer;
  plain: string;
}

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

  /** A ciphertext of exactly `plain` for `slot` made earlier in this session, to store again. */
  reusable(slot: string, plain: string): Sealed | undefined {
    const entry = this.entries.get(slot);
    if (!entry || entry.plain !== plain) return undefined;
    this.touch(slot, entry);
    return { iv: entry.iv, ct: entry.ct };
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
    for (const [slot, entry] of this.entries) if (entry.keyId === keyId) this.drop(slot);
  }

  forgetAllExcept(keyId: string): void {
    for (const [slot, entry] of this.entries) if (entry.keyId !== keyId) this.drop(slot);
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  get size(): number {
    return this.entries.size;
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
