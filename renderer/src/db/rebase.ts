import { applyPatch, PatchError } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import type { OutboxRow } from './rows';

export interface RebaseResult {
  /** The server's document with this device's pending changes on top. */
  doc: JsonObject;
  /** Pending entries with `fromDoc`/`baseVersion` moved onto the new server state (unsent ones only). */
  updated: OutboxRow[];
  /** Entries whose patch no longer applies (the item they edit is gone); kept, never dropped. */
  failed: OutboxRow[];
}

/**
 * Replays this device's pending changes on top of a newer server document, so that what the
 * attorney sees is the server's state plus their own unsent work, and later typing coalesces
 * against the right starting point.
 */
export function rebase(
  serverDoc: JsonObject,
  serverVersion: number,
  pending: readonly OutboxRow[],
): RebaseResult {
  let doc = serverDoc;
  const updated: OutboxRow[] = [];
  const failed: OutboxRow[] = [];
  for (const row of pending) {
    if (row.kind !== 'patch') continue;
    if (row.seq === null) updated.push({ ...row, fromDoc: doc, baseVersion: serverVersion });
    try {
      doc = applyPatch(doc, row.patch);
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      failed.push(row);
    }
  }
  return { doc, updated, failed };
}
