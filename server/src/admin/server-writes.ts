/**
 * Changes MCJ's server makes itself (an intake decided, parties added to a case, an intake kept
 * as a note): validated by core's schemas, versioned and stamped like a device's change (device
 * `null`), and returned as change-log rows for the caller to record in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { NoteRevision } from '@core/domain/note-revision';
import { diffFields, touchedPaths } from '@core/sync/document-diff';
import { validateEntityDocument } from '@core/sync/entity-schemas';
import { isPathPrefix } from '@core/sync/field-path';
import type { JsonObject } from '@core/sync/json-value';
import type { Queryable } from '../db/db';
import type { ChangeInput } from '../repositories/change-log-repository';
import type { EntityRow } from '../repositories/entities-repository';
import { updateEntity } from '../repositories/entities-repository';
import { insertNotes, insertRevisions } from '../repositories/notes-repository';
import type { AdminActor } from './admin-actor';

/** Writes `doc` as the next version of `row`; null when nothing changed. */
export async function updateDocAsServer(
  q: Queryable,
  actor: AdminActor,
  row: EntityRow,
  doc: JsonObject,
): Promise<ChangeInput | null> {
  const checked = validateEntityDocument(row.entity, doc, { entityId: row.id, caseId: row.caseId });
  if (!checked.ok)
    throw new AppError('validation_failed', 'admin.document.invalid', checked.issues);
  const paths = touchedPaths(diffFields(row.doc, checked.value as JsonObject));
  if (paths.length === 0) return null;
  const version = row.version + 1;
  const fieldVersions = Object.fromEntries(
    Object.entries(row.fieldVersions).filter(([path]) => !paths.some((p) => isPathPrefix(p, path))),
  );
  for (const path of paths) fieldVersions[path] = [version, null];
  await updateEntity(q, {
    id: row.id,
    doc: checked.value as JsonObject,
    version,
    fieldVersions,
    deletedAt: row.deletedAt,
  });
  return {
    entity: row.entity,
    entityId: row.id,
    caseId: row.caseId,
    version,
    op: 'upsert',
    actorId: actor.userId,
    deviceId: actor.deviceId,
    mutationId: null,
  };
}

/** A new note on a case, in the name of `authorId` (who wrote its text), from no device. */
export async function insertNoteAsServer(
  q: Queryable,
  actor: AdminActor,
  input: { caseId: string; authorId: string; body: string },
): Promise<ChangeInput> {
  const noteId = randomUUID();
  const revision: NoteRevision = {
    id: randomUUID(),
    noteId,
    caseId: input.caseId,
    parentIds: [],
    body: input.body,
    authorId: input.authorId,
    deviceId: null,
    createdAt: new Date().toISOString(),
    state: 'draft',
  };
  const checked = validateEntityDocument('noteRevision', revision, {
    entityId: revision.id,
    caseId: input.caseId,
  });
  if (!checked.ok)
    throw new AppError('validation_failed', 'admin.document.invalid', checked.issues);
  await insertNotes(q, [{ id: noteId, orgId: actor.orgId, caseId: input.caseId }]);
  const mutationId = randomUUID();
  await insertRevisions(q, [
    {
      id: revision.id,
      orgId: actor.orgId,
      caseId: input.caseId,
      noteId,
      doc: checked.value as JsonObject,
      authorUserId: input.authorId,
      deviceId: null,
      mutationId,
      afterFinal: false,
    },
  ]);
  return {
    entity: 'noteRevision',
    entityId: revision.id,
    caseId: input.caseId,
    version: 1,
    op: 'upsert',
    actorId: actor.userId,
    deviceId: actor.deviceId,
    mutationId,
  };
}
