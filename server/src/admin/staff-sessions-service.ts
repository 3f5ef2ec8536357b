/** Admins see the organisation's console sessions (apart from laptops) and can end one. */
import { AppError } from '@core/errors/app-error';
import type { StaffSessionSummary } from '@core/sync/console-schemas';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { StaffSessionRow } from '../repositories/staff-sessions-repository';
import {
  endStaffSession,
  getStaffSession,
  listStaffSessions,
} from '../repositories/staff-sessions-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

/** Sessions started in the last week: the open ones and how the others ended. */
const LISTED_DAYS = 7;

function toSummary(row: StaffSessionRow): StaffSessionSummary {
  return {
    id: row.id,
    userId: row.userId,
    createdAt: row.createdAt.toISOString(),
    lastActiveAt: row.lastActiveAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    endReason: row.endReason,
  };
}

export async function listOrgStaffSessions(db: Db, actor: AdminActor) {
  return (await listStaffSessions(db, actor.orgId, LISTED_DAYS)).map(toSummary);
}

export async function revokeOrgStaffSession(db: Db, actor: AdminActor, sessionId: string) {
  return db.transaction(async (tx) => {
    const existing = await getStaffSession(tx, sessionId);
    if (!existing || existing.orgId !== actor.orgId) throw new AppError('not_found');
    const ended = await endStaffSession(tx, sessionId, 'revoked');
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.staff_session_revoke',
      outcome: 'ok',
      details: { revokedSessionId: sessionId, userId: existing.userId, via: actor.via },
    });
    return toSummary(ended!);
  });
}
