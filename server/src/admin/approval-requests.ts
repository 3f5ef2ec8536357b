/**
 * Two-person control (issue 20 #3, docs/two-person-control.md): asking. A change that would give
 * someone access to case contents is stored as a request, audited, and listed (with the
 * break-glass notices of the caller) for a second person to decide (approvals-service.ts).
 */
import { randomUUID } from 'node:crypto';
import type {
  ApprovalKind,
  ApprovalListResponse,
  ApprovalRequestSummary,
} from '@core/sync/approval-schemas';
import type { Role } from '@core/sync/auth-schemas';
import type { Db, Queryable, Transaction } from '../db/db';
import type { ApprovalRow, NewAccountPayload } from '../repositories/approvals-repository';
import {
  getApproval,
  insertApproval,
  listApprovals,
  listNotices,
  markNoticesRead,
} from '../repositories/approvals-repository';
import { appendAudit } from '../repositories/audit-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

/** A request not decided within three days lapses; asking again is cheap. */
export const APPROVAL_TTL_HOURS = 72;

/** Supervisors read every case; admins manage who does. Both need a second person. */
export const needsApproval = (role: Role) => role !== 'attorney';

export function toApprovalSummary(
  row: ApprovalRow,
  callerId: string | null,
): ApprovalRequestSummary {
  const targetId = row.targetUserId ?? row.createdUserId;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    role: row.role,
    target: {
      userId: targetId,
      displayName: row.targetName ?? row.payload.displayName ?? '',
      email: row.targetEmail ?? row.payload.email ?? '',
    },
    requestedBy: { userId: row.requestedBy, displayName: row.requestedByName },
    requestedAt: row.requestedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    decidedBy:
      row.decidedAt === null ? null : { userId: row.decidedBy, displayName: row.decidedByName },
    decidedAt: row.decidedAt?.toISOString() ?? null,
    breakGlass: row.breakGlass,
    canDecide:
      row.status === 'pending' &&
      callerId !== null &&
      row.requestedBy !== callerId &&
      row.targetUserId !== callerId,
    mine: callerId !== null && row.requestedBy === callerId,
  };
}

/** Stores a request and audits it; the caller has checked that the change needs one. */
export async function createApprovalRequest(
  tx: Transaction,
  actor: AdminActor,
  request: {
    kind: ApprovalKind;
    targetUserId: string | null;
    role: Role;
    payload?: NewAccountPayload;
  },
): Promise<ApprovalRequestSummary> {
  const id = randomUUID();
  await insertApproval(tx, {
    id,
    orgId: actor.orgId,
    kind: request.kind,
    targetUserId: request.targetUserId,
    role: request.role,
    payload: request.payload ?? {},
    requestedBy: actor.userId,
    ttlHours: APPROVAL_TTL_HOURS,
  });
  await appendAudit(tx, {
    ...auditBase(actor),
    action: 'approval.requested',
    outcome: 'ok',
    details: {
      approvalId: id,
      kind: request.kind,
      role: request.role,
      userId: request.targetUserId,
      via: actor.via,
    },
  });
  return toApprovalSummary((await getApproval(tx, actor.orgId, id))!, actor.userId);
}

export async function listApprovalRequests(
  db: Queryable,
  actor: AdminActor,
): Promise<ApprovalListResponse> {
  const rows = await listApprovals(db, actor.orgId);
  const notices = actor.userId ? await listNotices(db, actor.userId) : [];
  return {
    requests: rows.map((row) => toApprovalSummary(row, actor.userId)),
    notices: notices.map((notice) => ({
      ...notice,
      createdAt: notice.createdAt.toISOString(),
      readAt: notice.readAt?.toISOString() ?? null,
    })),
  };
}

export async function readNotices(db: Db, actor: AdminActor) {
  const read = actor.userId ? await markNoticesRead(db, actor.userId) : 0;
  await appendAudit(db, {
    ...auditBase(actor),
    action: 'approval.notices_read',
    outcome: 'ok',
    details: { count: read, via: actor.via },
  });
  return { read };
}
