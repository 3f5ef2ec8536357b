/** One mutation applied to a push's working set: authorisation first, then its kind. */
import type { Mutation } from '@core/sync/mutation-schemas';
import { isDocumentEntity, isScopeEntity } from '@core/sync/mutation-schemas';
import { applyCreate, applyDelete, applyPatchMutation } from './document-mutations';
import { applyIntakeMutation } from './intake-mutations';
import type { MutationOutcome } from './mutation-outcome';
import { MutationRejected } from './mutation-outcome';
import { applyNoteRevision } from './note-mutations';
import { applyReviewMutation, isReviewEntity } from './review-mutations';
import type { PushBatchState } from './push-batch-state';

export async function applyOne(state: PushBatchState, m: Mutation): Promise<MutationOutcome> {
  const creatingScope = isScopeEntity(m.entity) && m.kind === 'create';
  if (creatingScope) {
    // Cases come from MCJ intake: only supervisors create them from a device. Anyone but an
    // admin may start an intake (intake-mutations.ts checks it is their own).
    if (m.entity === 'case' && state.auth.role !== 'supervisor')
      throw new MutationRejected('forbidden_role');
  } else {
    const denial = state.caseDenial(m.caseId);
    if (denial) throw new MutationRejected(denial);
  }
  // A closed case is read-only; its drafts may still be exported, and the export is logged.
  if (state.isClosed(m.caseId) && m.entity !== 'draftExport')
    throw new MutationRejected('case_closed');
  // An intake is a scope of its own: nothing else lives in it, and it lives in no case.
  const scope = state.scopeKind(m.caseId);
  if (scope !== null && (scope === 'intake') !== (m.entity === 'intake'))
    throw new MutationRejected('case_mismatch');
  if (m.entity === 'intake') return applyIntakeMutation(state, m);
  if (m.kind === 'noteRevision' || m.kind === 'noteFinalize') return applyNoteRevision(state, m);
  if (!isDocumentEntity(m.entity)) throw new MutationRejected('invalid_document');
  if (isReviewEntity(m.entity)) return applyReviewMutation(state, m, m.entity);
  if (m.kind === 'create') return applyCreate(state, m, m.entity);
  if (m.kind === 'patch') return applyPatchMutation(state, m, m.entity);
  return applyDelete(state, m, m.entity);
}
