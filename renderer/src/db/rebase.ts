import { applyPatch, PatchError } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import type { OutboxRow } from './rows';

export interface RebaseResult {
  /** The server's document with this device's pending changes on top. */
  doc: JsonObject;
  /** Unsent entries, closed to further coalescing (their `fromDoc` is cleared). */
  updated: OutboxRow[];
  /** Entries whose patch no longer applies (the item they edit is gone); kept, never dropped. */
  failed: OutboxRow[];
}

/**
 * Replays this device's pending changes on top of a newer server document, so that what the
 * attorney sees is the server's state plus their own unsent work.
 *
 * Unsent entries keep the `baseVersion` and `baseValues` the attorney's edits were made on: the
 * newer server state was never on screen under them (the pending values cover it), so moving
 * their base forward would tell the server they had seen a concurrent change to the same field
 * and let it be overwritten without a conflict. Instead they stop coalescing, and later typing
 * starts a new entry based on the new server state.
 */
export function rebase(serverDoc: JsonObject, pending: readonly OutboxRow[]): RebaseResult {
  let doc = serverDoc;
  const updated: OutboxRow[] = [];
  const failed: OutboxRow[] = [];
  for (const row of pending) {
    if (row.kind !== 'patch') continue;
    if (row.seq === null && row.fromDoc) updated.push({ ...row, fromDoc: null });
    try {
      doc = applyPatch(doc, row.patch);
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      failed.push(row);
    }
  }
  return { doc, updated, failed };
}
