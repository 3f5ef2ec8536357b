/** What pushes leave behind: one settled result per device seq, and quarantined payloads. */
import type { MutationResult } from '@core/sync/mutation-schemas';
import type { JsonValue } from '@core/sync/json-value';
import type { Queryable } from '../db/db';
import type { AuditInput } from './audit-repository';
import { json } from '../db/db';

/** A settled mutation: its first answer and what it carried (null for rows older than hashes). */
export interface StoredMutation {
  mutationId: string;
  result: MutationResult;
  bodyHash: string | null;
  /** The record the mutation named (null for rows settled before it was kept: migration 043). */
  entityId?: string | null;
}

export async function getStoredResult(
  q: Queryable,
  deviceId: string,
  seq: number,
): Promise<StoredMutation | null> {
  const result = await q.query<StoredMutation>(
    `SELECT mutation_id AS "mutationId", result, body_hash AS "bodyHash", entity_id AS "entityId"
     FROM device_mutations WHERE device_id = $1 AND seq = $2`,
    [deviceId, seq],
  );
  return result.rows[0] ?? null;
}

/** What is stored for any of these mutation ids (from earlier pushes of this device), first settlement each. */
export async function findStoredMutations(
  q: Queryable,
  deviceId: string,
  mutationIds: readonly string[],
): Promise<Map<string, StoredMutation>> {
  const found = new Map<string, StoredMutation>();
  if (mutationIds.length === 0) return found;
  const result = await q.query<StoredMutation>(
    `SELECT DISTINCT ON (mutation_id) mutation_id AS "mutationId", result, body_hash AS "bodyHash",
       entity_id AS "entityId"
     FROM device_mutations
     WHERE device_id = $1 AND mutation_id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)
     ORDER BY mutation_id, seq`,
    [deviceId, json(mutationIds)],
  );
  for (const row of result.rows) found.set(row.mutationId, row);
  return found;
}

/**
 * Settles a push in one statement: the batch's `device_mutations` rows, the device's new
 * acknowledged seq, and the audit event. Same transaction as the effects.
 */
export async function settlePush(
  q: Queryable,
  push: {
    deviceId: string;
    lastAckedSeq: number;
    settled: readonly (StoredMutation & { seq: number })[];
    audit: AuditInput;
  },
) {
  const { audit } = push;
  await q.query(
    `WITH settled AS (
       INSERT INTO device_mutations (device_id, seq, mutation_id, status, result, body_hash, entity_id)
       SELECT $1, (r->>'seq')::bigint, (r->>'mutationId')::uuid, r->'result'->>'status', r->'result',
         r->>'bodyHash', (r->>'entityId')::uuid
       FROM jsonb_array_elements($2::jsonb) AS r
     ), device AS (
       UPDATE devices SET last_acked_seq = $3, last_seen_at = now() WHERE id = $1
     )
     INSERT INTO audit_log (org_id, actor_id, device_id, request_id, action, outcome, case_ids, details)
     VALUES ($4, $5, $1, $6, $7, $8, $9::jsonb, $10::jsonb)`,
    [
      push.deviceId,
      json(push.settled),
      push.lastAckedSeq,
      audit.orgId,
      audit.actorId,
      audit.requestId,
      audit.action,
      audit.outcome,
      json([...new Set(audit.caseIds ?? [])]),
      json(audit.details ?? {}),
    ],
  );
}

export interface QuarantineInput {
  id: string;
  orgId: string;
  deviceId: string;
  userId: string;
  mutationId: string;
  seq: number;
  caseId: string | null;
  entity: string | null;
  reason: string;
  issues: { path: string; code: string }[] | null;
  payload: JsonValue;
}

export async function insertQuarantines(q: Queryable, items: readonly QuarantineInput[]) {
  if (items.length === 0) return;
  await q.query(
    `INSERT INTO quarantined_mutations (id, org_id, device_id, user_id, mutation_id, seq, case_id,
       entity, reason, issues, payload)
     SELECT r.id, r."orgId", r."deviceId", r."userId", r."mutationId", r.seq, r."caseId", r.entity,
       r.reason, r.issues, r.payload
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "orgId" uuid, "deviceId" uuid, "userId" uuid,
       "mutationId" text, seq bigint, "caseId" text, entity text, reason text, issues jsonb, payload jsonb)`,
    [json(items)],
  );
}

/** One quarantined mutation (tests and tools); pushes use `insertQuarantines`. */
export async function insertQuarantine(q: Queryable, item: QuarantineInput) {
  await insertQuarantines(q, [item]);
}

export interface QuarantineRow {
  id: string;
  deviceId: string;
  userId: string;
  mutationId: string;
  seq: number;
  caseId: string | null;
  entity: string | null;
  reason: string;
  payload: JsonValue;
  createdAt: Date;
  reviewedAt: Date | null;
  appliedAt: Date | null;
}

const QUARANTINE_COLUMNS = `id, device_id AS "deviceId", user_id AS "userId",
  mutation_id AS "mutationId", seq, case_id AS "caseId", entity, reason, payload,
  created_at AS "createdAt", reviewed_at AS "reviewedAt", applied_at AS "appliedAt"`;

export async function listQuarantine(q: Queryable, orgId: string, limit = 500) {
  const result = await q.query<QuarantineRow>(
    `SELECT ${QUARANTINE_COLUMNS}
     FROM quarantined_mutations WHERE org_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
    [orgId, limit],
  );
  return result.rows;
}

export async function getQuarantineForUpdate(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<QuarantineRow | null> {
  const result = await q.query<QuarantineRow>(
    `SELECT ${QUARANTINE_COLUMNS} FROM quarantined_mutations WHERE id = $1 AND org_id = $2 FOR UPDATE`,
    [id, orgId],
  );
  return result.rows[0] ?? null;
}

/** A reviewed mutation took effect: when, by whom, and what the apply answered. */
export async function markQuarantineApplied(
  q: Queryable,
  id: string,
  by: string | null,
  result: MutationResult,
): Promise<Date> {
  const updated = await q.query<{ appliedAt: Date }>(
    `UPDATE quarantined_mutations SET applied_at = now(), applied_by = $2, applied_result = $3::jsonb,
       reviewed_at = COALESCE(reviewed_at, now()), reviewed_by = COALESCE(reviewed_by, $2)
     WHERE id = $1 RETURNING applied_at AS "appliedAt"`,
    [id, by, json(result)],
  );
  return updated.rows[0]!.appliedAt;
}

/** Mutation ids of this user's quarantined items applied since `since` (their laptops drop them). */
export async function appliedQuarantineFor(
  q: Queryable,
  orgId: string,
  userId: string,
  since: Date,
): Promise<string[]> {
  const result = await q.query<{ mutationId: string }>(
    `SELECT mutation_id AS "mutationId" FROM quarantined_mutations
     WHERE org_id = $1 AND user_id = $2 AND applied_at > $3 ORDER BY applied_at LIMIT 1000`,
    [orgId, userId, since],
  );
  return result.rows.map((r) => r.mutationId);
}

export async function markQuarantineReviewed(
  q: Queryable,
  orgId: string,
  id: string,
  by: string | null,
) {
  const result = await q.query<{ reviewedAt: Date; caseId: string | null }>(
    `UPDATE quarantined_mutations SET reviewed_at = COALESCE(reviewed_at, now()), reviewed_by = COALESCE(reviewed_by, $3)
     WHERE id = $1 AND org_id = $2 RETURNING reviewed_at AS "reviewedAt", case_id AS "caseId"`,
    [id, orgId, by],
  );
  return result.rows[0] ?? null;
}
