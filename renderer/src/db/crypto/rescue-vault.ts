import { gcm } from '@noble/ciphers/aes.js';
import { open, seal, IV_BYTES } from './aes';
import { concat, fromBase64, fromUtf8, randomBytes, toBase64, utf8, wipe } from './bytes';

/** One editor's unsaved work, in the shape its editor keeps in the drafts store. */
export interface RescuedDraft {
  readonly draftId: string;
  readonly caseId: string;
  readonly values: unknown;
}

/** The part of `Storage` the vault uses (localStorage in the app; a map in tests). */
export type RescueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'amparo.rescue.';
const keySlot = (vaultId: string) => `${PREFIX}${vaultId}.key`;
const dataSlot = (vaultId: string) => `${PREFIX}${vaultId}.data`;
const wrapAad = (vaultId: string) => `amparo/rescue-key/v1/${vaultId}`;
const dataAad = (vaultId: string) => `amparo/rescue-data/v1/${vaultId}`;
const KEY_BYTES = 32;

/**
 * What a page that is going away (a reload, a closed tab: web mode cannot hold either) had not
 * committed yet, sealed in the `pagehide` handler. IndexedDB and WebCrypto answer only after the
 * page is gone, so the sealing is synchronous (AES-256-GCM in JavaScript, @noble/ciphers) with a
 * key of this page's own: 32 random bytes made at unlock, stored only wrapped by the store's key
 * (DEK), and wiped at lock. The next unlock unwraps it, decrypts what was rescued into the drafts
 * store, and removes it. Nothing readable ever reaches localStorage. See docs/saving.md.
 */
export class RescueVault {
  private closed = false;

  private constructor(
    private readonly id: string,
    private readonly key: Uint8Array,
    private readonly storage: RescueStorage,
  ) {}

  /** A vault for this page, its key wrapped by `dek` in storage (one per page, so two tabs never share one). */
  static async open(dek: CryptoKey, storage: RescueStorage): Promise<RescueVault> {
    const id = toBase64(randomBytes(12)).replace(/[^a-z0-9]/gi, '');
    const key = randomBytes(KEY_BYTES);
    const wrapped = await seal(dek, key.slice(), wrapAad(id));
    storage.setItem(keySlot(id), encode(wrapped.iv, wrapped.ct));
    return new RescueVault(id, key, storage);
  }

  /**
   * Synchronously seals `drafts` into storage (replacing what this page sealed before); nothing
   * to rescue removes it. Throws nothing: a full storage only means nothing is rescued.
   */
  rescue(drafts: readonly RescuedDraft[]): void {
    if (this.closed) return;
    try {
      if (drafts.length === 0) {
        this.storage.removeItem(dataSlot(this.id));
        return;
      }
      const iv = randomBytes(IV_BYTES);
      const plain = utf8(JSON.stringify(drafts));
      const sealed = gcm(this.key, iv, utf8(dataAad(this.id))).encrypt(plain);
      wipe(plain);
      this.storage.setItem(dataSlot(this.id), encode(iv, sealed));
    } catch {
      // Quota exceeded or storage disabled: the saves under way are all that is left.
    }
  }

  /** The page came back (back/forward cache): what was rescued is live again, so forget it. */
  unrescue(): void {
    if (!this.closed) this.storage.removeItem(dataSlot(this.id));
  }

  /** At lock: the key leaves memory and storage; nothing more is rescued. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    wipe(this.key);
    this.storage.removeItem(keySlot(this.id));
    this.storage.removeItem(dataSlot(this.id));
  }
}

export interface RecoveryResult {
  readonly drafts: RescuedDraft[];
  /** Rescues that could not be opened (another store's key, damaged): removed, counted. */
  readonly unreadable: number;
}

/**
 * Every rescue sealed by a page that went away, opened with `dek`, removed from storage. Pages
 * still open (a second tab) keep their key slots: only slots holding rescued data are taken.
 */
export async function recoverRescues(
  dek: CryptoKey,
  storage: RescueStorage,
): Promise<RecoveryResult> {
  const drafts: RescuedDraft[] = [];
  let unreadable = 0;
  for (const id of rescueIdsWithData(storage)) {
    const data = storage.getItem(dataSlot(id));
    const wrapped = storage.getItem(keySlot(id));
    storage.removeItem(dataSlot(id));
    storage.removeItem(keySlot(id));
    try {
      if (!data || !wrapped) throw new Error('missing');
      const [wrapIv, wrapCt] = decode(wrapped);
      // A view, not its buffer: WebCrypto takes either, and the view is of this realm's types.
      const key = await open(
        dek,
        { iv: wrapIv, ct: wrapCt as unknown as ArrayBuffer },
        wrapAad(id),
      );
      const [iv, ct] = decode(data);
      const plain = gcm(key, iv, utf8(dataAad(id))).decrypt(ct);
      wipe(key);
      drafts.push(...parseDrafts(fromUtf8(plain)));
      wipe(plain);
    } catch {
      unreadable += 1;
    }
  }
  return { drafts, unreadable };
}

/** A new store (first run): rescues of an earlier one can never be opened. */
export function forgetAllRescues(storage: RescueStorage): void {
  for (const slot of rescueSlots(storage)) storage.removeItem(slot);
}

function rescueSlots(storage: RescueStorage): string[] {
  const slots: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const slot = storage.key(index);
    if (slot?.startsWith(PREFIX)) slots.push(slot);
  }
  return slots;
}

function rescueIdsWithData(storage: RescueStorage): string[] {
  return rescueSlots(storage)
    .filter((slot) => slot.endsWith('.data'))
    .map((slot) => slot.slice(PREFIX.length, -'.data'.length));
}

function parseDrafts(json: string): RescuedDraft[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (item): item is RescuedDraft =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as RescuedDraft).draftId === 'string' &&
      typeof (item as RescuedDraft).caseId === 'string' &&
      'values' in item,
  );
}

function encode(iv: Uint8Array, ct: ArrayBuffer | Uint8Array): string {
  return toBase64(concat(iv, ct instanceof Uint8Array ? ct : new Uint8Array(ct)));
}

function decode(text: string): [Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>] {
  const bytes = fromBase64(text);
  if (bytes.length <= IV_BYTES) throw new Error('short');
  return [bytes.slice(0, IV_BYTES), bytes.slice(IV_BYTES)];
}
