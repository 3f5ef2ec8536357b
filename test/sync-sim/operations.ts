/**
 * The random operations of one laptop and how often each is chosen. The network operations
 * (offline, online, sync now, typing while a sync is under way) sit beside the editing ones, so
 * the seed decides their interleaving too.
 */
import {
  addFamilyMember,
  addHearing,
  editLegalField,
  editOrdinaryField,
  removeItem,
} from './case-operations';
import { diskFull } from './disk-full';
import { maybeDocumentOperation, type DocumentOperation } from './document-operations';
import { backupOrRestore } from './laptop-backup';
import { damageLocalCopy } from './local-damage';
import { finalizeNote, resolveFork, typeNote } from './note-operations';
import type { OpContext, OpOutcome } from './op-context';
import {
  addComment,
  answerInterview,
  createDeadline,
  createInterview,
  editDeadline,
  finalizeInterview,
  removeDeadline,
  writeChecklist,
} from './record-operations';
import { syncOnce, syncTwoTabs } from './sim-client';

const editOps = {
  editOrdinaryField,
  editLegalField,
  addHearing,
  removeHearing: (ctx: OpContext) => removeItem(ctx, 'hearings'),
  addFamilyMember,
  removeFamilyMember: (ctx: OpContext) => removeItem(ctx, 'family'),
  typeNote,
  finalizeNote,
  resolveFork,
  createInterview,
  answerInterview,
  finalizeInterview,
  writeChecklist,
  createDeadline,
  editDeadline,
  removeDeadline,
  addComment,
} satisfies Record<string, (ctx: OpContext) => Promise<OpOutcome>>;

type EditOp = keyof typeof editOps;

const editWeights: Record<EditOp, number> = {
  editOrdinaryField: 14,
  editLegalField: 10,
  addHearing: 3,
  removeHearing: 1.5,
  addFamilyMember: 2,
  removeFamilyMember: 1,
  typeNote: 16,
  finalizeNote: 2,
  resolveFork: 2,
  createInterview: 2,
  answerInterview: 5,
  finalizeInterview: 1,
  writeChecklist: 4,
  createDeadline: 3,
  editDeadline: 4,
  removeDeadline: 1.5,
  addComment: 1.5,
};

/** While a sync waits at the proxy, the attorney keeps typing: these. */
const duringSyncWeights: Partial<Record<EditOp, number>> = {
  typeNote: 3,
  editLegalField: 2,
  editOrdinaryField: 2,
  editDeadline: 1,
  answerInterview: 1,
};

async function syncWhileTyping(ctx: OpContext): Promise<OpOutcome> {
  const { client } = ctx;
  const at = client.prng.pick(['/v1/sync/push', '/v1/sync/pull']);
  const held = client.proxy.holdNext((path) => path.startsWith(at));
  const run = syncOnce(client);
  const arrived = await Promise.race([held.arrived.then(() => true), run.then(() => false)]);
  try {
    if (arrived) {
      const edits = client.prng.int(1, 3);
      for (let i = 0; i < edits; i += 1) {
        const op = client.prng.weighted(duringSyncWeights as Record<EditOp, number>);
        await editOps[op]({ ...ctx, duringSync: true });
      }
    }
  } finally {
    held.release();
  }
  await run;
  return arrived ? 'done' : 'skipped';
}

const sessionOps = {
  syncNow: async (ctx: OpContext): Promise<OpOutcome> => {
    await syncOnce(ctx.client);
    return 'done';
  },
  syncWhileTyping,
  syncTwoTabs: async (ctx: OpContext): Promise<OpOutcome> => {
    await syncTwoTabs(ctx.client);
    return 'done';
  },
  goOffline: async (ctx: OpContext): Promise<OpOutcome> => {
    if (!ctx.client.proxy.online) return 'skipped';
    ctx.client.proxy.online = false;
    return 'done';
  },
  goOnline: async (ctx: OpContext): Promise<OpOutcome> => {
    if (ctx.client.proxy.online) return 'skipped';
    ctx.client.proxy.online = true;
    return 'done';
  },
  /** The attorney confirms removals the 20% fail-safe held back. */
  damageLocalCopy,
  backupOrRestore,
  diskFull: (ctx: OpContext) =>
    diskFull(ctx, (c) => {
      const op = c.client.prng.weighted(duringSyncWeights as Record<EditOp, number>);
      return editOps[op]({ ...c, duringSync: true });
    }),
  confirmRemovals: async (ctx: OpContext): Promise<OpOutcome> => {
    const engine = ctx.client.device.engine;
    if ((await engine.refreshCounts()).heldRevocations === 0) return 'skipped';
    await engine.confirmHeldRevocations();
    return 'done';
  },
};

type SessionOp = keyof typeof sessionOps;

const sessionWeights: Record<SessionOp, number> = {
  syncNow: 8,
  syncWhileTyping: 2,
  syncTwoTabs: 1,
  goOffline: 2,
  goOnline: 3,
  confirmRemovals: 1,
  damageLocalCopy: 1,
  backupOrRestore: 0.8,
  diskFull: 0.8,
};

export type OperationName = EditOp | SessionOp | DocumentOperation;

const allOps: Record<EditOp | SessionOp, (ctx: OpContext) => Promise<OpOutcome>> = {
  ...editOps,
  ...sessionOps,
};
const allWeights: Record<EditOp | SessionOp, number> = { ...editWeights, ...sessionWeights };

/** How often a laptop backs up or restores its database, by default (beside the weights above). */
export const DEFAULT_BACKUP_WEIGHT = sessionWeights.backupOrRestore;

/**
 * Chooses and runs one operation on the context's laptop; `backupWeight` replaces the weight of
 * `backupOrRestore` (a campaign that needs restored laptops raises it).
 */
export async function runRandomOperation(
  ctx: OpContext,
  backupWeight = DEFAULT_BACKUP_WEIGHT,
): Promise<{ op: OperationName; outcome: OpOutcome }> {
  const document = await maybeDocumentOperation(ctx);
  if (document) return document;
  const weights =
    backupWeight === DEFAULT_BACKUP_WEIGHT
      ? allWeights
      : { ...allWeights, backupOrRestore: backupWeight };
  const op = ctx.client.prng.weighted(weights);
  return { op, outcome: await allOps[op](ctx) };
}
