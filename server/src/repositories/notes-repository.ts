/** Notes and their append-only revisions (a trigger refuses UPDATE and DELETE of revisions). */
import type { JsonObject } from '@core/sync/json-value';
import type { Queryable } from '../db/db';
import { json } from '../db/db';

export interface NoteRow {
  id: string;
  orgId: string;
  caseId: string;
  finalRevisionId: string | null;
  finalizedAt: Date | null;
}

export interface RevisionRow {
  id: string;
  caseId: string;
  noteId: string;
  doc: JsonObject;
  afterFinal: boolean;
}

const NOTE_COLUMNS = `id, org_id AS "orgId", case_id AS "caseId", final_revision_id AS "finalRevisionId",
  finalized_at AS "finalizedAt"`;

export async function getNotesForUpdate(q: Queryable, ids: readonly string[]): Promise<NoteRow[]> {
  if (ids.length === 0) return [];
  const result = await q.query<NoteRow>(
    `SELECT ${NOTE_COLUMNS} FROM notes WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)
     ORDER BY id FOR UPDATE`,
    [json([...ids].sort())],
  );
  return result.rows;
}

export async function insertNotes(
  q: Queryable,
  notes: readonly Pick<NoteRow, 'id' | 'orgId' | 'caseId'>[],
) {
  if (notes.length === 0) return;
  await q.query(
    `INSERT INTO notes (id, org_id, case_id)
     SELECT r.id, r."orgId", r."caseId" FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "orgId" uuid, "caseId" uuid)`,
    [json(notes)],
  );
}

export async function finalizeNotes(
  q: Queryable,
  finals: readonly { noteId: string; revisionId: string; userId: string }[],
) {
  if (finals.length === 0) return;
  await q.query(
    `UPDATE notes n SET final_revision_id = r."revisionId", finalized_at = now(), finalized_by = r."userId"
     FROM jsonb_to_recordset($1::jsonb) AS r("noteId" uuid, "revisionId" uuid, "userId" uuid) WHERE n.id = r."noteId"`,
    [json(finals)],
  );
}

export async function getRevisions(q: Queryable, ids: readonly string[]): Promise<RevisionRow[]> {
  if (ids.length === 0) return [];
  const result = await q.query<RevisionRow>(
    `SELECT id, case_id AS "caseId", note_id AS "noteId", doc, after_final AS "afterFinal"
     FROM note_revisions WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)`,
    [json(ids)],
  );
  return result.rows;
}

export interface NewRevision {
  id: string;
  orgId: string;
  caseId: string;
  noteId: string;
  doc: JsonObject;
  authorUserId: string;
  /** Null for a note the server wrote (an intake kept as a note). */
  deviceId: string | null;
  mutationId: string;
  afterFinal: boolean;
}

export async function insertRevisions(q: Queryable, revisions: readonly NewRevision[]) {
  if (revisions.length === 0) return;
  await q.query(
    `INSERT INTO note_revisions (id, org_id, case_id, note_id, doc, author_user_id, device_id, mutation_id, after_final)
     SELECT r.id, r."orgId", r."caseId", r."noteId", r.doc, r."authorUserId", r."deviceId", r."mutationId", r."afterFinal"
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "orgId" uuid, "caseId" uuid, "noteId" uuid, doc jsonb,
       "authorUserId" uuid, "deviceId" uuid, "mutationId" uuid, "afterFinal" boolean)`,
    [json(revisions)],
  );
}
