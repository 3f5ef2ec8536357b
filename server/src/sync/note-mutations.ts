/**
 * Note revisions are append-only and never refused for being late or concurrent: a fork is kept
 * as two heads for the device to merge. A revision for a note that is already final is stored as
 * an addendum (flagged, reported `after_final`, and opened for review) and never alters the final
 * text. The only refusals: not authorised, not a valid revision, or an id reused for other content.
 */
import { validateEntityDocument } from '@core/sync/entity-schemas';
import type { JsonObject } from '@core/sync/json-value';
import { jsonEqual } from '@core/sync/json-value';
import type { Mutation } from '@core/sync/mutation-schemas';
import { recordConflicts } from './conflict-recorder';
import type { MutationOutcome } from './mutation-outcome';
import { MutationRejected } from './mutation-outcome';
import type { PushBatchState } from './push-batch-state';
import { mayRecoverFor } from './recovered-revisions';

export async function applyNoteRevision(
  state: PushBatchState,
  m: Mutation,
): Promise<MutationOutcome> {
  const { auth } = state;
  const checked = validateEntityDocument('noteRevision', m.body, {
    entityId: m.entityId,
    caseId: m.caseId,
  });
  if (!checked.ok) throw new MutationRejected('invalid_document', checked.issues);
  const revision = checked.value as JsonObject & {
    noteId: string;
    parentIds: string[];
    state: string;
    authorId?: string | null;
  };
  const finalizing = m.kind === 'noteFinalize';
  if (finalizing !== (revision.state === 'final')) {
    throw new MutationRejected('invalid_document', [{ path: 'state', code: 'sync.note.state' }]);
  }
  if (
    m.parentRevisionIds &&
    !jsonEqual([...m.parentRevisionIds].sort(), [...revision.parentIds].sort())
  ) {
    throw new MutationRejected('invalid_document', [
      { path: 'parentIds', code: 'sync.note.parents' },
    ]);
  }
  // Someone else's revision only as recovered work after a restore (recovered-revisions.ts).
  const foreignAuthor =
    revision.authorId && revision.authorId !== auth.userId ? revision.authorId : null;
  if (foreignAuthor && !m.recovered) throw new MutationRejected('forbidden_role');

  const existing = state.revision(m.entityId);
  if (existing) {
    // The same revision sent again under a new mutation id changes nothing; other text under a
    // used id is refused (and kept in quarantine).
    if (existing.caseId === m.caseId && jsonEqual(existing.doc, revision)) {
      return {
        result: {
          status: 'applied',
          newVersion: 1,
          ...(existing.afterFinal ? { reason: 'after_final' } : {}),
        },
        changes: [],
      };
    }
    throw new MutationRejected('already_exists');
  }
  if (foreignAuthor && !(await mayRecoverFor(state.q, auth.orgId, foreignAuthor)))
    throw new MutationRejected('forbidden_role');
  let note = state.note(revision.noteId);
  if (note && (note.caseId !== m.caseId || note.orgId !== auth.orgId)) {
    throw new MutationRejected('case_mismatch');
  }
  if (!note) {
    note = {
      id: revision.noteId,
      orgId: auth.orgId,
      caseId: m.caseId,
      finalRevisionId: null,
      finalizedAt: null,
    };
    state.putNote(note);
  }
  const afterFinal = note.finalizedAt !== null;
  state.addRevision({
    id: m.entityId,
    orgId: auth.orgId,
    caseId: m.caseId,
    noteId: revision.noteId,
    doc: revision,
    authorUserId: foreignAuthor ?? auth.userId,
    deviceId: auth.deviceId,
    mutationId: m.mutationId,
    afterFinal,
  });
  let conflictIds: string[] = [];
  if (afterFinal) {
    conflictIds = await recordConflicts(state, m, [
      {
        path: 'body',
        kind: 'after_final',
        status: 'open',
        serverValue: { finalRevisionId: note.finalRevisionId },
        clientValue: { revisionId: m.entityId },
        serverVersion: null,
      },
    ]);
  } else if (finalizing) {
    state.finalizeNote(note, m.entityId);
  }
  if (foreignAuthor) state.recovered.set(m.caseId, (state.recovered.get(m.caseId) ?? 0) + 1);
  return {
    result: {
      status: 'applied',
      newVersion: 1,
      ...(afterFinal ? { reason: 'after_final', conflictIds } : {}),
    },
    changes: [
      {
        entity: 'noteRevision',
        entityId: m.entityId,
        caseId: m.caseId,
        version: 1,
        op: 'upsert',
        actorId: auth.userId,
        deviceId: auth.deviceId,
        mutationId: m.mutationId,
      },
    ],
  };
}
