/** Which core/domain schema validates each synced entity, and how a document names its case. */
import { z } from 'zod';
import { CaseFileSchema } from '../domain/case-file';
import { ContactLogSchema, CustodyCheckSchema, TimeEntrySchema } from '../domain/case-logs';
import { ChecklistStateSchema, CommentSchema, ManualDeadlineSchema } from '../domain/case-records';
import { IntakeSchema } from '../domain/intake';
import { InterviewSessionSchema } from '../domain/interview-session';
import { NoteRevisionSchema } from '../domain/note-revision';
import { DraftExportSchema, ReviewRequestSchema } from '../domain/review';
import type { SyncEntity } from './mutation-schemas';
import { isScopeEntity } from './mutation-schemas';

export const entitySchemas: Readonly<Record<SyncEntity, z.ZodType>> = {
  case: CaseFileSchema,
  interview: InterviewSessionSchema,
  noteRevision: NoteRevisionSchema,
  checklist: ChecklistStateSchema,
  deadline: ManualDeadlineSchema,
  comment: CommentSchema,
  intake: IntakeSchema,
  custodyCheck: CustodyCheckSchema,
  contact: ContactLogSchema,
  timeEntry: TimeEntrySchema,
  review: ReviewRequestSchema,
  draftExport: DraftExportSchema,
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
  if (!parsed.success) return { ok: false, issues: mapIssues(parsed.error.issues) };
  const value = parsed.data as Record<string, unknown>;
  const ownCase = isScopeEntity(entity) ? value['id'] : value['caseId'];
  if (value['id'] !== ids.entityId || ownCase !== ids.caseId) {
    return { ok: false, issues: [{ path: 'id', code: 'sync.document.ids' }] };
  }
  return { ok: true, value };
}

function mapIssues(issues: readonly z.core.$ZodIssue[], prefix: string[] = []) {
  return issues.slice(0, 20).map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.').slice(0, 200),
    code: (issue.message || issue.code).slice(0, 100),
  }));
}

/**
 * Validates a document after a patch by checking only the top-level fields the patch changed
 * (keys as they appear in `doc`). For a strict object schema without object-level rules each
 * property is validated independently, so this gives the same verdict as validating the whole
 * document, at a fraction of the cost (a push of 100 edits to one case file). Other schemas (an
 * interview has a cross-field rule), or a change to `id`/`caseId`, are validated whole.
 */
export function validateEntityPatch(
  entity: SyncEntity,
  doc: Record<string, unknown>,
  changedKeys: Iterable<string>,
  ids: { entityId: string; caseId: string },
): EntityValidation {
  const schema = entitySchemas[entity];
  const keys = new Set(changedKeys);
  const wholeOnly =
    !(schema instanceof z.ZodObject) ||
    (schema._zod.def.checks?.length ?? 0) > 0 ||
    schema._zod.def.catchall?._zod.def.type !== 'never' ||
    keys.has('id') ||
    keys.has('caseId');
  if (wholeOnly) return validateEntityDocument(entity, doc, ids);
  const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType | undefined>;
  const value: Record<string, unknown> = { ...doc };
  const issues: { path: string; code: string }[] = [];
  for (const key of keys) {
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!field) {
      if (Object.hasOwn(doc, key)) issues.push({ path: key, code: 'validation.unknownKey' });
      continue;
    }
    const parsed = field.safeParse(doc[key]);
    if (!parsed.success) issues.push(...mapIssues(parsed.error.issues, [key]));
    else if (parsed.data === undefined) delete value[key];
    else value[key] = parsed.data;
  }
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, 20) } : { ok: true, value };
}
