/**
 * Two-person control (issue 20 #3, docs/two-person-control.md): deciding a request. A change that
 * would give someone access to case contents takes effect only when a second admin or supervisor
 * approves it in the console (never the person who asked, never the account it is about), or when
 * the server's operator approves it by break-glass on the server host, which every supervisor is
 * then told about. Every step, refused ones included, is audited. Asking: approval-requests.ts.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { ApprovalDecisionResponse, ApprovalKind } from '@core/sync/approval-schemas';
import type { ServerConfig } from '../app/app-config';
import { generatePassword, hashPassword, type StoredPassword } from '../auth/password-hasher';
import type { Db, Transaction } from '../db/db';
import { isUniqueViolation } from '../db/db';
import type { ApprovalRow, NewAccountPayload } from '../repositories/approvals-repository';
import {
  decideApproval,
  getApproval,
  insertNotices,
  lockApproval,
} from '../repositories/approvals-repository';
import { appendAudit } from '../repositories/audit-repository';
import { deleteUserTokens } from '../repositories/devices-repository';
import { deleteMfa } from '../repositories/mfa-repository';
import { endUserStaffSessions } from '../repositories/staff-sessions-repository';
import {
  getUserForUpdate,
  insertUser,
  listUsers,
  updatePassword,
} from '../repositories/users-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';
import { toApprovalSummary } from './approval-requests';

export type Decision = 'approve' | 'reject' | 'cancel';

/** Who may take this decision on this request; throws the refusal. */
function assertMayDecide(
  row: ApprovalRow,
  actor: AdminActor,
  decision: Decision,
  breakGlass: boolean,
) {
  if (decision === 'cancel') {
    if (actor.userId === null || row.requestedBy !== actor.userId)
      throw new AppError('forbidden', 'approval.notYours');
  } else if (!breakGlass) {
    if (actor.userId === null) throw new AppError('forbidden', 'approval.breakGlassOnly');
    if (row.requestedBy === actor.userId) throw new AppError('forbidden', 'approval.ownRequest');
    if (row.targetUserId === actor.userId) throw new AppError('forbidden', 'approval.ownAccount');
  }
  if (row.status === 'expired') throw new AppError('conflict', 'approval.expired');
  if (row.status !== 'pending') throw new AppError('conflict', 'approval.notPending');
}

const appliedActions: Record<ApprovalKind, string> = {
  create_user: 'admin.user_create',
  grant_role: 'admin.role_grant',
  reset_password: 'admin.password_reset',
  reset_mfa: 'admin.mfa_reset',
};

/** Makes the approved change; returns the account it concerns. */
async function applyApproved(
  tx: Transaction,
  row: ApprovalRow,
  password: StoredPassword | null,
): Promise<string> {
  if (row.kind === 'create_user') {
    const payload = row.payload as NewAccountPayload;
    try {
      const user = await insertUser(tx, {
        id: randomUUID(),
        orgId: row.orgId,
        email: payload.email,
        displayName: payload.displayName,
        role: row.role,
        password: password!,
        mustChangePassword: true,
        languages: payload.languages ?? [],
        organisation: payload.organisation ?? null,
        availability: payload.availability ?? 'available',
      });
      return user.id;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('conflict', 'admin.user.emailTaken');
      throw error;
    }
  }
  const user = await getUserForUpdate(tx, row.targetUserId!);
  if (!user || user.orgId !== row.orgId) throw new AppError('not_found', 'admin.user.notFound');
  // Every path signs the person out: a new role (supervisors need two-step sign-in, which only a
  // new sign-in asks for), a new password, a forgotten enrolment. Laptops keep data and outbox.
  if (row.kind === 'grant_role')
    await tx.query('UPDATE users SET role = $2 WHERE id = $1', [user.id, row.role]);
  if (row.kind === 'reset_password') await updatePassword(tx, user.id, password!, true);
  if (row.kind === 'reset_mfa') await deleteMfa(tx, user.id);
  await deleteUserTokens(tx, user.id);
  await endUserStaffSessions(
    tx,
    user.id,
    row.kind === 'reset_password' ? 'password_reset' : 'revoked',
  );
  return user.id;
}

/** Every active supervisor of the organisation hears of a break-glass approval. */
async function noticeSupervisors(tx: Transaction, actor: AdminActor, row: ApprovalRow) {
  const supervisors = (await listUsers(tx, actor.orgId)).filter(
    (user) => user.role === 'supervisor' && user.disabledAt === null,
  );
  await insertNotices(
    tx,
    supervisors.map((user) => ({
      id: randomUUID(),
      orgId: actor.orgId,
      userId: user.id,
      requestId: row.id,
    })),
  );
  for (const user of supervisors)
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'approval.break_glass_notice',
      outcome: 'ok',
      details: { approvalId: row.id, userId: user.id, via: actor.via },
    });
  return supervisors.length;
}

/**
 * Approves, rejects or cancels a request. Approval locks the request row, so two approvers (or an
 * approver and the requester cancelling) take turns and the second is told it is decided.
 */
export async function decideApprovalRequest(
  db: Db,
  config: ServerConfig,
  actor: AdminActor,
  id: string,
  decision: Decision,
  options: { breakGlass?: boolean } = {},
): Promise<ApprovalDecisionResponse & { supervisorsNotified?: number }> {
  const breakGlass = decision === 'approve' && options.breakGlass === true && actor.via === 'cli';
  try {
    const preview = await getApproval(db, actor.orgId, id);
    if (!preview) throw new AppError('not_found', 'approval.notFound');
    // Hashed before the transaction (Argon2id is slow), used only if the approval goes through.
    const needsPassword =
      decision === 'approve' &&
      (preview.kind === 'create_user' || preview.kind === 'reset_password');
    const temporaryPassword = needsPassword ? generatePassword() : undefined;
    const password = temporaryPassword
      ? await hashPassword(temporaryPassword, config.passwordParams)
      : null;
    return await db.transaction(async (tx) => {
      const row = await lockApproval(tx, actor.orgId, id);
      if (!row) throw new AppError('not_found', 'approval.notFound');
      assertMayDecide(row, actor, decision, breakGlass);
      const status =
        decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'cancelled';
      const userId = decision === 'approve' ? await applyApproved(tx, row, password) : null;
      if (
        !(await decideApproval(tx, id, {
          status,
          decidedBy: actor.userId,
          breakGlass,
          createdUserId: row.kind === 'create_user' ? userId : null,
        }))
      )
        throw new AppError('conflict', 'approval.notPending');
      const details = {
        approvalId: id,
        kind: row.kind,
        role: row.role,
        userId: userId ?? row.targetUserId,
        requestedBy: row.requestedBy,
        breakGlass,
        via: actor.via,
      };
      if (userId)
        await appendAudit(tx, {
          ...auditBase(actor),
          action: appliedActions[row.kind],
          outcome: 'ok',
          details,
        });
      await appendAudit(tx, {
        ...auditBase(actor),
        action: `approval.${status}`,
        outcome: 'ok',
        details,
      });
      const notified = breakGlass ? await noticeSupervisors(tx, actor, row) : undefined;
      return {
        request: toApprovalSummary((await getApproval(tx, actor.orgId, id))!, actor.userId),
        ...(temporaryPassword ? { temporaryPassword } : {}),
        ...(notified === undefined ? {} : { supervisorsNotified: notified }),
      };
    });
  } catch (error) {
    if (error instanceof AppError)
      await appendAudit(db, {
        ...auditBase(actor),
        action: `approval.${decision}`,
        outcome: 'denied',
        details: { approvalId: id, reason: error.message, breakGlass, via: actor.via },
      });
    throw error;
  }
}
