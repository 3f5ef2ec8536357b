/** Review items: both values of a field changed on two sides, and who changed each, when. */
import type { Conflict, ConflictKind, ConflictStatus } from '@core/sync/admin-schemas';
import type { JsonValue } from '@core/sync/json-value';
import type { SyncEntity } from '@core/sync/mutation-schemas';
import type { Queryable } from '../db/db';
import { json } from '../db/db';

export interface ConflictInput {
  id: string;
  orgId: string;
  caseId: string;
  entity: SyncEntity;
  entityId: string;
  fieldPath: string;
  kind: ConflictKind;
  status: ConflictStatus;
  serverValue: JsonValue | undefined;
  clientValue: JsonValue | undefined;
  serverActorId: string | null;
  serverChangedAt: Date | null;
  clientActorId: string;
  clientDeviceId: string;
  clientTime: string;
  mutationId: string;
}

/** Stores the conflicts; with `ifAbsent`, skips an id already stored. Returns how many it stored. */
export async function insertConflicts(
  q: Queryable,
  conflicts: readonly ConflictInput[],
  options: { ifAbsent?: boolean } = {},
): Promise<number> {
  if (conflicts.length === 0) return 0;
  const rows = conflicts.map((c) => ({
    ...c,
    serverValue: c.serverValue === undefined ? null : { v: c.serverValue },
    clientValue: c.clientValue === undefined ? null : { v: c.clientValue },
  }));
  const stored = await q.query(
    `INSERT INTO conflicts (id, org_id, case_id, entity, entity_id, field_path, kind, status,
       server_value, client_value, server_actor_id, server_changed_at, client_actor_id,
       client_device_id, client_time, mutation_id)
     SELECT r.id, r."orgId", r."caseId", r.entity, r."entityId", r."fieldPath", r.kind, r.status,
       r."serverValue", r."clientValue", r."serverActorId", r."serverChangedAt", r."clientActorId",
       r."clientDeviceId", r."clientTime", r."mutationId"
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "orgId" uuid, "caseId" uuid, entity text,
       "entityId" uuid, "fieldPath" text, kind text, status text, "serverValue" jsonb, "clientValue" jsonb,
       "serverActorId" uuid, "serverChangedAt" timestamptz, "clientActorId" uuid, "clientDeviceId" uuid,
       "clientTime" text, "mutationId" uuid)${options.ifAbsent ? ' ON CONFLICT (id) DO NOTHING' : ''}`,
    [json(rows)],
  );
  return stored.rowCount;
}

/** One conflict (tests and tools); pushes use `insertConflicts`. */
export async function insertConflict(q: Queryable, conflict: ConflictInput) {
  await insertConflicts(q, [conflict]);
}

interface ConflictRow extends Omit<
  Conflict,
  'serverValue' | 'clientValue' | 'createdAt' | 'resolvedAt' | 'serverChangedAt'
> {
  serverValue: { v: JsonValue } | null;
  clientValue: { v: JsonValue } | null;
  createdAt: Date;
  resolvedAt: Date | null;
  serverChangedAt: Date | null;
}

const COLUMNS = `id, case_id AS "caseId", entity, entity_id AS "entityId", field_path AS "fieldPath",
  kind, status, server_value AS "serverValue", client_value AS "clientValue",
  server_actor_id AS "serverActorId", server_changed_at AS "serverChangedAt",
  client_actor_id AS "clientActorId", client_device_id AS "clientDeviceId",
  client_time AS "clientTime", mutation_id AS "mutationId", created_at AS "createdAt",
  resolved_at AS "resolvedAt", resolved_by AS "resolvedBy"`;

function toConflict(row: ConflictRow): Conflict {
  const { serverValue, clientValue, ...rest } = row;
  return {
    ...rest,
    ...(serverValue ? { serverValue: serverValue.v } : {}),
    ...(clientValue ? { clientValue: clientValue.v } : {}),
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    serverChangedAt: row.serverChangedAt?.toISOString() ?? null,
  };
}

export async function listConflicts(
  q: Queryable,
  orgId: string,
  filter: { status?: ConflictStatus; caseId?: string },
): Promise<Conflict[]> {
  const result = await q.query<ConflictRow>(
    `SELECT ${COLUMNS} FROM conflicts WHERE org_id = $1
       AND ($2::text IS NULL OR status = $2) AND ($3::uuid IS NULL OR case_id = $3)
     -- What awaits a person first, so a long history never pushes it out of the 1,000.
     ORDER BY (status = 'open' OR (kind = 'overwritten' AND status = 'auto_resolved'
       AND resolved_at IS NULL)) DESC, created_at DESC, id LIMIT 1000`,
    [orgId, filter.status ?? null, filter.caseId ?? null],
  );
  return result.rows.map(toConflict);
}

export async function getConflictForUpdate(q: Queryable, orgId: string, id: string) {
  const result = await q.query<ConflictRow>(
    `SELECT ${COLUMNS} FROM conflicts WHERE id = $1 AND org_id = $2 FOR UPDATE`,
    [id, orgId],
  );
  const row = result.rows[0];
  return row ? toConflict(row) : null;
}

export async function markConflictResolved(q: Queryable, id: string, by: string | null) {
  const result = await q.query<ConflictRow>(
    `UPDATE conflicts SET status = 'resolved', resolved_at = now(), resolved_by = $2
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, by],
  );
  return toConflict(result.rows[0]!);
}
