/**
 * Documents in the random runs (issue 22): a laptop adds a synthetic PDF to one of its cases, or
 * removes one of its documents. Most are small (one chunk, under 2 KiB); one in five spans two
 * chunks, so that the run's faults and server kills hit uploads part way (upload-faults.ts).
 * Documents ride along every fault the run throws at the rest (lost answers, kills, restores,
 * revocations), and I2 compares them at rest.
 *
 * They draw from a random stream of their own, so adding them left every other operation's
 * choices as they were for the same seed.
 */
import { createAttachmentsRepository } from '../../renderer/src/db/attachments-repository';
import { openCaseIds, type OpContext, type OpOutcome } from './op-context';
import type { Prng } from './prng';
import type { SimClient } from './sim-client';
import { syntheticPdf } from './upload-faults';

/** Share of steps that are a document operation instead of the chosen one. */
export const DOCUMENT_RATE = 0.03;

export type DocumentOperation = 'addDocument' | 'removeDocument';

const streams = new WeakMap<SimClient, Prng>();

function stream(client: SimClient): Prng {
  let prng = streams.get(client);
  if (!prng) {
    prng = client.prng.fork('documents');
    streams.set(client, prng);
  }
  return prng;
}

const repository = (ctx: OpContext) => createAttachmentsRepository(() => ctx.client.device.db);

async function addDocument(ctx: OpContext, prng: Prng): Promise<OpOutcome> {
  const cases = await openCaseIds(ctx);
  if (cases.length === 0) return 'skipped';
  const caseId = prng.pick(cases);
  await repository(ctx).add(caseId, {
    name: `sim-${prng.int(1, 1_000_000)}.pdf`,
    bytes: syntheticPdf(prng),
  });
  return 'done';
}

async function removeDocument(ctx: OpContext, prng: Prng): Promise<OpOutcome> {
  const rows = await ctx.client.device.db.attachments.toArray();
  // Not one still arriving from MCJ: the app offers no removal before its bytes are here.
  const live = rows
    .filter((row) => row.syncState !== 'delete' && row.syncState !== 'download')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  if (live.length === 0) return 'skipped';
  await repository(ctx).remove(prng.pick(live).id);
  return 'done';
}

/**
 * Now and then (its own stream decides), a document operation on this laptop; null otherwise,
 * and then the step's operation is chosen as before.
 */
export async function maybeDocumentOperation(
  ctx: OpContext,
): Promise<{ op: DocumentOperation; outcome: OpOutcome } | null> {
  const prng = stream(ctx.client);
  if (!prng.chance(DOCUMENT_RATE)) return null;
  const op: DocumentOperation = prng.chance(0.75) ? 'addDocument' : 'removeDocument';
  return {
    op,
    outcome: await (op === 'addDocument' ? addDocument(ctx, prng) : removeDocument(ctx, prng)),
  };
}
