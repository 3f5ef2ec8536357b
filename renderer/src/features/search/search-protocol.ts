import type { SearchAnswer, SearchDoc } from './search-types';

/** Messages to the search worker; each has an id its answer carries back. */
export type WorkerRequest =
  | { type: 'load'; bytes: ArrayBuffer; checksum: string }
  | { type: 'upsert'; docs: SearchDoc[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'reset' }
  | { type: 'search'; query: string; limit: number }
  | { type: 'stamps' }
  | { type: 'serialize' };

export interface WorkerAnswers {
  load: { ok: boolean };
  upsert: null;
  remove: null;
  reset: null;
  search: SearchAnswer;
  stamps: [string, string][];
  serialize: { bytes: ArrayBuffer; checksum: string; count: number };
}

export type Envelope = { id: number; request: WorkerRequest };
export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false };

/** SHA-256 over the sorted ids and stamps an index covers. */
export async function stampsChecksum(stamps: Iterable<[string, string]>): Promise<string> {
  const lines = [...stamps].map(([id, stamp]) => `${id}\t${stamp}\n`).sort();
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(lines.join('')),
  );
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
