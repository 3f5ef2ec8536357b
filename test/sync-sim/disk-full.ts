/**
 * A laptop's disk fills up (its IndexedDB quota): every write of that database fails with
 * QuotaExceededError, mid-transaction, until space returns. The laptop must keep everything it
 * had (the failed transactions roll back; the invariants at rest check nothing was lost), say so
 * (the sync status `storage_full`, a message in English and Spanish), and resume by itself.
 */
import { isQuotaError } from '../../renderer/src/sync/sync-engine';
import { syncOnce } from './sim-client';
import type { OpContext, OpOutcome } from './op-context';

const full = new Set<string>();
let patched = false;

/** Makes fake-indexeddb refuse writes to the databases marked full, as a full disk would. */
function patchStores(): void {
  if (patched) return;
  patched = true;
  const proto = globalThis.IDBObjectStore.prototype as unknown as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  for (const method of ['put', 'add']) {
    const original = proto[method]!;
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (full.has(this.transaction.db.name))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
}

/** Marks a laptop's database full (true) or gives its space back (false). */
export function setDiskFull(name: string, isFull: boolean): void {
  patchStores();
  if (isFull) full.add(name);
  else full.delete(name);
}

/**
 * While the disk is full the attorney tries to work (`attempt`, each refused) and to sync; then
 * space returns. Counted: syncs that said `storage_full`.
 */
export async function diskFull(
  ctx: OpContext,
  attempt: (ctx: OpContext) => Promise<unknown>,
): Promise<OpOutcome> {
  const { client } = ctx;
  const name = client.device.db.name;
  setDiskFull(name, true);
  try {
    for (let i = client.prng.int(1, 3); i > 0; i -= 1) {
      try {
        await attempt(ctx);
      } catch (error) {
        // The app shows the failure and nothing as saved; the simulation recorded nothing.
        if (!isQuotaError(error)) throw error;
      }
    }
    await syncOnce(client);
    if (client.device.engine.status.get().errorCode === 'storage_full') client.diskFullSeen += 1;
  } finally {
    setDiskFull(name, false);
  }
  return 'done';
}
