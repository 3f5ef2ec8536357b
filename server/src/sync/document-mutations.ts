/** create, patch and delete of mergeable documents (case files, interviews, checklists, deadlines, comments, case logs). */
import { diffFields, flattenFields } from '@core/sync/document-diff';
import type { Patch } from '@core/sync/document-patch';
import { PatchError, isEmptyPatch } from '@core/sync/document-patch';
import { validateEntityDocument, validateEntityPatch } from '@core/sync/entity-schemas';
import { isPathPrefix, splitPath } from '@core/sync/field-path';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { jsonEqual } from '@core/sync/json-value';
import type { DocumentEntity, Mutation } from '@core/sync/mutation-schemas';
import type { AuthContext } from '../auth/auth-context';
import type { ChangeInput } from '../repositories/change-log-repository';
import type { EntityRow } from '../repositories/entities-repository';
import { recordConflicts } from './conflict-recorder';
import type { FieldVersions } from './document-merge';
import { hasForeignChangeSince, mergePatch } from './document-merge';
import type { MutationOutcome } from './mutation-outcome';
import { MutationRejected } from './mutation-outcome';
import type { PushBatchState } from './push-batch-state';
import { mayRecoverFor } from './recovered-revisions';

function change(
  auth: AuthContext,
  m: Mutation,
  version: number,
  op: 'upsert' | 'delete',
): ChangeInput {
  return {
    entity: m.entity,
    entityId: m.entityId,
    caseId: m.caseId,
    version,
    op,
    actorId: auth.userId,
    deviceId: auth.deviceId,
    mutationId: m.mutationId,
  };
}

function validate(entity: DocumentEntity, doc: unknown, m: Mutation): JsonObject {
  const checked = validateEntityDocument(entity, doc, { entityId: m.entityId, caseId: m.caseId });
  if (!checked.ok) throw new MutationRejected('invalid_document', checked.issues);
  return checked.value as JsonObject;
}

/** The field naming whose record it is: comments are their author's, time entries their attorney's. */
const ownerFields: Partial<Record<DocumentEntity, string>> = {
  comment: 'authorId',
  timeEntry: 'attorneyId',
};

/** Nobody writes or edits a comment or a time entry in someone else's name. */
function checkCommentAuthor(entity: DocumentEntity, doc: JsonObject, auth: AuthContext) {
  const field = ownerFields[entity];
  if (field && doc[field] !== auth.userId) throw new MutationRejected('forbidden_role');
}

/** A patch may not hand an owned record to someone else. */
function checkOwnerKept(entity: DocumentEntity, m: Mutation) {
  const field = ownerFields[entity];
  if (field && Object.hasOwn(m.patch.set, field)) throw new MutationRejected('forbidden_role');
}

function loadForWrite(
  state: PushBatchState,
  m: Mutation,
  entity: DocumentEntity,
  auth: AuthContext,
) {
  const row = state.entity(m.entityId);
  if (!row || row.caseId !== m.caseId || row.entity !== entity || row.orgId !== auth.orgId) {
    throw new MutationRejected('not_found');
  }
  return row;
}

/**
 * A record in someone else's name (a comment, a time entry) sent back after a restore by a device
 * on the case: accepted as recovered work under the same narrowing as a revision
 * (recovered-revisions.ts). Returns the owner when it is so accepted, else null.
 */
async function recoveredOwner(
  state: PushBatchState,
  m: Mutation,
  entity: DocumentEntity,
  doc: JsonObject,
): Promise<string | null> {
  const field = ownerFields[entity];
  const owner = field ? doc[field] : undefined;
  if (!m.recovered || typeof owner !== 'string' || owner === state.auth.userId) return null;
  if (!(await mayRecoverFor(state.q, state.auth.orgId, owner))) return null;
  state.recovered.set(m.caseId, (state.recovered.get(m.caseId) ?? 0) + 1);
  return owner;
}

export async function applyCreate(
  state: PushBatchState,
  m: Mutation,
  entity: DocumentEntity,
): Promise<MutationOutcome> {
  const { auth } = state;
  const doc = validate(entity, m.body, m);
  const owner = await recoveredOwner(state, m, entity, doc);
  if (!owner) checkCommentAuthor(entity, doc, auth);
  const existing = state.entity(m.entityId);
  if (existing) {
    if (existing.caseId !== m.caseId || existing.entity !== entity || existing.orgId !== auth.orgId)
      throw new MutationRejected('already_exists');
    // The same creation arriving again under a new mutation id changes nothing. Sent back after
    // a restore, of a record deleted here since (its deletion sent again first, issue 21, seed
    // 401): the deletion saw all of it, so it stands, and the laptop is told to drop its copy.
    if (jsonEqual(existing.doc, doc)) {
      const kept = existing.deletedAt !== null && m.recovered === true;
      if (kept) state.deletionKept.add(m.caseId);
      const reason = kept ? { reason: 'deleted' as const } : {};
      return {
        result: { status: 'applied', newVersion: existing.version, ...reason },
        changes: [],
      };
    }
    return mergeCreation(state, m, entity, existing, doc);
  }
  state.putEntity({
    id: m.entityId,
    orgId: auth.orgId,
    caseId: m.caseId,
    entity,
    doc,
    version: 1,
    fieldVersions: creationStamps(doc, auth.deviceId),
    deletedAt: null,
  });
  return { result: { status: 'applied', newVersion: 1 }, changes: [change(auth, m, 1, 'upsert')] };
}

/** A final interview accepts only new addenda. */
function lockFor(row: EntityRow): ((path: string) => boolean) | undefined {
  if (row.entity === 'interview' && row.doc['state'] === 'final') {
    return (path) => !isPathPrefix('addenda', path);
  }
  return undefined;
}

/**
 * The version the device's change is compared against. A base version the server never had (the
 * server was restored from an older backup, or the device is confused) proves nothing about what
 * the device saw: every field it changes is then checked as concurrent, against what it says it
 * saw there (`baseValues`), so a legal fact changed here is kept and flagged, never overwritten.
 */
function comparableBase(state: PushBatchState, m: Mutation, row: EntityRow) {
  if (m.baseVersion <= row.version) return { baseVersion: m.baseVersion, ahead: false };
  state.baseVersionAhead.add(m.caseId);
  return { baseVersion: 0, ahead: true };
}

export async function applyPatchMutation(
  state: PushBatchState,
  m: Mutation,
  entity: DocumentEntity,
): Promise<MutationOutcome> {
  const row = loadForWrite(state, m, entity, state.auth);
  checkCommentAuthor(entity, row.doc, state.auth);
  checkOwnerKept(entity, m);
  return mergeInto(state, m, entity, row, { patch: m.patch, ...comparableBase(state, m, row) });
}

/**
 * Two laptops created the same record: its id is derived from what it is (a case's checklist for
 * one defense), so both made it offline. The later creation is merged as edits made on nothing
 * (base version 0), field by field: the first creation's fields carry stamps of version 1 by its
 * device, so a different value is a conflict on the record, never a silent overwrite, and
 * nothing the first one wrote is removed. The device gets the merged document back.
 *
 * A creation of a record deleted here that holds something else (sent back after a restore with
 * a change the deletion never saw) brings it back, as an edit does (edit versus delete), and says
 * so to both sides: an `edit_vs_delete` record naming the deletion, beside the field conflicts.
 */
async function mergeCreation(
  state: PushBatchState,
  m: Mutation,
  entity: DocumentEntity,
  row: EntityRow,
  doc: JsonObject,
): Promise<MutationOutcome> {
  checkCommentAuthor(entity, row.doc, state.auth);
  const diff = diffFields(row.doc, doc);
  const ops = (diff.ops ?? []).filter((op) => op.op === 'add');
  const patch: Patch = ops.length > 0 ? { set: diff.set, ops } : { set: diff.set };
  const outcome = await mergeInto(state, m, entity, row, {
    patch,
    baseVersion: 0,
    returnRow: true,
  });
  if (row.deletedAt === null) return outcome;
  const [told] = await recordConflicts(state, m, [
    {
      path: '',
      kind: 'edit_vs_delete',
      status: 'auto_resolved',
      serverValue: undefined,
      clientValue: doc,
      serverVersion: row.version,
    },
  ]);
  const conflictIds = [...(outcome.result.conflictIds ?? []), told!];
  return { ...outcome, result: { ...outcome.result, conflictIds } };
}

/** A new record's fields, stamped as written at version 1 by the creating device (not empty lists or sections). */
function creationStamps(doc: JsonObject, deviceId: string): FieldVersions {
  const stamps: FieldVersions = {};
  for (const [path, value] of Object.entries(flattenFields(doc))) {
    const empty = typeof value === 'object' && value !== null && Object.keys(value).length === 0;
    if (!empty) stamps[path] = [1, deviceId];
  }
  return stamps;
}

interface MergeInput {
  patch: Patch;
  baseVersion: number;
  /** The device's base version was ahead of the server's (see `comparableBase`). */
  ahead?: boolean;
  /** Send the merged document back even without a conflict (the device holds something else). */
  returnRow?: boolean;
}

async function mergeInto(
  state: PushBatchState,
  m: Mutation,
  entity: DocumentEntity,
  row: EntityRow,
  input: MergeInput,
): Promise<MutationOutcome> {
  const { auth } = state;
  const restored = row.deletedAt !== null;
  if (isEmptyPatch(input.patch) && !restored) {
    const serverRow = input.returnRow ? { serverRow: row.doc } : {};
    return { result: { status: 'applied', newVersion: row.version, ...serverRow }, changes: [] };
  }
  const newVersion = row.version + 1;
  let merged;
  try {
    merged = mergePatch(row.doc, row.fieldVersions, input.patch, {
      entity,
      deviceId: auth.deviceId,
      baseVersion: input.baseVersion,
      newVersion,
      ...(m.baseValues ? { baseValues: m.baseValues } : {}),
      ...(lockFor(row) ? { isLocked: lockFor(row)! } : {}),
      ...(m.afterRestore ? { ownChangesConcurrent: true } : {}),
    });
  } catch (error) {
    if (error instanceof PatchError)
      throw new MutationRejected('invalid_patch', [{ path: error.path, code: error.code }]);
    throw error;
  }
  const open = merged.conflicts.find((c) => c.status === 'open');
  const reason = open
    ? open.kind === 'legal_field'
      ? 'legal_field_conflict'
      : open.kind === 'final_immutable'
        ? 'final_immutable'
        : undefined
    : restored
      ? 'restored'
      : input.ahead
        ? 'base_version_ahead'
        : undefined;
  let version = row.version;
  let doc = row.doc;
  const changes: ChangeInput[] = [];
  if (merged.changed || restored) {
    // Only the changed top-level fields need checking (the rest was valid when stored).
    const changedKeys = merged.changedPaths.map((path) => splitPath(path)[0]!);
    const checked = validateEntityPatch(entity, merged.doc, changedKeys, {
      entityId: m.entityId,
      caseId: m.caseId,
    });
    if (!checked.ok) throw new MutationRejected('invalid_document', checked.issues);
    doc = checked.value as JsonObject;
    version = newVersion;
    state.putEntity({ ...row, doc, version, fieldVersions: merged.fieldVersions, deletedAt: null });
    changes.push(change(auth, m, version, 'upsert'));
  }
  const conflictIds = await recordConflicts(state, m, merged.conflicts);
  return {
    result: {
      status: open ? 'conflict' : 'applied',
      newVersion: version,
      ...(conflictIds.length > 0 ? { conflictIds } : {}),
      ...(conflictIds.length > 0 || input.returnRow ? { serverRow: doc } : {}),
      ...(reason ? { reason } : {}),
    },
    changes,
  };
}

/**
 * Did the device see the record as it is now? `baseValues` holds every field of what it saw (null
 * and absent alike). A copy can claim a version whose content it does not hold (a damaged copy,
 * guarantee 12): its delete would drop a change it never saw (issue 21, I5).
 */
function sawRecord(doc: JsonObject, seen: Record<string, JsonValue>): boolean {
  const current = flattenFields(doc);
  const paths = new Set([...Object.keys(current), ...Object.keys(seen)]);
  for (const path of paths) if (!jsonEqual(current[path] ?? null, seen[path] ?? null)) return false;
  return true;
}

/**
 * Deletes are soft. A delete that did not see an edit made elsewhere loses to it: one since its
 * base version, or, when it says what it saw (`baseValues`), any field unlike that.
 */
export async function applyDelete(
  state: PushBatchState,
  m: Mutation,
  entity: DocumentEntity,
): Promise<MutationOutcome> {
  const { auth } = state;
  const row = loadForWrite(state, m, entity, auth);
  if (entity === 'case' && auth.role !== 'supervisor') throw new MutationRejected('forbidden_role');
  checkCommentAuthor(entity, row.doc, auth);
  if (row.deletedAt) return { result: { status: 'applied', newVersion: row.version }, changes: [] };
  const { baseVersion } = comparableBase(state, m, row);
  const unseen = m.baseValues !== undefined && !sawRecord(row.doc, m.baseValues);
  if (unseen || hasForeignChangeSince(row.fieldVersions, baseVersion, auth.deviceId)) {
    const conflictIds = await recordConflicts(state, m, [
      {
        path: '',
        kind: 'edit_vs_delete',
        status: 'auto_resolved',
        serverValue: row.doc,
        clientValue: undefined,
        serverVersion: row.version,
      },
    ]);
    return {
      result: {
        status: 'conflict',
        reason: 'edit_wins',
        newVersion: row.version,
        serverRow: row.doc,
        conflictIds,
      },
      changes: [],
    };
  }
  const version = row.version + 1;
  state.putEntity({ ...row, version, deletedAt: new Date() });
  return {
    result: { status: 'applied', newVersion: version },
    changes: [change(auth, m, version, 'delete')],
  };
}
