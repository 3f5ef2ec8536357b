/**
 * Closing a review item. Legal-field conflicts (the server kept its value): `keep_server`, or
 * `use_client` to write the other side's value. A replaced ordinary value (`overwritten`: the
 * later push won by server order): `keep_server` acknowledges it, `restore` writes the replaced
 * value back, but only while the field still holds the value that replaced it, so a restore
 * never overwrites a newer change unseen. Every write is a new server change, attributed to the
 * person who chose it.
 */
import { AppError } from '@core/errors/app-error';
import type { Conflict } from '@core/sync/admin-schemas';
import { awaitsReview } from '@core/sync/conflict-review';
import { getAtPath, setAtPath, unsetAtPath } from '@core/sync/document-patch';
import { validateEntityDocument } from '@core/sync/entity-schemas';
import { isPathPrefix } from '@core/sync/field-path';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { cloneJson, jsonEqual } from '@core/sync/json-value';
import type { Db, Queryable } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { ChangeInput } from '../repositories/change-log-repository';
import { recordChanges } from '../repositories/change-log-repository';
import { getConflictForUpdate, markConflictResolved } from '../repositories/conflicts-repository';
import { getEntity, updateEntity } from '../repositories/entities-repository';
import { refreshCaseSummaries } from '../summaries/case-summaries-service';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

export type Resolution = 'keep_server' | 'use_client' | 'restore';

export { awaitsReview };

async function writeField(
  tx: Queryable,
  actor: AdminActor,
  conflict: Conflict,
  value: JsonValue | undefined,
  expectCurrent?: { value: JsonValue | undefined },
) {
  const row = await getEntity(tx, conflict.entityId, true);
  if (!row || row.orgId !== actor.orgId || row.entity !== conflict.entity)
    throw new AppError('not_found');
  if (expectCurrent && !jsonEqual(getAtPath(row.doc, conflict.fieldPath), expectCurrent.value))
    throw new AppError('conflict', 'review.conflict.changedSince');
  const doc: JsonObject = cloneJson(row.doc);
  if (value === undefined) unsetAtPath(doc, conflict.fieldPath);
  else setAtPath(doc, conflict.fieldPath, value);
  const checked = validateEntityDocument(row.entity, doc, { entityId: row.id, caseId: row.caseId });
  if (!checked.ok)
    throw new AppError('validation_failed', 'review.conflict.invalid', checked.issues);
  const version = row.version + 1;
  const fieldVersions = Object.fromEntries(
    Object.entries(row.fieldVersions).filter(([path]) => !isPathPrefix(conflict.fieldPath, path)),
  );
  fieldVersions[conflict.fieldPath] = [version, null];
  await updateEntity(tx, {
    id: row.id,
    doc: checked.value as JsonObject,
    version,
    fieldVersions,
    deletedAt: row.deletedAt,
  });
  const change: ChangeInput = {
    entity: row.entity,
    entityId: row.id,
    caseId: row.caseId,
    version,
    op: 'upsert',
    actorId: actor.userId,
    deviceId: actor.deviceId,
    mutationId: null,
  };
  return { result: { status: 'applied' as const, newVersion: version }, change };
}

export async function resolveConflict(
  db: Db,
  actor: AdminActor,
  id: string,
  resolution: Resolution,
) {
  return db.transaction(async (tx) => {
    const conflict = await getConflictForUpdate(tx, actor.orgId, id);
    if (!conflict) throw new AppError('not_found');
    if (!awaitsReview(conflict)) throw new AppError('conflict', 'review.conflict.closed');
    let written: Awaited<ReturnType<typeof writeField>> | undefined;
    if (resolution === 'use_client') {
      if (conflict.kind !== 'legal_field')
        throw new AppError('bad_request', 'review.conflict.notApplicable');
      written = await writeField(tx, actor, conflict, conflict.clientValue);
    } else if (resolution === 'restore') {
      if (conflict.kind !== 'overwritten')
        throw new AppError('bad_request', 'review.conflict.notApplicable');
      written = await writeField(tx, actor, conflict, conflict.serverValue, {
        value: conflict.clientValue,
      });
    }
    const resolved = await markConflictResolved(tx, id, actor.userId);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'review.conflict_resolve',
      outcome: 'ok',
      caseIds: [conflict.caseId],
      details: { conflictId: id, resolution, via: actor.via },
    });
    await refreshCaseSummaries(tx, actor.orgId, [conflict.caseId]);
    // The change-log seq is drawn last, under the organisation lock (change-log-repository.ts).
    if (written) await recordChanges(tx, actor.orgId, [written.change]);
    return { conflict: resolved, ...(written ? { result: written.result } : {}) };
  });
}
