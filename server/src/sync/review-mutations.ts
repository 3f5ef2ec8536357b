/**
 * Push rules for review records (comments, review requests, draft exports), checked before the
 * generic document merge. A reply must answer a comment of the same case; an anchor must point
 * at something of the same case; a device marks work ready or withdraws it but never decides
 * (approval and return are the console's, by a supervisor); an export is written once.
 */
import { reviewDecisionFields } from '@core/domain/review';
import { validateEntityDocument } from '@core/sync/entity-schemas';
import { splitPath } from '@core/sync/field-path';
import type { JsonObject } from '@core/sync/json-value';
import type { Mutation } from '@core/sync/mutation-schemas';
import { getEntity } from '../repositories/entities-repository';
import { applyCreate, applyDelete, applyPatchMutation } from './document-mutations';
import type { MutationOutcome } from './mutation-outcome';
import { MutationRejected } from './mutation-outcome';
import type { PushBatchState } from './push-batch-state';

export type ReviewEntity = 'comment' | 'review' | 'draftExport';

export function isReviewEntity(entity: string): entity is ReviewEntity {
  return entity === 'comment' || entity === 'review' || entity === 'draftExport';
}

/** A record of the same organisation and case, from this batch or the database. */
async function sameCaseEntity(state: PushBatchState, id: string, entity: string, caseId: string) {
  const row = state.entity(id) ?? (await getEntity(state.q, id));
  return (
    row !== null && row.orgId === state.auth.orgId && row.caseId === caseId && row.entity === entity
  );
}

async function sameCaseNote(state: PushBatchState, noteId: string, caseId: string) {
  const staged = state.note(noteId);
  if (staged) return staged.orgId === state.auth.orgId && staged.caseId === caseId;
  const found = await state.q.query<{ id: string }>(
    'SELECT id FROM notes WHERE id = $1 AND org_id = $2 AND case_id = $3',
    [noteId, state.auth.orgId, caseId],
  );
  return found.rows.length > 0;
}

/** What a comment points at and answers must be in its own case (else: not found). */
async function checkCommentLinks(state: PushBatchState, doc: JsonObject, caseId: string) {
  const parentId = doc['parentId'];
  if (typeof parentId === 'string' && !(await sameCaseEntity(state, parentId, 'comment', caseId)))
    throw new MutationRejected('not_found', [{ path: 'parentId', code: 'not_found' }]);
  const anchor = doc['anchor'] as Record<string, unknown> | null | undefined;
  if (!anchor) return;
  const ok =
    anchor['kind'] === 'note'
      ? await sameCaseNote(state, anchor['noteId'] as string, caseId)
      : anchor['kind'] === 'checklist'
        ? await sameCaseEntity(state, anchor['checklistId'] as string, 'checklist', caseId)
        : anchor['kind'] === 'interview'
          ? await sameCaseEntity(state, anchor['interviewId'] as string, 'interview', caseId)
          : true;
  if (!ok) throw new MutationRejected('not_found', [{ path: 'anchor', code: 'not_found' }]);
}

const DECISION: ReadonlySet<string> = new Set(reviewDecisionFields);
const DEVICE_STATES: ReadonlySet<unknown> = new Set(['ready', 'withdrawn']);

/** A device's review request: its own, marked ready or withdrawn, never decided. */
function checkRequestCreate(state: PushBatchState, doc: JsonObject) {
  if (doc['readyBy'] !== state.auth.userId) throw new MutationRejected('forbidden_role');
  const decided = [...DECISION].some((field) => doc[field] !== undefined && doc[field] !== null);
  if (decided || !DEVICE_STATES.has(doc['state'])) throw new MutationRejected('forbidden_role');
}

function checkRequestPatch(state: PushBatchState, m: Mutation) {
  for (const [path, value] of Object.entries(m.patch.set)) {
    const field = splitPath(path)[0]!;
    if (DECISION.has(field)) throw new MutationRejected('forbidden_role');
    if (field === 'state' && !DEVICE_STATES.has(value))
      throw new MutationRejected('forbidden_role');
    if (field === 'readyBy' && value !== state.auth.userId)
      throw new MutationRejected('forbidden_role');
    if (field === 'subject') throw new MutationRejected('invalid_patch');
  }
  for (const op of m.patch.ops ?? [])
    if (DECISION.has(splitPath(op.path)[0]!)) throw new MutationRejected('forbidden_role');
}

/** A comment's place in the conversation is fixed once written: only its text may change. */
function checkCommentPatch(m: Mutation) {
  const touched = [...Object.keys(m.patch.set), ...(m.patch.ops ?? []).map((op) => op.path)];
  if (touched.some((path) => splitPath(path)[0] !== 'body'))
    throw new MutationRejected('invalid_patch');
}

function validated(m: Mutation, entity: ReviewEntity): JsonObject {
  const checked = validateEntityDocument(entity, m.body, {
    entityId: m.entityId,
    caseId: m.caseId,
  });
  if (!checked.ok) throw new MutationRejected('invalid_document', checked.issues);
  return checked.value as JsonObject;
}

export async function applyReviewMutation(
  state: PushBatchState,
  m: Mutation,
  entity: ReviewEntity,
): Promise<MutationOutcome> {
  if (m.kind === 'create') {
    const doc = validated(m, entity);
    if (entity === 'comment') await checkCommentLinks(state, doc, m.caseId);
    if (entity === 'review') checkRequestCreate(state, doc);
    if (entity === 'draftExport') {
      if (doc['exportedBy'] !== state.auth.userId) throw new MutationRejected('forbidden_role');
      const existing = state.entity(m.entityId);
      // An export happened once: the same record again is a replay, anything else is refused.
      if (existing && existing.entity === 'draftExport') {
        const outcome = await applyCreate(state, m, entity);
        if (outcome.changes.length > 0 || outcome.result.status !== 'applied')
          throw new MutationRejected('already_exists');
        return outcome;
      }
    }
    return applyCreate(state, m, entity);
  }
  if (entity === 'draftExport') throw new MutationRejected('invalid_patch');
  if (m.kind === 'patch') {
    if (entity === 'comment') checkCommentPatch(m);
    if (entity === 'review') checkRequestPatch(state, m);
    return applyPatchMutation(state, m, entity);
  }
  // A request is withdrawn, not deleted (its decision stays on record).
  if (entity === 'review') throw new MutationRejected('invalid_patch');
  return applyDelete(state, m, entity);
}
