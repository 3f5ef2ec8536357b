/**
 * `POST /v1/sync/push`: applies one device's mutations in `seq` order, exactly once.
 *
 * The whole batch is one transaction holding the device row lock, so two copies of a batch sent
 * at once run one after the other and the second sees only duplicates. Each mutation is applied
 * as a unit to the batch's locked working set (push-batch-state.ts: effectively a savepoint per
 * mutation, kept in memory), and the effects are written together with the `device_mutations`
 * rows in the same transaction, which is what makes a replay return the stored result instead of
 * applying twice. Change-log sequence numbers are drawn last, under the organisation lock (see
 * change-log-repository.ts).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { JsonValue } from '@core/sync/json-value';
import { isDocumentEntity, type Mutation, type MutationResult } from '@core/sync/mutation-schemas';
import { MIN_PROTOCOL_VERSION, SYNC_SCHEMA_VERSION } from '@core/sync/protocol-constants';
import type { PushRequest, PushResponse } from '@core/sync/sync-api-schemas';
import type { FastifyBaseLogger } from 'fastify';
import type { AuthContext } from '../auth/auth-context';
import type { Db, Queryable } from '../db/db';
import { isRetryableDbError, isUniqueViolation, transactionWithRetry } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { ChangeInput } from '../repositories/change-log-repository';
import { recordChanges } from '../repositories/change-log-repository';
import { lockDeviceForPush } from '../repositories/devices-repository';
import { getEntity } from '../repositories/entities-repository';
import type { StoredMutation } from '../repositories/push-records-repository';
import {
  findStoredMutations,
  getStoredResult,
  settlePush,
} from '../repositories/push-records-repository';
import { refreshCaseSummaries } from '../summaries/case-summaries-service';
import { applyOne } from './apply-mutation';
import { MutationRejected } from './mutation-outcome';
import { mutationHash, sameContent } from './mutation-hash';
import { PushBatchState } from './push-batch-state';
import { lostToRestore, restoreShownByEdit } from './restore-evidence';
import { supersededAnswer } from './superseded';

function quarantine(state: PushBatchState, m: Mutation, error: MutationRejected) {
  const { auth } = state;
  state.quarantine({
    id: randomUUID(),
    orgId: auth.orgId,
    deviceId: auth.deviceId,
    userId: auth.userId,
    mutationId: m.mutationId,
    seq: m.seq,
    caseId: m.caseId,
    entity: m.entity,
    reason: error.reason,
    issues: error.issues,
    payload: m as unknown as JsonValue,
  });
}

interface PushContext {
  db: Db;
  auth: AuthContext;
  requestId: string;
  log: FastifyBaseLogger;
}

export async function push(ctx: PushContext, request: PushRequest): Promise<PushResponse> {
  const { auth } = ctx;
  if (request.deviceId !== auth.deviceId) throw new AppError('forbidden', 'sync.deviceMismatch');
  if (request.protocolVersion < MIN_PROTOCOL_VERSION) throw new AppError('upgrade_required');
  const mutations = [...request.mutations].sort((a, b) => a.seq - b.seq);
  if (request.schemaVersion > SYNC_SCHEMA_VERSION) {
    // A newer client's documents cannot be validated here: keep them waiting in its outbox.
    const results = mutations.map((m) => ({
      mutationId: m.mutationId,
      seq: m.seq,
      status: 'deferred' as const,
      reason: 'schema_unsupported' as const,
    }));
    return { results, lastAckedSeq: await lockDeviceForPush(ctx.db, auth.deviceId) };
  }

  // A unique violation means another device created the same row at the same moment: the
  // retry sees it and answers idempotently (or refuses a clash).
  const retryable = (error: unknown) => isRetryableDbError(error) || isUniqueViolation(error);
  return transactionWithRetry(ctx.db, retryable, async (tx) => {
    let acked = await lockDeviceForPush(tx, auth.deviceId);
    const state = new PushBatchState(tx, auth);
    await state.load(mutations.filter((m) => m.seq > acked));
    const results: MutationResult[] = [];
    const changes: ChangeInput[] = [];
    const caseIds = new Set<string>();
    const settled: (StoredMutation & { seq: number })[] = [];
    const bySeq = new Map<number, StoredMutation>();
    const byMutation = await findStoredMutations(
      tx,
      auth.deviceId,
      mutations.map((m) => m.mutationId),
    );
    const mismatch = (m: Mutation): MutationResult => {
      // Not a replay: a different change under a settled id. Keep it, never apply it.
      quarantine(state, m, new MutationRejected('mutation_mismatch'));
      return {
        mutationId: m.mutationId,
        seq: m.seq,
        status: 'rejected',
        reason: 'mutation_mismatch',
      };
    };
    // An earlier state of this device's own change (a restored laptop): answered, never applied.
    const differentContent = async (m: Mutation, before: StoredMutation) =>
      (await supersededAnswer(tx, auth, m, before)) ?? mismatch(m);
    let stopped = false;
    let renumber = false;

    for (const m of mutations) {
      const ids = { mutationId: m.mutationId, seq: m.seq };
      const earlier = byMutation.get(m.mutationId);
      if (m.seq <= acked) {
        const atSeq = bySeq.get(m.seq) ?? (await getStoredResult(tx, auth.deviceId, m.seq));
        const same = atSeq?.mutationId === m.mutationId ? atSeq : earlier;
        if (!same) {
          // The seq was settled for other work and this mutation never arrived: the laptop was
          // restored from an older backup. It renumbers from `lastAckedSeq + 1` and sends again.
          renumber = true;
          results.push({ ...ids, status: 'deferred', reason: 'seq_renumber' });
        } else if (sameContent(same.bodyHash, m)) {
          results.push(await duplicateNow(tx, auth, m, duplicateOf(same, ids)));
        } else results.push(await differentContent(m, same));
        continue;
      }
      if (renumber) {
        // Applying later work ahead of the entries being renumbered would break the device's order.
        results.push({ ...ids, status: 'deferred', reason: 'seq_renumber' });
        continue;
      }
      if (stopped || m.seq > acked + 1) {
        results.push({ ...ids, status: 'deferred', reason: stopped ? 'server_busy' : 'gap' });
        continue;
      }
      let result: MutationResult;
      if (earlier) {
        // The same mutation under a new seq: its effect already happened once.
        result = sameContent(earlier.bodyHash, m)
          ? await duplicateNow(tx, auth, m, duplicateOf(earlier, ids))
          : await differentContent(m, earlier);
      } else {
        try {
          // A revoked laptop's final push: kept for a supervisor, nothing takes effect.
          if (auth.deviceRevoked) throw new MutationRejected('device_revoked');
          const outcome = await applyOne(state, m);
          state.commit();
          result = { ...outcome.result, ...ids };
          if (result.conflictIds?.length)
            result = { ...result, conflicts: state.conflictsAmong(result.conflictIds) };
          changes.push(...outcome.changes);
          caseIds.add(m.caseId);
        } catch (error) {
          state.discard();
          if (isRetryableDbError(error)) throw error;
          if (!(error instanceof MutationRejected)) {
            // Unexpected: keep the order, settle nothing more, let the device retry later.
            ctx.log.error({ err: error }, 'mutation failed');
            stopped = true;
            results.push({ ...ids, status: 'deferred', reason: 'server_busy' });
            continue;
          }
          if (
            error.reason === 'not_found' &&
            lostToRestore(state, m) &&
            (await restoreShownByEdit(tx, { ...auth, requestId: ctx.requestId }, m))
          ) {
            // This server lost the record in a restore: the laptop downloads again (new epoch)
            // and sends it back with this edit in it; until then, nothing of its goes.
            stopped = true;
            results.push({ ...ids, status: 'deferred', reason: 'server_busy' });
            continue;
          }
          quarantine(state, m, error);
          result = { ...ids, status: 'rejected', reason: error.reason };
        }
      }
      const stored = {
        mutationId: m.mutationId,
        result,
        bodyHash: mutationHash(m),
        entityId: m.entityId,
      };
      settled.push({ ...stored, seq: m.seq });
      bySeq.set(m.seq, stored);
      if (!earlier) byMutation.set(m.mutationId, stored);
      results.push(result);
      acked = m.seq;
    }

    // Same transaction as the effects: a settled mutation and its effect commit together.
    await state.flush();
    const count = (status: MutationResult['status']) =>
      results.filter((r) => r.status === status).length;
    await settlePush(tx, {
      deviceId: auth.deviceId,
      lastAckedSeq: acked,
      settled,
      audit: {
        orgId: auth.orgId,
        actorId: auth.userId,
        deviceId: auth.deviceId,
        requestId: ctx.requestId,
        action: 'sync.push',
        outcome: 'ok',
        caseIds: [...caseIds],
        details: {
          applied: count('applied'),
          conflict: count('conflict'),
          duplicate: count('duplicate'),
          rejected: count('rejected'),
          deferred: count('deferred'),
          lastAckedSeq: acked,
        },
      },
    });
    const afterUnassignment = [...state.postUnassignment].filter((caseId) =>
      mutations.some((m) => m.caseId === caseId && applied(results, m.mutationId)),
    );
    // What this push did beyond applying changes, each an audit entry of its own.
    const auditCases = (action: string, ids: string[], details?: Record<string, number>) =>
      ids.length === 0
        ? undefined
        : appendAudit(tx, {
            orgId: auth.orgId,
            actorId: auth.userId,
            deviceId: auth.deviceId,
            requestId: ctx.requestId,
            action,
            outcome: 'ok',
            caseIds: ids,
            ...(details ? { details } : {}),
          });
    await auditCases('sync.push_after_unassignment', afterUnassignment);
    await auditCases('sync.base_version_ahead', [...state.baseVersionAhead]);
    await auditCases('sync.revision_recovered', [...state.recovered.keys()], {
      revisions: [...state.recovered.values()].reduce((a, b) => a + b, 0),
    });
    await auditCases('sync.recovered_deletion_kept', [...state.deletionKept]);
    // The staff screens' read model, in this transaction: the cases touched (those the push
    // changed get their last laptop sync now) and those with a newly refused change to review.
    const refused = mutations.filter((m) =>
      results.some((r) => r.mutationId === m.mutationId && r.status === 'rejected'),
    );
    await refreshCaseSummaries(tx, auth.orgId, [...caseIds, ...refused.map((m) => m.caseId)], {
      synced: changes.map((change) => change.caseId),
    });
    await recordChanges(tx, auth.orgId, changes);
    return { results, lastAckedSeq: acked };
  });
}

/**
 * The answer to a mutation settled before. A seq settled as a duplicate (the mutation re-sent
 * under a new seq) holds `duplicate`: its replay answers the status the mutation first got, which
 * is what the device acts on (a refusal it must keep for review, a conflict).
 */
function duplicateOf(
  stored: StoredMutation,
  ids: { mutationId: string; seq: number },
): MutationResult {
  return {
    ...stored.result,
    ...ids,
    status: 'duplicate',
    originalStatus: stored.result.originalStatus ?? stored.result.status,
  };
}

/**
 * A duplicate whose record another device has deleted since the mutation took effect: the answer
 * says so (`deleted`), so the device drops its copy as every other device did. Its pull may never
 * tell it: a download from scratch brings no deleted record and ends past the deletion (issue 21,
 * seed 7: a creation's answer lost, the record deleted elsewhere, a resync, the creation re-sent).
 * Work the device typed into the record since is still sent, as edits of the deleted record.
 */
async function duplicateNow(
  q: Queryable,
  auth: AuthContext,
  m: Mutation,
  answer: MutationResult,
): Promise<MutationResult> {
  const tookEffect = answer.originalStatus === 'applied' || answer.originalStatus === 'conflict';
  if (!tookEffect || !isDocumentEntity(m.entity)) return answer;
  const row = await getEntity(q, m.entityId);
  if (!row || row.orgId !== auth.orgId || row.deletedAt === null) return answer;
  return { ...answer, reason: 'deleted', newVersion: row.version };
}

function applied(results: readonly MutationResult[], mutationId: string): boolean {
  return results.some(
    (r) => r.mutationId === mutationId && (r.status === 'applied' || r.status === 'conflict'),
  );
}
