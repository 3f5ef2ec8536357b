/** Case creation and import (validated by core's CaseFileSchema) and assignments. Shared by the HTTP API and the CLI. */
import { AppError } from '@core/errors/app-error';
import { validateEntityDocument } from '@core/sync/entity-schemas';
import type { JsonObject } from '@core/sync/json-value';
import type { Db, Queryable } from '../db/db';
import { isUniqueViolation } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { deleteAssignment, insertAssignment } from '../repositories/assignments-repository';
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

async function assignInTx(
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

async function requireCase(q: Queryable, actor: AdminActor, caseId: string) {
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

/** The attorney's devices learn of it as a revocation on their next pull (after pushing pending work). */
export async function unassignCase(db: Db, actor: AdminActor, caseId: string, userId: string) {
  await db.transaction(async (tx) => {
    await requireCase(tx, actor, caseId);
    const removed = await deleteAssignment(tx, caseId, userId);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.case_unassign',
      outcome: 'ok',
      caseIds: [caseId],
      details: { userId, changed: removed, via: actor.via },
    });
    await refreshCaseSummaries(tx, actor.orgId, [caseId]);
    if (removed) {
      await recordChanges(tx, actor.orgId, [
        {
          entity: 'assignment',
          entityId: caseId,
          caseId,
          version: 0,
          op: 'revoke',
          targetUserId: userId,
          actorId: actor.userId,
          deviceId: actor.deviceId,
          mutationId: null,
        },
      ]);
    }
  });
  return { caseId, userId, assigned: false };
}

export async function listCases(db: Db, actor: AdminActor) {
  return listCaseSummaries(db, actor.orgId);
}
