/**
 * Intakes from laptops: an attorney starts their own (and may see it from then on, like an
 * assigned case), edits and submits it until staff decide, then may only dismiss the decision.
 * The rules are core's (`checkIntakeWrite`), so the laptop knows them too; a refusal names its
 * reason (`intake_decided`, `forbidden_role`), never `not_assigned`.
 */
import type { Intake } from '@core/domain/intake';
import { checkIntakeWrite } from '@core/intake/intake-writes';
import { PatchError, applyPatch } from '@core/sync/document-patch';
import { validateEntityDocument } from '@core/sync/entity-schemas';
import type { JsonObject } from '@core/sync/json-value';
import { cloneJson } from '@core/sync/json-value';
import type { Mutation } from '@core/sync/mutation-schemas';
import { applyCreate, applyPatchMutation } from './document-mutations';
import type { MutationOutcome } from './mutation-outcome';
import { MutationRejected } from './mutation-outcome';
import type { PushBatchState } from './push-batch-state';

function refuseUnless(before: JsonObject | null, after: JsonObject, state: PushBatchState) {
  const refusal = checkIntakeWrite(
    before as unknown as Intake | null,
    after as unknown as Intake,
    state.auth,
  );
  if (refusal) throw new MutationRejected(refusal);
}

export async function applyIntakeMutation(
  state: PushBatchState,
  m: Mutation,
): Promise<MutationOutcome> {
  const existing = state.entity(m.entityId);
  const current = existing && existing.entity === 'intake' ? existing : null;
  if (m.kind === 'create') {
    const checked = validateEntityDocument('intake', m.body, {
      entityId: m.entityId,
      caseId: m.caseId,
    });
    if (!checked.ok) throw new MutationRejected('invalid_document', checked.issues);
    refuseUnless(current?.doc ?? null, checked.value as JsonObject, state);
    const outcome = await applyCreate(state, m, 'intake');
    // Its starter sees it from now on, on every laptop they use (a supervisor sees all anyway).
    if (!existing && state.auth.role === 'attorney') state.grantScope(m.caseId, state.auth.userId);
    return outcome;
  }
  if (m.kind !== 'patch') throw new MutationRejected('forbidden_role');
  if (!current || current.caseId !== m.caseId || current.orgId !== state.auth.orgId)
    throw new MutationRejected('not_found');
  let after: JsonObject;
  try {
    after = applyPatch(cloneJson(current.doc), m.patch);
  } catch (error) {
    if (error instanceof PatchError)
      throw new MutationRejected('invalid_patch', [{ path: error.path, code: error.code }]);
    throw error;
  }
  refuseUnless(current.doc, after, state);
  return applyPatchMutation(state, m, 'intake');
}
