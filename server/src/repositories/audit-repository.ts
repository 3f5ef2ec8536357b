/**
 * The append-only audit log (a trigger refuses UPDATE, DELETE and TRUNCATE). Events carry who,
 * from which device, in which request, on which case ids: never names, A-numbers or note text.
 */
import type { AuditEvent } from '@core/sync/admin-schemas';
import type { Queryable } from '../db/db';
import { json } from '../db/db';

export interface AuditInput {
  orgId: string | null;
  actorId: string | null;
  deviceId: string | null;
  /** The staff console session, when the action came from the console. */
  sessionId?: string | null;
  requestId: string | null;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  caseIds?: readonly string[];
  /** Ids, counts and codes only. */
  details?: Record<string, string | number | boolean | null | readonly string[]>;
}

/** The columns every audit row is written with (appendAudit; whole-upload-repository.ts in SQL). */
export const AUDIT_INSERT_COLUMNS = `org_id, actor_id, device_id, request_id, action, outcome,
  case_ids, details, session_id`;

export async function appendAudit(q: Queryable, event: AuditInput) {
  await q.query(
    `INSERT INTO audit_log (${AUDIT_INSERT_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)`,
    [
      event.orgId,
      event.actorId,
      event.deviceId,
      event.requestId,
      event.action,
      event.outcome,
      json([...new Set(event.caseIds ?? [])]),
      json(event.details ?? {}),
      event.sessionId ?? null,
    ],
  );
}

export interface AuditQuery {
  actorId?: string | undefined;
  action?: string | undefined;
  /** Events naming any of these cases (resolved from a case reference by the caller). */
  caseIds?: readonly string[] | undefined;
  /** America/Chicago calendar days, both included. */
  from?: string | undefined;
  to?: string | undefined;
  since?: string | undefined;
  /** Only ids below this (paging newest first). */
  before?: number | undefined;
  limit: number;
  order: 'oldest' | 'newest';
}

type AuditRow = Omit<AuditEvent, 'at'> & { at: Date };

/** The organisation's audit events matching every filter given. */
export async function listAudit(
  q: Queryable,
  orgId: string,
  query: AuditQuery,
): Promise<AuditEvent[]> {
  const result = await q.query<AuditRow>(
    `SELECT id, at, action, outcome, actor_id AS "actorId", device_id AS "deviceId",
       session_id AS "sessionId", request_id AS "requestId", case_ids AS "caseIds", details
     FROM audit_log
     WHERE org_id = $1
       AND ($2::timestamptz IS NULL OR at >= $2::timestamptz)
       AND ($3::uuid IS NULL OR actor_id = $3::uuid)
       AND ($4::text IS NULL OR action = $4::text)
       AND ($5::jsonb IS NULL OR case_ids ?| ARRAY(SELECT jsonb_array_elements_text($5::jsonb)))
       AND ($6::date IS NULL OR at >= ($6::date)::timestamp AT TIME ZONE 'America/Chicago')
       AND ($7::date IS NULL OR at < ($7::date + 1)::timestamp AT TIME ZONE 'America/Chicago')
       AND ($8::bigint IS NULL OR id < $8::bigint)
     ORDER BY id ${query.order === 'newest' ? 'DESC' : 'ASC'} LIMIT $9`,
    [
      orgId,
      query.since ?? null,
      query.actorId ?? null,
      query.action ?? null,
      query.caseIds ? json(query.caseIds) : null,
      query.from ?? null,
      query.to ?? null,
      query.before ?? null,
      query.limit,
    ],
  );
  return result.rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

/** Every action name the organisation's log holds, for the filter's list. */
export async function listAuditActions(q: Queryable, orgId: string): Promise<string[]> {
  const result = await q.query<{ action: string }>(
    'SELECT DISTINCT action FROM audit_log WHERE org_id = $1 ORDER BY action',
    [orgId],
  );
  return result.rows.map((row) => row.action);
}
