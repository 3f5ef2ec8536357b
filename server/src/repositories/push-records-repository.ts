/** What pushes leave behind: one settled result per device seq, and quarantined payloads. */
import type { MutationResult } from '@core/sync/mutation-schemas';
import type { JsonValue } from '@core/sync/json-value';
import type { Queryable } from '../db/db';
import { json } from '../db/db';

export async function getStoredResult(q: Queryable, deviceId: string, seq: number) {
  const result = await q.query<{ mutationId: string; result: MutationResult }>(
    `SELECT mutation_id AS "mutationId", result FROM device_mutations WHERE device_id = $1 AND seq = $2`,
    [deviceId, seq],
  );
  return result.rows[0] ?? null;
}

export async function findStoredMutation(q: Queryable, deviceId: string, mutationId: string) {
  const result = await q.query<{ seq: number; result: MutationResult }>(
    `SELECT seq, result FROM device_mutations WHERE device_id = $1 AND mutation_id = $2
     ORDER BY seq LIMIT 1`,
    [deviceId, mutationId],
  );
  return result.rows[0] ?? null;
}

export async function insertDeviceMutation(
  q: Queryable,
  row: { deviceId: string; seq: number; mutationId: string; result: MutationResult },
) {
  await q.query(
    `INSERT INTO device_mutations (device_id, seq, mutation_id, status, result)
     VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [row.deviceId, row.seq, row.mutationId, row.result.status, json(row.result)],
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

export async function insertQuarantine(q: Queryable, item: QuarantineInput) {
  await q.query(
    `INSERT INTO quarantined_mutations (id, org_id, device_id, user_id, mutation_id, seq, case_id,
       entity, reason, issues, payload)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)`,
    [
      item.id,
      item.orgId,
      item.deviceId,
      item.userId,
      item.mutationId,
      item.seq,
      item.caseId,
      item.entity,
      item.reason,
      item.issues ? json(item.issues) : null,
      json(item.payload),
    ],
  );
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
}

export async function listQuarantine(q: Queryable, orgId: string, limit = 500) {
  const result = await q.query<QuarantineRow>(
    `SELECT id, device_id AS "deviceId", user_id AS "userId", mutation_id AS "mutationId", seq,
       case_id AS "caseId", entity, reason, payload, created_at AS "createdAt", reviewed_at AS "reviewedAt"
     FROM quarantined_mutations WHERE org_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
    [orgId, limit],
  );
  return result.rows;
}

export async function markQuarantineReviewed(
  q: Queryable,
  orgId: string,
  id: string,
  by: string | null,
) {
  const result = await q.query<{ reviewedAt: Date }>(
    `UPDATE quarantined_mutations SET reviewed_at = COALESCE(reviewed_at, now()), reviewed_by = COALESCE(reviewed_by, $3)
     WHERE id = $1 AND org_id = $2 RETURNING reviewed_at AS "reviewedAt"`,
    [id, orgId, by],
  );
  return result.rows[0] ?? null;
}
