/** One mutation applied to a push's working set: authorisation first, then its kind. */
import type { Mutation } from '@core/sync/mutation-schemas';
import { isDocumentEntity } from '@core/sync/mutation-schemas';
import { applyCreate, applyDelete, applyPatchMutation } from './document-mutations';
import type { MutationOutcome } from './mutation-outcome';
import { MutationRejected } from './mutation-outcome';
import { applyNoteRevision } from './note-mutations';
import type { PushBatchState } from './push-batch-state';

export async function applyOne(state: PushBatchState, m: Mutation): Promise<MutationOutcome> {
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
