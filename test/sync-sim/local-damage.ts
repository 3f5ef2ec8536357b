/**
 * Damage to a laptop's local copy, written around the app (no outbox entry), as a disk fault or a
 * bug would leave it: a document or a note revision lost, or a document's version wrong. Only a
 * case with no work waiting is damaged (the work itself is the outbox's business). The laptop's
 * state checksum must find it and the re-fetch repair it (invariant C).
 */
import { openCaseIds, type OpContext, type OpOutcome } from './op-context';

export async function damageLocalCopy(ctx: OpContext): Promise<OpOutcome> {
  const { prng, device } = ctx.client;
  const db = device.db;
  const busy = new Set((await db.outbox.toArray()).map((row) => row.caseId));
  const idle = (await openCaseIds(ctx)).filter((id) => !busy.has(id));
  if (idle.length === 0) return 'skipped';
  const file = { id: prng.pick(idle) };
  const docs = await db.docs.where('caseId').equals(file.id).toArray();
  const revisions = await db.noteRevisions.where('caseId').equals(file.id).primaryKeys();
  const children = docs.filter((d) => d.id !== file.id && d.version > 0);
  const kind = prng.weighted({ dropDocument: 1, dropRevision: 1, wrongVersion: 1 });
  if (kind === 'dropDocument' && children.length > 0) {
    await db.docs.delete(prng.pick(children).id);
  } else if (kind === 'dropRevision' && revisions.length > 0) {
    await db.noteRevisions.delete(prng.pick(revisions));
  } else {
    const doc = prng.pick(docs.filter((d) => d.version > 0));
    await db.docs.put({ ...doc, version: doc.version + prng.int(1, 3) });
  }
  ctx.client.damaged.add(file.id);
  return 'done';
}
