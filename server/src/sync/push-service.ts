/**
 * `POST /v1/sync/push`: applies one device's mutations in `seq` order, exactly once.
 *
 * The whole batch is one transaction holding the device row lock, so two copies of a batch sent
 * at once run one after the other and the second sees only duplicates. Each mutation runs inside
 * its own savepoint and commits together with its `device_mutations` row, which is what makes a
 * replay return the stored result instead of applying twice. Change-log sequence numbers are
 * drawn last, under the organisation lock (see change-log-repository.ts).
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
import type { Db, Transaction } from '../db/db';
import { isRetryableDbError, transactionWithRetry } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { ChangeInput } from '../repositories/change-log-repository';
import { recordChanges } from '../repositories/change-log-repository';
import { lockDeviceForPush, setLastAckedSeq } from '../repositories/devices-repository';
import {
  findStoredMutation,
  getStoredResult,
  insertDeviceMutation,
  insertQuarantine,
} from '../repositories/push-records-repository';
import { authoriseCaseWrite } from './case-access';
import { applyCreate, applyDelete, applyPatchMutation } from './document-mutations';
import type { MutationOutcome } from './mutation-outcome';
import { MutationRejected } from './mutation-outcome';
import { applyNoteRevision } from './note-mutations';

async function applyOne(tx: Transaction, auth: AuthContext, m: Mutation): Promise<MutationOutcome> {
  await authoriseCaseWrite(tx, auth, m);
  if (m.kind === 'noteRevision' || m.kind === 'noteFinalize') return applyNoteRevision(tx, auth, m);
  if (!isDocumentEntity(m.entity)) throw new MutationRejected('invalid_document');
  if (m.kind === 'create') return applyCreate(tx, auth, m, m.entity);
  if (m.kind === 'patch') return applyPatchMutation(tx, auth, m, m.entity);
  return applyDelete(tx, auth, m, m.entity);
}

async function quarantine(
  tx: Transaction,
  auth: AuthContext,
  m: Mutation,
  error: MutationRejected,
) {
  await insertQuarantine(tx, {
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

  return transactionWithRetry(ctx.db, async (tx) => {
    let acked = await lockDeviceForPush(tx, auth.deviceId);
    const results: MutationResult[] = [];
    const changes: ChangeInput[] = [];
    const caseIds = new Set<string>();
    let stopped = false;

    for (const m of mutations) {
      const ids = { mutationId: m.mutationId, seq: m.seq };
      if (stopped || m.seq > acked + 1) {
        results.push({ ...ids, status: 'deferred', reason: stopped ? 'server_busy' : 'gap' });
        continue;
      }
      if (m.seq <= acked) {
        const stored = await getStoredResult(tx, auth.deviceId, m.seq);
        if (stored && stored.mutationId === m.mutationId) {
          results.push({
            ...stored.result,
            ...ids,
            status: 'duplicate',
            originalStatus: stored.result.status,
          });
        } else {
          // The device reused a settled seq for different work: keep the payload, never apply it.
          const rejected = new MutationRejected('seq_reused');
          await quarantine(tx, auth, m, rejected);
          results.push({ ...ids, status: 'rejected', reason: 'seq_reused' });
        }
        continue;
      }
      let result: MutationResult;
      const earlier = await findStoredMutation(tx, auth.deviceId, m.mutationId);
      if (earlier) {
        // The same mutation under a new seq: its effect already happened once.
        result = {
          ...earlier.result,
          ...ids,
          status: 'duplicate',
          originalStatus: earlier.result.status,
        };
      } else {
        await tx.query('SAVEPOINT mutation');
        try {
          const outcome = await applyOne(tx, auth, m);
          await tx.query('RELEASE SAVEPOINT mutation');
          result = { ...outcome.result, ...ids };
          changes.push(...outcome.changes);
          caseIds.add(m.caseId);
        } catch (error) {
          // Deadlocks and serialisation failures retry the whole batch (transactionWithRetry).
          if (isRetryableDbError(error)) throw error;
          await tx.query('ROLLBACK TO SAVEPOINT mutation');
          if (!(error instanceof MutationRejected)) {
            // Unexpected: keep the order, settle nothing more, let the device retry later.
            ctx.log.error({ err: error }, 'mutation failed');
            stopped = true;
            results.push({ ...ids, status: 'deferred', reason: 'server_busy' });
            continue;
          }
          await quarantine(tx, auth, m, error);
          result = { ...ids, status: 'rejected', reason: error.reason };
        }
      }
      await insertDeviceMutation(tx, {
        deviceId: auth.deviceId,
        seq: m.seq,
        mutationId: m.mutationId,
        result,
      });
      results.push(result);
      acked = m.seq;
    }

    await setLastAckedSeq(tx, auth.deviceId, acked);
    const count = (status: MutationResult['status']) =>
      results.filter((r) => r.status === status).length;
    await appendAudit(tx, {
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
    });
    await recordChanges(tx, auth.orgId, changes);
    return { results, lastAckedSeq: acked };
  });
}
