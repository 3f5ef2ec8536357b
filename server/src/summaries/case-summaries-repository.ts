/** SQL of the `case_summaries` read model (migrations 011, 014 and 027). */
import type { CaseFileSummary } from '@core/cases/case-summary';
import type { Queryable } from '../db/db';
import { json } from '../db/db';
import { AWAITING_REVIEW } from '../review/review-repository';

/** What the refresh reads about each case besides its documents. */
export interface CaseContext {
  caseId: string;
  assignedUserIds: string[];
  openReviewItems: number;
}

export interface CaseDocuments {
  caseId: string;
  caseDoc: Record<string, unknown> | null;
  deleted: boolean;
  manualDeadlines: Record<string, unknown>[];
  /** Issue 23's logs, live ones only. */
  custodyChecks: Record<string, unknown>[];
  contacts: Record<string, unknown>[];
  timeEntries: Record<string, unknown>[];
}

const logLists = {
  deadline: 'manualDeadlines',
  custodyCheck: 'custodyChecks',
  contact: 'contacts',
  timeEntry: 'timeEntries',
} as const;
type SummaryEntity = 'case' | keyof typeof logLists;

const ids = (list: readonly string[]) => json([...new Set(list)]);

/** The case documents, their live manual deadlines and logs, for the given cases of one organisation. */
export async function loadCaseDocuments(
  q: Queryable,
  orgId: string,
  caseIds: readonly string[],
): Promise<CaseDocuments[]> {
  const result = await q.query<{
    caseId: string;
    entity: SummaryEntity;
    doc: Record<string, unknown>;
    deleted: boolean;
  }>(
    `SELECT case_id AS "caseId", entity, doc, deleted_at IS NOT NULL AS deleted FROM entities
     WHERE org_id = $1 AND entity IN ('case', 'deadline', 'custodyCheck', 'contact', 'timeEntry')
       AND case_id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)`,
    [orgId, ids(caseIds)],
  );
  const byCase = new Map<string, CaseDocuments>();
  for (const row of result.rows) {
    const entry = byCase.get(row.caseId) ?? {
      caseId: row.caseId,
      caseDoc: null,
      deleted: false,
      manualDeadlines: [],
      custodyChecks: [],
      contacts: [],
      timeEntries: [],
    };
    if (row.entity === 'case') {
      entry.caseDoc = row.doc;
      entry.deleted = row.deleted;
    } else if (!row.deleted) entry[logLists[row.entity]].push(row.doc);
    byCase.set(row.caseId, entry);
  }
  return [...byCase.values()].filter((entry) => entry.caseDoc !== null);
}

/**
 * Assigned people and open review items: conflicts awaiting review (open, or a replaced value
 * nobody has acknowledged: `awaitsReview` in admin/conflict-resolution.ts), quarantined
 * changes neither reviewed nor applied, and memos or drafts marked ready and not yet decided.
 */
export async function loadCaseContext(
  q: Queryable,
  orgId: string,
  caseIds: readonly string[],
): Promise<Map<string, CaseContext>> {
  const result = await q.query<CaseContext>(
    `SELECT c.id AS "caseId",
       COALESCE((SELECT json_agg(a.user_id ORDER BY a.user_id) FROM assignments a
                 WHERE a.case_id = c.id AND a.org_id = $1), '[]') AS "assignedUserIds",
       (SELECT count(*)::int FROM conflicts k
         WHERE k.org_id = $1 AND k.case_id = c.id AND (k.status = 'open'
           OR (k.kind = 'overwritten' AND k.status = 'auto_resolved' AND k.resolved_at IS NULL)))
       + (SELECT count(*)::int FROM quarantined_mutations m
         WHERE m.org_id = $1 AND m.case_id = c.id::text AND m.reviewed_at IS NULL
           AND m.applied_at IS NULL)
       + (SELECT count(*)::int FROM entities r
         WHERE r.case_id = c.id AND r.org_id = $1 AND r.entity = 'review'
           AND r.deleted_at IS NULL AND ${AWAITING_REVIEW}) AS "openReviewItems"
     FROM (SELECT jsonb_array_elements_text($2::jsonb)::uuid AS id) c`,
    [orgId, ids(caseIds)],
  );
  return new Map(result.rows.map((row) => [row.caseId, row]));
}

export interface SummaryRowInput {
  orgId: string;
  summary: CaseFileSummary;
  assignedUserIds: string[];
  openReviewItems: number;
  deleted: boolean;
  /** A laptop's push changed the case now: its last sync becomes now(). */
  synced: boolean;
}

/** Inserts or replaces the rows, in one statement. */
export async function upsertSummaries(q: Queryable, rows: readonly SummaryRowInput[]) {
  if (rows.length === 0) return;
  const records = rows.map(
    ({ orgId, summary: s, assignedUserIds, openReviewItems, deleted, synced }) => ({
      caseId: s.caseId,
      orgId,
      reference: s.reference,
      clientName: s.clientName,
      sortName: s.sortName,
      aNumber: s.aNumber,
      custodyStatus: s.custodyStatus,
      facility: s.facility,
      detentionDate: s.detentionDate,
      hearingDate: s.nextHearing?.date ?? null,
      hearingTime: s.nextHearing?.time ?? null,
      hearingType: s.nextHearing?.type ?? null,
      hearingFormat: s.nextHearing?.format ?? null,
      nearest: s.nearestDeadline,
      nearestDate: s.nearestDeadline?.date ?? null,
      overdue: s.overdueDeadline,
      overdueDate: s.overdueDeadline?.date ?? null,
      overdueCount: s.overdueCount,
      deadlinesFailed: s.deadlinesFailed,
      asylum: s.asylumProtected,
      vawa: s.vawaProtected1367,
      assigned: assignedUserIds,
      review: openReviewItems,
      deleted,
      synced,
      computedFor: s.today,
      confirmedFacility: s.lastConfirmedFacility,
      confirmedOn: s.lastConfirmedOn,
      recheckDue: s.nextRecheckDue,
      contactOn: s.lastContactOn,
      proBono: s.proBonoMinutes,
    }),
  );
  await q.query(
    `INSERT INTO case_summaries AS t (case_id, org_id, reference, client_name, client_sort_name,
       a_number, custody_status, facility, detention_date, next_hearing_date, next_hearing_time,
       next_hearing_type, next_hearing_format, nearest_deadline, nearest_deadline_date,
       overdue_deadline, overdue_deadline_date, overdue_count, deadlines_failed, asylum_protected,
       vawa_protected_1367, assigned_user_ids, last_device_sync_at, open_review_items, deleted,
       computed_for, last_confirmed_facility, last_confirmed_on, next_recheck_due, last_contact_on,
       pro_bono_minutes, updated_at)
     SELECT r."caseId", r."orgId", r.reference, r."clientName", r."sortName", r."aNumber",
       r."custodyStatus", r.facility, r."detentionDate", r."hearingDate", r."hearingTime",
       r."hearingType", r."hearingFormat", r.nearest, r."nearestDate", r.overdue, r."overdueDate",
       r."overdueCount", r."deadlinesFailed", r.asylum, r.vawa, r.assigned,
       CASE WHEN r.synced THEN now() END, r.review, r.deleted, r."computedFor",
       r."confirmedFacility", r."confirmedOn", r."recheckDue", r."contactOn", r."proBono", now()
     FROM jsonb_to_recordset($1::jsonb) AS r("caseId" uuid, "orgId" uuid, reference text,
       "clientName" text, "sortName" text, "aNumber" text, "custodyStatus" text, facility text,
       "detentionDate" date, "hearingDate" date, "hearingTime" text, "hearingType" text,
       "hearingFormat" text, nearest jsonb, "nearestDate" date, overdue jsonb, "overdueDate" date,
       "overdueCount" int, "deadlinesFailed" boolean, asylum boolean, vawa boolean, assigned jsonb,
       review int, deleted boolean, synced boolean, "computedFor" date, "confirmedFacility" text,
       "confirmedOn" date, "recheckDue" date, "contactOn" date, "proBono" int)
     ON CONFLICT (case_id) DO UPDATE SET reference = EXCLUDED.reference,
       client_name = EXCLUDED.client_name, client_sort_name = EXCLUDED.client_sort_name,
       a_number = EXCLUDED.a_number, custody_status = EXCLUDED.custody_status,
       facility = EXCLUDED.facility, detention_date = EXCLUDED.detention_date,
       next_hearing_date = EXCLUDED.next_hearing_date,
       next_hearing_time = EXCLUDED.next_hearing_time,
       next_hearing_type = EXCLUDED.next_hearing_type,
       next_hearing_format = EXCLUDED.next_hearing_format,
       nearest_deadline = EXCLUDED.nearest_deadline,
       nearest_deadline_date = EXCLUDED.nearest_deadline_date,
       overdue_deadline = EXCLUDED.overdue_deadline,
       overdue_deadline_date = EXCLUDED.overdue_deadline_date,
       overdue_count = EXCLUDED.overdue_count, deadlines_failed = EXCLUDED.deadlines_failed,
       asylum_protected = EXCLUDED.asylum_protected,
       vawa_protected_1367 = EXCLUDED.vawa_protected_1367,
       assigned_user_ids = EXCLUDED.assigned_user_ids,
       last_device_sync_at = COALESCE(EXCLUDED.last_device_sync_at, t.last_device_sync_at),
       open_review_items = EXCLUDED.open_review_items, deleted = EXCLUDED.deleted,
       computed_for = EXCLUDED.computed_for,
       last_confirmed_facility = EXCLUDED.last_confirmed_facility,
       last_confirmed_on = EXCLUDED.last_confirmed_on, next_recheck_due = EXCLUDED.next_recheck_due,
       last_contact_on = EXCLUDED.last_contact_on, pro_bono_minutes = EXCLUDED.pro_bono_minutes,
       updated_at = now()`,
    [json(records)],
  );
}

/** Backfill: each case's last change that came from a laptop's push (a mutation id). */
export async function setLastDeviceSyncFromLog(
  q: Queryable,
  orgId: string,
  caseIds: readonly string[],
) {
  await q.query(
    `UPDATE case_summaries s SET last_device_sync_at = (
       SELECT l.committed_at FROM change_log l
       WHERE l.case_id = s.case_id AND l.mutation_id IS NOT NULL ORDER BY l.seq DESC LIMIT 1)
     WHERE s.org_id = $1 AND s.case_id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)`,
    [orgId, ids(caseIds)],
  );
}

export async function staleCaseIds(q: Queryable, orgId: string, today: string): Promise<string[]> {
  const result = await q.query<{ caseId: string }>(
    `SELECT case_id AS "caseId" FROM case_summaries WHERE org_id = $1 AND computed_for < $2::date`,
    [orgId, today],
  );
  return result.rows.map((row) => row.caseId);
}

export async function allCaseIds(q: Queryable): Promise<{ orgId: string; caseId: string }[]> {
  const result = await q.query<{ orgId: string; caseId: string }>(
    `SELECT org_id AS "orgId", id AS "caseId" FROM entities WHERE entity = 'case' ORDER BY org_id, id`,
  );
  return result.rows;
}
