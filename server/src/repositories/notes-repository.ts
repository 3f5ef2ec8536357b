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

export async function getNoteForUpdate(q: Queryable, id: string): Promise<NoteRow | null> {
  const result = await q.query<NoteRow>(
    `SELECT id, org_id AS "orgId", case_id AS "caseId", final_revision_id AS "finalRevisionId",
       finalized_at AS "finalizedAt" FROM notes WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return result.rows[0] ?? null;
}

export async function insertNote(
  q: Queryable,
  note: { id: string; orgId: string; caseId: string },
) {
  await q.query('INSERT INTO notes (id, org_id, case_id) VALUES ($1, $2, $3)', [
    note.id,
    note.orgId,
    note.caseId,
  ]);
}

export async function finalizeNote(
  q: Queryable,
  noteId: string,
  revisionId: string,
  userId: string,
) {
  await q.query(
    `UPDATE notes SET final_revision_id = $2, finalized_at = now(), finalized_by = $3 WHERE id = $1`,
    [noteId, revisionId, userId],
  );
}

export interface RevisionRow {
  id: string;
  caseId: string;
  noteId: string;
  doc: JsonObject;
  afterFinal: boolean;
}

export async function getRevision(q: Queryable, id: string): Promise<RevisionRow | null> {
  const result = await q.query<RevisionRow>(
    `SELECT id, case_id AS "caseId", note_id AS "noteId", doc, after_final AS "afterFinal"
     FROM note_revisions WHERE id = $1`,
    [id],
  );
  return result.rows[0] ?? null;
}

export async function insertRevision(
  q: Queryable,
  revision: {
    id: string;
    orgId: string;
    caseId: string;
    noteId: string;
    doc: JsonObject;
    authorUserId: string;
    deviceId: string;
    mutationId: string;
    afterFinal: boolean;
  },
) {
  await q.query(
    `INSERT INTO note_revisions (id, org_id, case_id, note_id, doc, author_user_id, device_id, mutation_id, after_final)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)`,
    [
      revision.id,
      revision.orgId,
      revision.caseId,
      revision.noteId,
      json(revision.doc),
      revision.authorUserId,
      revision.deviceId,
      revision.mutationId,
      revision.afterFinal,
    ],
  );
}
