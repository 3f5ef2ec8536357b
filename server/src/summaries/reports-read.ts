/**
 * The console's reports (issue 18 #6): plain facts of the organisation's cases, closings,
 * checklists and pro bono time entries (issue 23's synced time log), aggregated by core's
 * buildReports in America/Chicago quarters and weeks. Supervisors only; audited.
 */
import type { CaseOutcome } from '@core/cases/case-outcome';
import { AppError } from '@core/errors/app-error';
import { buildReports } from '@core/reports/caseload-reports';
import type { ReportsResponse } from '@core/sync/dashboard-schemas';
import type { Caller } from '../auth/auth-context';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';

export async function caseloadReports(
  db: Db,
  caller: Caller,
  range: { from: string; to: string },
  requestId: string,
): Promise<ReportsResponse> {
  if (caller.role !== 'supervisor') throw new AppError('forbidden');
  const cases = await db.query<{
    caseId: string;
    reference: string;
    openedAt: Date;
    custodyStatus: string | null;
    detentionDate: string | null;
    releaseDate: string | null;
    hearingDates: string[] | null;
    closedAt: Date | null;
    outcome: CaseOutcome | null;
    reliefSought: string[] | null;
  }>(
    `SELECT e.case_id AS "caseId", e.doc->>'reference' AS reference, e.created_at AS "openedAt",
       e.doc->'custody'->>'status' AS "custodyStatus",
       e.doc->'custody'->>'detentionDate' AS "detentionDate",
       e.doc->'custody'->>'releaseDate' AS "releaseDate",
       (SELECT json_agg(h->>'date') FROM jsonb_array_elements(e.doc->'hearings') h) AS "hearingDates",
       c.closed_at AS "closedAt", c.outcome,
       (SELECT json_agg(k.doc->>'defenseId') FROM entities k
         WHERE k.org_id = $1 AND k.case_id = e.case_id AND k.entity = 'checklist'
           AND k.deleted_at IS NULL AND k.doc->>'dismissed' IS NULL) AS "reliefSought"
     FROM entities e
     LEFT JOIN case_closings c ON c.case_id = e.case_id AND c.org_id = $1 AND c.reopened_at IS NULL
     WHERE e.org_id = $1 AND e.entity = 'case' AND e.deleted_at IS NULL`,
    [caller.orgId],
  );
  const time = await db.query<{ caseId: string; attorneyId: string; minutes: number }>(
    `SELECT case_id AS "caseId", doc->>'attorneyId' AS "attorneyId",
       COALESCE((doc->>'minutes')::int, 0) AS minutes
     FROM entities WHERE org_id = $1 AND entity = 'timeEntry' AND deleted_at IS NULL
       AND doc->>'date' BETWEEN $2 AND $3`,
    [caller.orgId, range.from, range.to],
  );
  const people = await db.query<{ id: string; displayName: string; firm: string | null }>(
    `SELECT id, display_name AS "displayName", organisation AS firm FROM users WHERE org_id = $1`,
    [caller.orgId],
  );
  await appendAudit(db, {
    orgId: caller.orgId,
    actorId: caller.userId,
    deviceId: caller.deviceId,
    sessionId: caller.sessionId,
    requestId,
    action: 'console.reports',
    outcome: 'ok',
    details: { from: range.from, to: range.to },
  });
  return buildReports(
    {
      cases: cases.rows.map((row) => ({
        ...row,
        custodyStatus: row.custodyStatus ?? 'unknown',
        hearingDates: (row.hearingDates ?? []).filter(Boolean),
        reliefSought: (row.reliefSought ?? []).filter(Boolean),
      })),
      time: time.rows,
      people: people.rows,
    },
    range,
  );
}
