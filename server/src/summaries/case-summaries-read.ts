/**
 * Staff reads of the read model: the case list and one case's view. Protected names go only to
 * the roles that may see them (core/cases/protected-identity.ts); every read is audited.
 */
import { identityForViewer } from '@core/cases/protected-identity';
import { daysInCustody } from '@core/deadlines/custody-days';
import { todayInChicago } from '@core/deadlines/chicago-today';
import { AppError } from '@core/errors/app-error';
import type { StaffCaseSummary } from '@core/sync/console-schemas';
import type { Caller } from '../auth/auth-context';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { refreshStaleSummaries } from './case-summaries-service';

export interface SummaryRow {
  caseId: string;
  reference: string;
  clientName: string;
  sortName: string;
  aNumber: string | null;
  custodyStatus: StaffCaseSummary['custodyStatus'];
  facility: string | null;
  detentionDate: string | null;
  hearingDate: string | null;
  hearingTime: string | null;
  hearingType: NonNullable<StaffCaseSummary['nextHearing']>['type'] | null;
  hearingFormat: NonNullable<StaffCaseSummary['nextHearing']>['format'] | null;
  nearest: StaffCaseSummary['nearestDeadline'];
  overdue: StaffCaseSummary['overdueDeadline'];
  overdueCount: number;
  deadlinesFailed: boolean;
  asylumProtected: boolean;
  vawaProtected1367: boolean;
  assignedUserIds: string[];
  lastDeviceSyncAt: Date | null;
  openReviewItems: number;
  computedFor: string;
  lastConfirmedFacility: string | null;
  lastConfirmedOn: string | null;
  nextRecheckDue: string | null;
  lastContactOn: string | null;
  proBonoMinutes: number;
}

export const COLUMNS = `case_id AS "caseId", reference, client_name AS "clientName",
  client_sort_name AS "sortName", a_number AS "aNumber", custody_status AS "custodyStatus",
  facility, to_char(detention_date, 'YYYY-MM-DD') AS "detentionDate",
  to_char(next_hearing_date, 'YYYY-MM-DD') AS "hearingDate", next_hearing_time AS "hearingTime",
  next_hearing_type AS "hearingType", next_hearing_format AS "hearingFormat",
  nearest_deadline AS nearest, overdue_deadline AS overdue, overdue_count AS "overdueCount",
  deadlines_failed AS "deadlinesFailed", asylum_protected AS "asylumProtected",
  vawa_protected_1367 AS "vawaProtected1367", assigned_user_ids AS "assignedUserIds",
  last_device_sync_at AS "lastDeviceSyncAt", open_review_items AS "openReviewItems",
  to_char(computed_for, 'YYYY-MM-DD') AS "computedFor",
  last_confirmed_facility AS "lastConfirmedFacility",
  to_char(last_confirmed_on, 'YYYY-MM-DD') AS "lastConfirmedOn",
  to_char(next_recheck_due, 'YYYY-MM-DD') AS "nextRecheckDue",
  to_char(last_contact_on, 'YYYY-MM-DD') AS "lastContactOn", pro_bono_minutes AS "proBonoMinutes"`;

export function toView(row: SummaryRow, caller: Caller): StaffCaseSummary {
  const {
    sortName: _sortName,
    hearingDate,
    hearingTime,
    hearingType,
    hearingFormat,
    ...rest
  } = row;
  const shown = identityForViewer(
    { ...rest, sortName: row.sortName },
    { role: caller.role, assigned: row.assignedUserIds.includes(caller.userId) },
  );
  const { sortName: _hidden, nearest, overdue, ...visible } = shown;
  return {
    ...visible,
    nearestDeadline: nearest,
    overdueDeadline: overdue,
    daysInCustody:
      daysInCustody(
        { status: row.custodyStatus, detentionDate: row.detentionDate },
        row.computedFor,
      )?.days ?? null,
    nextHearing:
      hearingDate && hearingType && hearingFormat
        ? { date: hearingDate, time: hearingTime, type: hearingType, format: hearingFormat }
        : null,
    lastDeviceSyncAt: row.lastDeviceSyncAt?.toISOString() ?? null,
  };
}

/** Every open case of the caller's organisation (attorneys: their assigned cases only). */
export async function listStaffCases(
  db: Db,
  caller: Caller,
  requestId: string,
): Promise<StaffCaseSummary[]> {
  await refreshStaleSummaries(db, caller.orgId, todayInChicago());
  const result = await db.query<SummaryRow>(
    `SELECT ${COLUMNS} FROM case_summaries WHERE org_id = $1 AND NOT deleted
       AND ($2::uuid IS NULL OR assigned_user_ids ? $2::text)
     ORDER BY client_sort_name, reference`,
    [caller.orgId, caller.role === 'attorney' ? caller.userId : null],
  );
  await appendAudit(db, {
    orgId: caller.orgId,
    actorId: caller.userId,
    deviceId: caller.deviceId,
    sessionId: caller.sessionId,
    requestId,
    action: 'console.case_list',
    outcome: 'ok',
    details: { count: result.rows.length },
  });
  return result.rows.map((row) => toView(row, caller));
}

interface NoteRow {
  noteId: string;
  revisionId: string;
  body: string;
  authorId: string;
  receivedAt: Date;
  revisions: number;
  final: boolean;
}

/** One case: its summary and each note's latest text, read-only. */
export async function viewStaffCase(db: Db, caller: Caller, caseId: string, requestId: string) {
  await refreshStaleSummaries(db, caller.orgId, todayInChicago());
  const found = await db.query<SummaryRow>(
    `SELECT ${COLUMNS} FROM case_summaries WHERE org_id = $1 AND case_id = $2 AND NOT deleted`,
    [caller.orgId, caseId],
  );
  const row = found.rows[0];
  if (!row || (caller.role === 'attorney' && !row.assignedUserIds.includes(caller.userId)))
    throw new AppError('not_found');
  const notes = await db.query<NoteRow>(
    `SELECT DISTINCT ON (r.note_id) r.note_id AS "noteId", r.id AS "revisionId",
       r.doc->>'body' AS body, r.author_user_id AS "authorId", r.received_at AS "receivedAt",
       (SELECT count(*)::int FROM note_revisions c WHERE c.note_id = r.note_id) AS revisions,
       n.final_revision_id IS NOT NULL AS final
     FROM note_revisions r JOIN notes n ON n.id = r.note_id
     WHERE r.org_id = $1 AND r.case_id = $2 AND NOT r.after_final
     ORDER BY r.note_id, r.received_at DESC, r.id`,
    [caller.orgId, caseId],
  );
  await appendAudit(db, {
    orgId: caller.orgId,
    actorId: caller.userId,
    deviceId: caller.deviceId,
    sessionId: caller.sessionId,
    requestId,
    action: 'console.case_view',
    outcome: 'ok',
    caseIds: [caseId],
    details: { notes: notes.rows.length },
  });
  return {
    summary: toView(row, caller),
    notes: notes.rows
      .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())
      .map((note) => ({ ...note, receivedAt: note.receivedAt.toISOString() })),
  };
}
