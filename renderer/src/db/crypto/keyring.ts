import { AppError } from '@core/errors/app-error';
import { importAesKey, open, seal, type Sealed } from './aes';
import { randomBytes } from './bytes';
import { SealedMemo } from './sealed-memo';

export const DEK_ID = 'dek';

export function caseKeyId(caseId: string): string {
  return `case:${caseId}`;
}

/** A per-case key as stored: 32 random bytes sealed with the data key. */
export interface CaseKeyRow {
  id: string;
  wrapped: Sealed;
}

const wrapAad = (keyId: string) => `amparo-key|${keyId}`;

/**
 * The keys of an unlocked session, as non-extractable CryptoKeys in memory only. The data key
 * (DEK) seals small records without a case and wraps one key per case; removing a case deletes
 * its key, which makes whatever is left of its records unreadable (crypto-shredding).
 */
export class KeyRing {
  private dek: CryptoKey | null;
  private readonly caseKeys = new Map<string, Promise<CryptoKey>>();
  /** The case keys whose promise has settled, to seal without waiting (seal-ahead.ts). */
  private readonly readyKeys = new Map<string, CryptoKey>();
  /** This session's recently sealed and opened texts (see SealedMemo); goes with the keys. */
  readonly memo = new SealedMemo();

  constructor(dek: CryptoKey) {
    this.dek = dek;
  }

  get isUnlocked(): boolean {
    return this.dek !== null;
  }

  /** Drops every key. Records stay on disk as ciphertext. */
  lock(): void {
    this.dek = null;
    this.caseKeys.clear();
    this.readyKeys.clear();
    this.memo.clear();
  }

  private requireDek(): CryptoKey {
    if (!this.dek) throw new AppError('unauthorized', 'locked');
    return this.dek;
  }

  dataKey(): CryptoKey {
    return this.requireDek();
  }

  /** A new case key and its wrapped form to store (in the same transaction as its first record). */
  async createCaseKey(caseId: string): Promise<CaseKeyRow> {
    const id = caseKeyId(caseId);
    const raw = randomBytes(32);
    const wrapped = await seal(this.requireDek(), raw.slice(), wrapAad(id));
    this.track(id, importAesKey(raw));
    return { id, wrapped };
  }

  private readonly creating = new Map<string, Promise<CaseKeyRow>>();

  /**
   * Creates the case key, unless it is in memory already or being created: several writes of one
   * transaction (a note's revision, its outbox entry and its pointer, side by side) may all find
   * no key row; only the first creates the key and gets its row to store, the others then take
   * that key (null here). Two keys for one case would leave rows no later session can open.
   */
  async createCaseKeyOnce(caseId: string): Promise<CaseKeyRow | null> {
    const id = caseKeyId(caseId);
    const inflight = this.creating.get(id);
    if (inflight) {
      await inflight.catch(() => undefined);
      return null;
    }
    if (this.caseKeys.has(id)) return null;
    const work = this.createCaseKey(caseId);
    this.creating.set(id, work);
    try {
      return await work;
    } finally {
      this.creating.delete(id);
    }
  }

  /** The case key, unwrapping a stored row when it is not in memory yet. */
  async caseKey(
    keyId: string,
    load: () => Promise<CaseKeyRow | undefined>,
  ): Promise<CryptoKey | undefined> {
    const cached = this.caseKeys.get(keyId);
    if (cached) return cached;
    const row = await load();
    if (!row) return undefined;
    const dek = this.requireDek();
    const pending = open(dek, row.wrapped, wrapAad(keyId)).then(importAesKey);
    this.track(keyId, pending);
    pending.catch(() => this.caseKeys.delete(keyId));
    return pending;
  }

  private track(keyId: string, pending: Promise<CryptoKey>): void {
    this.caseKeys.set(keyId, pending);
    this.readyKeys.delete(keyId);
    pending.then(
      (key) => {
        if (this.caseKeys.get(keyId) === pending) this.readyKeys.set(keyId, key);
      },
      () => undefined,
    );
  }

  /** The key for `keyId` if it is in memory now (no wait, no read); undefined otherwise. */
  keyNow(keyId: string): CryptoKey | undefined {
    if (keyId === DEK_ID) return this.dek ?? undefined;
    return this.readyKeys.get(keyId);
  }

  hasCaseKey(keyId: string): boolean {
    return this.caseKeys.has(keyId);
  }

  forget(keyId: string): void {
    this.caseKeys.delete(keyId);
    this.readyKeys.delete(keyId);
    this.memo.forgetKey(keyId);
  }

  forgetAllCaseKeys(): void {
    this.caseKeys.clear();
    this.readyKeys.clear();
    this.memo.forgetAllExcept(DEK_ID);
  }
}
