/**
 * The staff case view's contents (issue 18 #2): the case file, interviews, checklists, manual
 * deadlines, every note revision (forks included), the closings and the outcome the file
 * proposes. Supervisors of the case's organisation only; another organisation's case is not
 * found. Audited as a read of the case.
 */
import { deriveOutcome } from '@core/cases/case-outcome';
import type { CaseFile } from '@core/domain/case-file';
import { AppError } from '@core/errors/app-error';
import type { StaffCaseRecord } from '@core/sync/dashboard-schemas';
import { caseClosings } from '../admin/case-closing-service';
import type { Caller } from '../auth/auth-context';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';

interface RevisionRow {
  noteId: string;
  final: boolean;
  id: string;
  doc: { parentIds?: string[]; body?: string; state?: 'draft' | 'final' };
  authorId: string;
  receivedAt: Date;
  afterFinal: boolean;
}

/**
 * The drafts' export log, newest first, from the synced `draftExport` records. The case's
 * documents are not part of the record: the console lists them through the documents routes
 * (docs/documents-sync.md).
 */
function draftExportLog(rows: Record<string, unknown>[]): StaffCaseRecord['exportLog'] {
  return rows
    .map((doc) => ({
      id: String(doc['id']),
      draft: String(doc['draftKind']),
      exportedAt: String(doc['exportedAt']),
      by: typeof doc['exportedBy'] === 'string' ? doc['exportedBy'] : null,
    }))
    .sort((a, b) => b.exportedAt.localeCompare(a.exportedAt));
}

export async function readStaffCaseRecord(
  db: Db,
  caller: Caller,
  caseId: string,
  requestId: string,
): Promise<StaffCaseRecord> {
  if (caller.role !== 'supervisor') throw new AppError('forbidden');
  const docs = await db.query<{ entity: string; doc: Record<string, unknown> }>(
    `SELECT entity, doc FROM entities WHERE org_id = $1 AND case_id = $2 AND deleted_at IS NULL
       AND entity IN ('case', 'interview', 'checklist', 'deadline', 'draftExport')
     ORDER BY created_at, id`,
    [caller.orgId, caseId],
  );
  const caseFile = docs.rows.find((row) => row.entity === 'case')?.doc;
  if (!caseFile) throw new AppError('not_found');
  const of = (entity: string) => docs.rows.filter((r) => r.entity === entity).map((r) => r.doc);
  const revisions = await db.query<RevisionRow>(
    `SELECT r.note_id AS "noteId", n.final_revision_id IS NOT NULL AS final, r.id, r.doc,
       r.author_user_id AS "authorId", r.received_at AS "receivedAt", r.after_final AS "afterFinal"
     FROM note_revisions r JOIN notes n ON n.id = r.note_id
     WHERE r.org_id = $1 AND r.case_id = $2
     -- Commit order (the change log's sequence), not the laptops' clocks.
     ORDER BY r.received_at, (SELECT min(l.seq) FROM change_log l
       WHERE l.case_id = r.case_id AND l.entity_id = r.id), r.id`,
    [caller.orgId, caseId],
  );
  const notes = new Map<string, StaffCaseRecord['notes'][number]>();
  for (const row of revisions.rows) {
    const note = notes.get(row.noteId) ?? { noteId: row.noteId, final: row.final, revisions: [] };
    note.revisions.push({
      id: row.id,
      parentIds: row.doc.parentIds ?? [],
      body: row.doc.body ?? '',
      authorId: row.authorId,
      state: row.doc.state ?? 'draft',
      receivedAt: row.receivedAt.toISOString(),
      afterFinal: row.afterFinal,
    });
    notes.set(row.noteId, note);
  }
  await appendAudit(db, {
    orgId: caller.orgId,
    actorId: caller.userId,
    deviceId: caller.deviceId,
    sessionId: caller.sessionId,
    requestId,
    action: 'console.case_record',
    outcome: 'ok',
    caseIds: [caseId],
    details: { notes: notes.size, revisions: revisions.rows.length },
  });
  return {
    caseFile,
    interviews: of('interview'),
    checklists: of('checklist'),
    manualDeadlines: of('deadline'),
    // Newest activity first.
    notes: [...notes.values()].reverse(),
    closings: await caseClosings(db, caller.orgId, caseId),
    derivedOutcome: deriveOutcome(caseFile as unknown as CaseFile)?.outcome ?? null,
    exportLog: draftExportLog(of('draftExport')),
  };
}
