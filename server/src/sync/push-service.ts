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
import type { Mutation, MutationResult } from '@core/sync/mutation-schemas';
import { isDocumentEntity } from '@core/sync/mutation-schemas';
import { MIN_PROTOCOL_VERSION, SYNC_SCHEMA_VERSION } from '@core/sync/protocol-constants';
import type { PushRequest, PushResponse } from '@core/sync/sync-api-schemas';
import type { FastifyBaseLogger } from 'fastify';
import type { AuthContext } from '../auth/auth-context';
import type { Db } from '../db/db';
import { isRetryableDbError, isUniqueViolation, transactionWithRetry } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { ChangeInput } from '../repositories/change-log-repository';
import { recordChanges } from '../repositories/change-log-repository';
import { lockDeviceForPush } from '../repositories/devices-repository';
import {
  findStoredMutations,
  getStoredResult,
  settlePush,
} from '../repositories/push-records-repository';
import { applyCreate, applyDelete, applyPatchMutation } from './document-mutations';
import type { MutationOutcome } from './mutation-outcome';
import { MutationRejected } from './mutation-outcome';
import { applyNoteRevision } from './note-mutations';
import { PushBatchState } from './push-batch-state';

async function applyOne(state: PushBatchState, m: Mutation): Promise<MutationOutcome> {
  if (m.entity === 'case' && m.kind === 'create') {
    // Cases come from MCJ intake: only supervisors create them from a device.
    if (state.auth.role !== 'supervisor') throw new MutationRejected('forbidden_role');
  } else {
    const denial = state.caseDenial(m.caseId);
    if (denial) throw new MutationRejected(denial);
  }
  if (m.kind === 'noteRevision' || m.kind === 'noteFinalize') return applyNoteRevision(state, m);
  if (!isDocumentEntity(m.entity)) throw new MutationRejected('invalid_document');
  if (m.kind === 'create') return applyCreate(state, m, m.entity);
  if (m.kind === 'patch') return applyPatchMutation(state, m, m.entity);
  return applyDelete(state, m, m.entity);
}

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
    const settled: { seq: number; mutationId: string; result: MutationResult }[] = [];
    const bySeq = new Map<number, { mutationId: string; result: MutationResult }>();
    const byMutation = await findStoredMutations(
      tx,
      auth.deviceId,
      mutations.map((m) => m.mutationId),
    );
    let stopped = false;

    for (const m of mutations) {
      const ids = { mutationId: m.mutationId, seq: m.seq };
      if (stopped || m.seq > acked + 1) {
        results.push({ ...ids, status: 'deferred', reason: stopped ? 'server_busy' : 'gap' });
        continue;
      }
      if (m.seq <= acked) {
        const stored = bySeq.get(m.seq) ?? (await getStoredResult(tx, auth.deviceId, m.seq));
        if (stored && stored.mutationId === m.mutationId) {
          results.push({
            ...stored.result,
            ...ids,
            status: 'duplicate',
            originalStatus: stored.result.status,
          });
        } else {
          // The device reused a settled seq for different work: keep the payload, never apply it.
          quarantine(state, m, new MutationRejected('seq_reused'));
          results.push({ ...ids, status: 'rejected', reason: 'seq_reused' });
        }
        continue;
      }
      let result: MutationResult;
      const earlier = byMutation.get(m.mutationId);
      if (earlier) {
        // The same mutation under a new seq: its effect already happened once.
        result = { ...earlier, ...ids, status: 'duplicate', originalStatus: earlier.status };
      } else {
        try {
          const outcome = await applyOne(state, m);
          state.commit();
          result = { ...outcome.result, ...ids };
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
          quarantine(state, m, error);
          result = { ...ids, status: 'rejected', reason: error.reason };
        }
      }
      settled.push({ seq: m.seq, mutationId: m.mutationId, result });
      bySeq.set(m.seq, { mutationId: m.mutationId, result });
      byMutation.set(m.mutationId, result);
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
    if (afterUnassignment.length > 0) {
      await appendAudit(tx, {
        orgId: auth.orgId,
        actorId: auth.userId,
        deviceId: auth.deviceId,
        requestId: ctx.requestId,
        action: 'sync.push_after_unassignment',
        outcome: 'ok',
        caseIds: afterUnassignment,
      });
    }
    await recordChanges(tx, auth.orgId, changes);
    return { results, lastAckedSeq: acked };
  });
}

function applied(results: readonly MutationResult[], mutationId: string): boolean {
  return results.some(
    (r) => r.mutationId === mutationId && (r.status === 'applied' || r.status === 'conflict'),
  );
}
