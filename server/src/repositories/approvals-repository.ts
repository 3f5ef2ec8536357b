/** Two-person control's requests and the notices it leaves for supervisors (migration 035). */
import type { ApprovalKind, ApprovalStatus } from '@core/sync/approval-schemas';
import type { Role } from '@core/sync/auth-schemas';
import type { Queryable } from '../db/db';
import { json } from '../db/db';

/** What a create_user request carries (staff details only). */
export interface NewAccountPayload {
  email: string;
  displayName: string;
  languages?: string[];
  organisation?: string | null;
  availability?: 'available' | 'limited' | 'unavailable';
}

export interface ApprovalRow {
  id: string;
  orgId: string;
  kind: ApprovalKind;
  targetUserId: string | null;
  role: Role;
  payload: Partial<NewAccountPayload>;
  requestedBy: string | null;
  requestedByName: string | null;
  requestedAt: Date;
  expiresAt: Date;
  /** `expired` when still pending past `expiresAt`. */
  status: ApprovalStatus;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  breakGlass: boolean;
  createdUserId: string | null;
  targetName: string | null;
  targetEmail: string | null;
}

const SELECT = `SELECT r.id, r.org_id AS "orgId", r.kind, r.target_user_id AS "targetUserId",
    r.role, r.payload, r.requested_by AS "requestedBy", rq.display_name AS "requestedByName",
    r.requested_at AS "requestedAt", r.expires_at AS "expiresAt",
    CASE WHEN r.status = 'pending' AND r.expires_at <= now() THEN 'expired' ELSE r.status END AS status,
    r.decided_by AS "decidedBy", dc.display_name AS "decidedByName", r.decided_at AS "decidedAt",
    r.break_glass AS "breakGlass", r.created_user_id AS "createdUserId",
    tu.display_name AS "targetName", tu.email AS "targetEmail"
  FROM approval_requests r
  LEFT JOIN users rq ON rq.id = r.requested_by
  LEFT JOIN users dc ON dc.id = r.decided_by
  LEFT JOIN users tu ON tu.id = COALESCE(r.target_user_id, r.created_user_id)`;

export async function insertApproval(
  q: Queryable,
  request: {
    id: string;
    orgId: string;
    kind: ApprovalKind;
    targetUserId: string | null;
    role: Role;
    payload: NewAccountPayload | Record<string, never>;
    requestedBy: string | null;
    ttlHours: number;
  },
) {
  await q.query(
    `INSERT INTO approval_requests (id, org_id, kind, target_user_id, role, payload, requested_by,
       expires_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, now() + make_interval(hours => $8))`,
    [
      request.id,
      request.orgId,
      request.kind,
      request.targetUserId,
      request.role,
      json(request.payload),
      request.requestedBy,
      request.ttlHours,
    ],
  );
}

export async function getApproval(q: Queryable, orgId: string, id: string) {
  const result = await q.query<ApprovalRow>(`${SELECT} WHERE r.id = $1 AND r.org_id = $2`, [
    id,
    orgId,
  ]);
  return result.rows[0] ?? null;
}

/** Locks the request row: two approvers of one request take turns, and the second finds it decided. */
export async function lockApproval(q: Queryable, orgId: string, id: string) {
  const locked = await q.query(
    'SELECT 1 FROM approval_requests WHERE id = $1 AND org_id = $2 FOR UPDATE',
    [id, orgId],
  );
  return locked.rowCount > 0 ? getApproval(q, orgId, id) : null;
}

/** Pending requests first, then the last 30 days' decided ones, newest first. */
export async function listApprovals(q: Queryable, orgId: string) {
  const result = await q.query<ApprovalRow>(
    `${SELECT} WHERE r.org_id = $1
       AND (r.status = 'pending' OR r.requested_at > now() - interval '30 days')
     ORDER BY (r.status = 'pending' AND r.expires_at > now()) DESC, r.requested_at DESC LIMIT 200`,
    [orgId],
  );
  return result.rows;
}

/** Pending requests for this account and kind (one at a time is enough). */
export async function findPendingFor(
  q: Queryable,
  orgId: string,
  kind: ApprovalKind,
  targetUserId: string,
) {
  const result = await q.query<{ id: string }>(
    `SELECT id FROM approval_requests WHERE org_id = $1 AND kind = $2 AND target_user_id = $3
       AND status = 'pending' AND expires_at > now()`,
    [orgId, kind, targetUserId],
  );
  return result.rows[0]?.id ?? null;
}

export async function findPendingAccountFor(q: Queryable, orgId: string, email: string) {
  const result = await q.query<{ id: string }>(
    `SELECT id FROM approval_requests WHERE org_id = $1 AND kind = 'create_user'
       AND lower(payload->>'email') = lower($2) AND status = 'pending' AND expires_at > now()`,
    [orgId, email],
  );
  return result.rows[0]?.id ?? null;
}

/** Decides a pending request; false when it was no longer pending (someone else decided first). */
export async function decideApproval(
  q: Queryable,
  id: string,
  decision: {
    status: 'approved' | 'rejected' | 'cancelled';
    decidedBy: string | null;
    breakGlass?: boolean;
    createdUserId?: string | null;
  },
): Promise<boolean> {
  const result = await q.query(
    `UPDATE approval_requests SET status = $2, decided_by = $3, decided_at = now(),
       break_glass = $4, created_user_id = $5
     WHERE id = $1 AND status = 'pending'`,
    [
      id,
      decision.status,
      decision.decidedBy,
      decision.breakGlass ?? false,
      decision.createdUserId ?? null,
    ],
  );
  return result.rowCount === 1;
}

export async function insertNotices(
  q: Queryable,
  notices: readonly { id: string; orgId: string; userId: string; requestId: string }[],
) {
  if (notices.length === 0) return;
  await q.query(
    `INSERT INTO staff_notices (id, org_id, user_id, kind, request_id)
     SELECT n.id, n."orgId", n."userId", 'break_glass', n."requestId"
     FROM jsonb_to_recordset($1::jsonb) AS n(id uuid, "orgId" uuid, "userId" uuid, "requestId" uuid)`,
    [json(notices)],
  );
}

export interface NoticeRow {
  id: string;
  kind: 'break_glass';
  requestId: string;
  createdAt: Date;
  readAt: Date | null;
}

export async function listNotices(q: Queryable, userId: string) {
  const result = await q.query<NoticeRow>(
    `SELECT id, kind, request_id AS "requestId", created_at AS "createdAt", read_at AS "readAt"
     FROM staff_notices WHERE user_id = $1 ORDER BY created_at DESC LIMIT 50`,
    [userId],
  );
  return result.rows;
}

export async function markNoticesRead(q: Queryable, userId: string) {
  const result = await q.query(
    'UPDATE staff_notices SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
    [userId],
  );
  return result.rowCount;
}
