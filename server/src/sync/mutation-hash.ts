/**
 * A fingerprint of what a mutation asks for: SHA-256 of its canonical JSON (keys sorted), without
 * its `seq`, which a laptop may legitimately change when it renumbers unsent work.
 */
import { createHash } from 'node:crypto';
import type { Mutation } from '@core/sync/mutation-schemas';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function mutationHash(mutation: Mutation): string {
  const { seq: _seq, ...content } = mutation;
  return createHash('sha256').update(canonical(content)).digest('hex');
}

/** Stored hashes are null for mutations settled before hashes were kept: those cannot mismatch. */
export function sameContent(stored: string | null | undefined, mutation: Mutation): boolean {
  return !stored || stored === mutationHash(mutation);
}
