import type { AmparoDatabase } from './database';

/**
 * Numbers the sealed, unsettled outbox entries again from `from`, in their order (none of them
 * took effect under the seq it had, so nothing is applied twice); returns the next free seq.
 */
export async function renumberSealed(
  db: AmparoDatabase,
  from: number,
): Promise<{ nextSeq: number; count: number }> {
  const sealed = (await db.outbox.where('state').equals('pending').toArray())
    .filter((row) => row.seq !== null)
    .sort((a, b) => a.seq! - b.seq!);
  let seq = from;
  for (const { fromDoc: _fromDoc, ...row } of sealed) {
    await db.outbox.put({ ...row, seq });
    seq += 1;
  }
  return { nextSeq: seq, count: sealed.length };
}
