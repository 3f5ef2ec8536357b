/** Which core/domain schema validates each synced entity, and how a document names its case. */
import type { z } from 'zod';
import { CaseFileSchema } from '../domain/case-file';
import { ChecklistStateSchema, CommentSchema, ManualDeadlineSchema } from '../domain/case-records';
import { InterviewSessionSchema } from '../domain/interview-session';
import { NoteRevisionSchema } from '../domain/note-revision';
import type { SyncEntity } from './mutation-schemas';

export const entitySchemas: Readonly<Record<SyncEntity, z.ZodType>> = {
  case: CaseFileSchema,
  interview: InterviewSessionSchema,
  noteRevision: NoteRevisionSchema,
  checklist: ChecklistStateSchema,
  deadline: ManualDeadlineSchema,
  comment: CommentSchema,
};

export type EntityValidation =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; issues: { path: string; code: string }[] };

/**
 * Validates a document for `entity` and checks that it names itself and its case as the envelope
 * does, so a device cannot slip a document into another case under a matching id.
 */
export function validateEntityDocument(
  entity: SyncEntity,
  doc: unknown,
  ids: { entityId: string; caseId: string },
): EntityValidation {
  const parsed = entitySchemas[entity].safeParse(doc);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.slice(0, 20).map((issue) => ({
        path: issue.path.map(String).join('.').slice(0, 200),
        code: (issue.message || issue.code).slice(0, 100),
      })),
    };
  }
  const value = parsed.data as Record<string, unknown>;
  const ownCase = entity === 'case' ? value['id'] : value['caseId'];
  if (value['id'] !== ids.entityId || ownCase !== ids.caseId) {
    return { ok: false, issues: [{ path: 'id', code: 'sync.document.ids' }] };
  }
  return { ok: true, value };
}
