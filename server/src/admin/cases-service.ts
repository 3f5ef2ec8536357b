/** Case creation and import (validated by core's CaseFileSchema) and assignments. Shared by the HTTP API and the CLI. */
import { AppError } from '@core/errors/app-error';
import { validateEntityDocument } from '@core/sync/entity-schemas';
import type { JsonObject } from '@core/sync/json-value';
import type { Db, Queryable } from '../db/db';
import { isUniqueViolation } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import {
  deleteAssignment,
  insertAssignment,
  isAssigned,
} from '../repositories/assignments-repository';
import type { ChangeInput } from '../repositories/change-log-repository';
import { recordChanges } from '../repositories/change-log-repository';
import { getEntity, insertEntity, listCaseSummaries } from '../repositories/entities-repository';
import { getUser } from '../repositories/users-repository';
import { refreshCaseSummaries } from '../summaries/case-summaries-service';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

function validCaseFile(caseFile: unknown, index?: number): JsonObject {
  const id = (caseFile as { id?: unknown } | null)?.id;
  const checked = validateEntityDocument('case', caseFile, {
    entityId: String(id),
    caseId: String(id),
  });
  if (!checked.ok) {
    const prefix = index === undefined ? '' : `cases.${index}.`;
    throw new AppError(
      'validation_failed',
      'admin.case.invalid',
      checked.issues.map((issue) => ({ ...issue, path: `${prefix}${issue.path}`.slice(0, 200) })),
    );
  }
  return checked.value as JsonObject;
}

/** Assigns inside the caller's transaction: the grant to record, or null if already assigned. */
export async function assignInTx(
  q: Queryable,
  actor: AdminActor,
  caseId: string,
  userId: string,
): Promise<ChangeInput | null> {
  const user = await getUser(q, userId);
  if (!user || user.orgId !== actor.orgId || user.role === 'admin')
    throw new AppError('not_found', 'admin.user.notFound');
  const created = await insertAssignment(q, {
    caseId,
    userId,
    orgId: actor.orgId,
    assignedBy: actor.userId,
  });
  if (!created) return null;
  return {
    entity: 'assignment',
    entityId: caseId,
    caseId,
    version: 0,
    op: 'grant',
    targetUserId: userId,
    actorId: actor.userId,
    deviceId: actor.deviceId,
    mutationId: null,
  };
}

export async function requireCase(q: Queryable, actor: AdminActor, caseId: string) {
  const row = await getEntity(q, caseId);
  if (!row || row.entity !== 'case' || row.orgId !== actor.orgId) throw new AppError('not_found');
  return row;
}

/** Creates cases (all or none) and their assignments in one transaction. */
export async function createCases(
  db: Db,
  actor: AdminActor,
  caseFiles: readonly unknown[],
  assignTo: readonly string[] = [],
) {
  const docs = caseFiles.map((caseFile, index) =>
    validCaseFile(caseFile, caseFiles.length > 1 ? index : undefined),
  );
  try {
    return await db.transaction(async (tx) => {
      const changes: ChangeInput[] = [];
      for (const doc of docs) {
        const id = doc['id'] as string;
        await insertEntity(tx, {
          id,
          orgId: actor.orgId,
          caseId: id,
          entity: 'case',
          doc,
          version: 1,
          fieldVersions: {},
        });
        changes.push({
          entity: 'case',
          entityId: id,
          caseId: id,
          version: 1,
          op: 'upsert',
          actorId: actor.userId,
          deviceId: actor.deviceId,
          mutationId: null,
        });
        for (const userId of assignTo) {
          const grant = await assignInTx(tx, actor, id, userId);
          if (grant) changes.push(grant);
        }
      }
      const caseIds = docs.map((doc) => doc['id'] as string);
      await appendAudit(tx, {
        ...auditBase(actor),
        action: docs.length > 1 ? 'admin.case_import' : 'admin.case_create',
        outcome: 'ok',
        caseIds,
        details: { count: docs.length, assignedTo: [...assignTo], via: actor.via },
      });
      await refreshCaseSummaries(tx, actor.orgId, caseIds);
      await recordChanges(tx, actor.orgId, changes);
      return caseIds;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'admin.case.exists');
    throw error;
  }
}

export async function assignCase(db: Db, actor: AdminActor, caseId: string, userId: string) {
  await db.transaction(async (tx) => {
    await requireCase(tx, actor, caseId);
    const grant = await assignInTx(tx, actor, caseId, userId);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.case_assign',
      outcome: 'ok',
      caseIds: [caseId],
      details: { userId, changed: grant !== null, via: actor.via },
    });
    await refreshCaseSummaries(tx, actor.orgId, [caseId]);
    if (grant) await recordChanges(tx, actor.orgId, [grant]);
  });
  return { caseId, userId, assigned: true };
}

/** Removes an assignment inside the caller's transaction: the revocation to record, or null. */
async function unassignInTx(
  q: Queryable,
  actor: AdminActor,
  caseId: string,
  userId: string,
): Promise<ChangeInput | null> {
  if (!(await deleteAssignment(q, caseId, userId))) return null;
  return {
    entity: 'assignment',
    entityId: caseId,
    caseId,
    version: 0,
    op: 'revoke',
    targetUserId: userId,
    actorId: actor.userId,
    deviceId: actor.deviceId,
    mutationId: null,
  };
}

/**
 * The attorney's devices learn of it as a revocation on their next pull: each pushes its pending
 * work first and keeps the case until that work is on the server, and the server still accepts
 * their offline work on it for 14 days (push-batch-state.ts), so nothing they wrote is lost.
 */
export async function unassignCase(db: Db, actor: AdminActor, caseId: string, userId: string) {
  await db.transaction(async (tx) => {
    await requireCase(tx, actor, caseId);
    const revoke = await unassignInTx(tx, actor, caseId, userId);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.case_unassign',
      outcome: 'ok',
      caseIds: [caseId],
      details: { userId, changed: revoke !== null, via: actor.via },
    });
    await refreshCaseSummaries(tx, actor.orgId, [caseId]);
    if (revoke) await recordChanges(tx, actor.orgId, [revoke]);
  });
  return { caseId, userId, assigned: false };
}

/** One volunteer's case goes to another, in one step (the first keeps it until it is given). */
export async function reassignCase(
  db: Db,
  actor: AdminActor,
  caseId: string,
  fromUserId: string,
  toUserId: string,
) {
  if (fromUserId === toUserId) throw new AppError('bad_request', 'admin.case.sameVolunteer');
  await db.transaction(async (tx) => {
    await requireCase(tx, actor, caseId);
    if (!(await isAssigned(tx, caseId, fromUserId)))
      throw new AppError('conflict', 'admin.case.notAssignedToThem');
    const grant = await assignInTx(tx, actor, caseId, toUserId);
    const revoke = await unassignInTx(tx, actor, caseId, fromUserId);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.case_reassign',
      outcome: 'ok',
      caseIds: [caseId],
      details: { fromUserId, toUserId, via: actor.via },
    });
    await refreshCaseSummaries(tx, actor.orgId, [caseId]);
    await recordChanges(
      tx,
      actor.orgId,
      [grant, revoke].filter((c): c is ChangeInput => c !== null),
    );
  });
  return { caseId, fromUserId, toUserId };
}

export async function listCases(db: Db, actor: AdminActor) {
  return listCaseSummaries(db, actor.orgId);
}
