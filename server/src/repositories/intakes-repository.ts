/** Intakes (entity rows of kind `intake`), their conflict checks, and lookups they need. */
import type {
  ConflictCheck,
  ConflictDecision,
  ConflictHit,
  ConflictQuery,
} from '@core/sync/intake-schemas';
import type { Queryable } from '../db/db';
import { json } from '../db/db';
import type { EntityRow } from './entities-repository';

const COLUMNS = `id, org_id AS "orgId", case_id AS "caseId", entity, doc, version,
  field_versions AS "fieldVersions", deleted_at AS "deletedAt"`;

export type IntakeListFilter = 'pending' | 'decided' | 'all';

export async function listIntakeRows(
  q: Queryable,
  orgId: string,
  filter: IntakeListFilter,
): Promise<EntityRow[]> {
  const states =
    filter === 'pending'
      ? ['submitted']
      : filter === 'decided'
        ? ['accepted', 'merged', 'declined']
        : ['draft', 'submitted', 'accepted', 'merged', 'declined'];
  const result = await q.query<EntityRow>(
    `SELECT ${COLUMNS} FROM entities
     WHERE org_id = $1 AND entity = 'intake' AND deleted_at IS NULL
       AND doc->>'state' IN (SELECT jsonb_array_elements_text($2::jsonb))
     ORDER BY coalesce(doc->>'submittedAt', doc->>'startedAt') DESC, id`,
    [orgId, json(states)],
  );
  return result.rows;
}

/** The organisation's intake, or null (another organisation's is as absent as a missing one). */
export async function getIntakeRow(
  q: Queryable,
  orgId: string,
  id: string,
  forUpdate = false,
): Promise<EntityRow | null> {
  const result = await q.query<EntityRow>(
    `SELECT ${COLUMNS} FROM entities
     WHERE id = $1 AND org_id = $2 AND entity = 'intake' AND deleted_at IS NULL
     ${forUpdate ? 'FOR UPDATE' : ''}`,
    [id, orgId],
  );
  return result.rows[0] ?? null;
}

/** Cases and open intakes with an A-number: what a duplicate warning compares against. */
export async function aNumberHolders(q: Queryable, orgId: string) {
  const result = await q.query<{ id: string; reference: string; aNumber: string }>(
    `SELECT id, doc->>'reference' AS reference,
       coalesce(doc->'identity'->>'aNumber', doc->'client'->>'aNumber') AS "aNumber"
     FROM entities
     WHERE org_id = $1 AND deleted_at IS NULL AND (
       (entity = 'case' AND doc->'identity'->>'aNumber' IS NOT NULL) OR
       (entity = 'intake' AND doc->>'state' IN ('draft', 'submitted') AND doc->'client'->>'aNumber' IS NOT NULL))`,
    [orgId],
  );
  return result.rows;
}

/** The next free `MCJ-<year>-NNNN` reference of the organisation. */
export async function nextCaseReference(q: Queryable, orgId: string, year: number) {
  const prefix = `MCJ-${year}-`;
  const result = await q.query<{ n: number | null }>(
    `SELECT max(substring(doc->>'reference' FROM '^MCJ-\\d{4}-(\\d{3,6})$')::int) AS n
     FROM entities WHERE org_id = $1 AND entity = 'case' AND doc->>'reference' LIKE $2`,
    [orgId, `${prefix}%`],
  );
  return `${prefix}${String((result.rows[0]?.n ?? 0) + 1).padStart(4, '0')}`;
}

interface CheckRow {
  id: string;
  intakeId: string;
  intakeVersion: number;
  searched: ConflictQuery[];
  hits: ConflictHit[];
  createdBy: string | null;
  createdAt: Date;
  decision: ConflictDecision | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
}

const CHECK_COLUMNS = `id, intake_id AS "intakeId", intake_version AS "intakeVersion", searched, hits,
  created_by AS "createdBy", created_at AS "createdAt", decision, reason,
  decided_by AS "decidedBy", decided_at AS "decidedAt"`;

function toCheck(row: CheckRow): ConflictCheck {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

export async function insertConflictCheck(
  q: Queryable,
  row: {
    id: string;
    orgId: string;
    intakeId: string;
    intakeVersion: number;
    searched: ConflictQuery[];
    hits: ConflictHit[];
    createdBy: string | null;
  },
): Promise<ConflictCheck> {
  const result = await q.query<CheckRow>(
    `INSERT INTO conflict_checks (id, org_id, intake_id, intake_version, searched, hits, created_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7) RETURNING ${CHECK_COLUMNS}`,
    [
      row.id,
      row.orgId,
      row.intakeId,
      row.intakeVersion,
      json(row.searched),
      json(row.hits),
      row.createdBy,
    ],
  );
  return toCheck(result.rows[0]!);
}

/** Newest first. */
export async function listConflictChecks(
  q: Queryable,
  orgId: string,
  intakeId: string,
): Promise<ConflictCheck[]> {
  const result = await q.query<CheckRow>(
    `SELECT ${CHECK_COLUMNS} FROM conflict_checks WHERE org_id = $1 AND intake_id = $2
     ORDER BY created_at DESC, id`,
    [orgId, intakeId],
  );
  return result.rows.map(toCheck);
}

/** The latest check of each intake (for lists). */
export async function latestConflictChecks(
  q: Queryable,
  orgId: string,
  intakeIds: readonly string[],
): Promise<Map<string, ConflictCheck>> {
  if (intakeIds.length === 0) return new Map();
  const result = await q.query<CheckRow>(
    `SELECT DISTINCT ON (intake_id) ${CHECK_COLUMNS} FROM conflict_checks
     WHERE org_id = $1 AND intake_id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)
     ORDER BY intake_id, created_at DESC, id`,
    [orgId, json(intakeIds)],
  );
  return new Map(result.rows.map((row) => [row.intakeId, toCheck(row)]));
}

export async function getConflictCheckForUpdate(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<ConflictCheck | null> {
  const result = await q.query<CheckRow>(
    `SELECT ${CHECK_COLUMNS} FROM conflict_checks WHERE id = $1 AND org_id = $2 FOR UPDATE`,
    [id, orgId],
  );
  return result.rows[0] ? toCheck(result.rows[0]) : null;
}

export async function recordConflictDecision(
  q: Queryable,
  input: {
    id: string;
    decision: ConflictDecision;
    reason: string | null;
    decidedBy: string | null;
  },
): Promise<ConflictCheck> {
  const result = await q.query<CheckRow>(
    `UPDATE conflict_checks SET decision = $2, reason = $3, decided_by = $4, decided_at = now()
     WHERE id = $1 AND decision IS NULL RETURNING ${CHECK_COLUMNS}`,
    [input.id, input.decision, input.reason, input.decidedBy],
  );
  return toCheck(result.rows[0]!);
}
