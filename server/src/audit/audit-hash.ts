/**
 * The audit chain's hashes (docs/audit-chain.md). A row's canonical form is the JSON array of its
 * columns as PostgreSQL prints them (jsonb's text form is already normalised: key order, spacing),
 * with `at` in whole microseconds, so the same row hashes the same on PostgreSQL and PGlite, in
 * the sealer and in `audit verify`, whatever the session's time zone.
 */
import { createHash } from 'node:crypto';

/** The columns a row's hash covers, in this order (`AUDIT_ROW_COLUMNS` selects them). */
export interface CanonicalAuditRow {
  id: number;
  atMicros: string;
  orgId: string | null;
  actorId: string | null;
  deviceId: string | null;
  sessionId: string | null;
  requestId: string | null;
  action: string;
  outcome: string;
  caseIds: string;
  details: string;
}

/** The SELECT list giving a `CanonicalAuditRow` from `audit_log` aliased `a`. */
export const AUDIT_ROW_COLUMNS = `a.id, ((extract(epoch FROM a.at) * 1000000)::bigint)::text AS "atMicros",
  a.org_id::text AS "orgId", a.actor_id::text AS "actorId", a.device_id::text AS "deviceId",
  a.session_id::text AS "sessionId", a.request_id AS "requestId", a.action, a.outcome,
  a.case_ids::text AS "caseIds", a.details::text AS details`;

/** The link before the first row. */
export const GENESIS_HASH = '0'.repeat(64);

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function rowHash(row: CanonicalAuditRow): string {
  return sha256(
    JSON.stringify([
      'amparo-audit-v1',
      row.id,
      row.atMicros,
      row.orgId,
      row.actorId,
      row.deviceId,
      row.sessionId,
      row.requestId,
      row.action,
      row.outcome,
      row.caseIds,
      row.details,
    ]),
  );
}

export function chainHash(previous: string, seq: number, hashOfRow: string): string {
  return sha256(`${previous}\n${seq}\n${hashOfRow}`);
}
