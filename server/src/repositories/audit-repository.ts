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
  requestId: string | null;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  caseIds?: readonly string[];
  /** Ids, counts and codes only. */
  details?: Record<string, string | number | boolean | null | readonly string[]>;
}

export async function appendAudit(q: Queryable, event: AuditInput) {
  await q.query(
    `INSERT INTO audit_log (org_id, actor_id, device_id, request_id, action, outcome, case_ids, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      event.orgId,
      event.actorId,
      event.deviceId,
      event.requestId,
      event.action,
      event.outcome,
      json([...new Set(event.caseIds ?? [])]),
      json(event.details ?? {}),
    ],
  );
}

export async function listAudit(
  q: Queryable,
  orgId: string,
  options: { since?: string; limit: number },
): Promise<AuditEvent[]> {
  const result = await q.query<Omit<AuditEvent, 'at'> & { at: Date }>(
    `SELECT id, at, action, outcome, actor_id AS "actorId", device_id AS "deviceId",
       request_id AS "requestId", case_ids AS "caseIds", details
     FROM audit_log WHERE org_id = $1 AND ($2::timestamptz IS NULL OR at >= $2::timestamptz)
     ORDER BY id LIMIT $3`,
    [orgId, options.since ?? null, options.limit],
  );
  return result.rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}
