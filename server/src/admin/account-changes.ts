/**
 * A change to an existing account that applies at once (profile, deactivation, a password reset,
 * a demotion, an MFA reset), in one transaction with its audit row. Shared by the HTTP API and
 * the CLI through accounts-service.ts.
 */
import { AppError } from '@core/errors/app-error';
import type { UpdateUserRequest, UserSummary } from '@core/sync/admin-schemas';
import type { StoredPassword } from '../auth/password-hasher';
import type { Db, Transaction } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { deleteUserTokens } from '../repositories/devices-repository';
import { deleteMfa } from '../repositories/mfa-repository';
import { endUserStaffSessions } from '../repositories/staff-sessions-repository';
import type { UserRow } from '../repositories/users-repository';
import {
  getUser,
  getUserForUpdate,
  setUserDisabled,
  updatePassword,
  updateUserProfile,
} from '../repositories/users-repository';
import { toUserSummary } from './account-summaries';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

/**
 * A change to an existing account that applies at once. Changes that would give someone access
 * to case contents never come here: they become approval requests (approvals-service.ts).
 */
export type AccountChange =
  | { kind: 'update_profile'; profile: UpdateUserRequest }
  | { kind: 'deactivate' }
  | { kind: 'reactivate' }
  | { kind: 'reset_password'; password: StoredPassword }
  | { kind: 'demote' }
  | { kind: 'reset_mfa' };

const auditActions: Record<AccountChange['kind'], string> = {
  update_profile: 'admin.user_update',
  deactivate: 'admin.user_deactivate',
  reactivate: 'admin.user_reactivate',
  reset_password: 'admin.password_reset',
  demote: 'admin.role_change',
  reset_mfa: 'admin.mfa_reset',
};

export interface AccountChangeResult {
  outcome: 'applied';
  user: UserSummary;
}

async function applyChange(tx: Transaction, user: UserRow, change: AccountChange) {
  switch (change.kind) {
    case 'update_profile':
      return updateUserProfile(tx, user.id, {
        displayName: change.profile.displayName ?? user.displayName,
        languages: change.profile.languages ?? user.languages,
        organisation:
          change.profile.organisation === undefined
            ? user.organisation
            : change.profile.organisation?.trim() || null,
        availability: change.profile.availability ?? user.availability,
      });
    case 'deactivate': {
      // Laptops stop syncing (their data stays encrypted on them; revoking one wipes it).
      await deleteUserTokens(tx, user.id);
      await endUserStaffSessions(tx, user.id, 'deactivated');
      return setUserDisabled(tx, user.id, true);
    }
    case 'reactivate':
      return setUserDisabled(tx, user.id, false);
    case 'reset_password':
      // Signs the person out everywhere; their laptops keep their data and outbox.
      await updatePassword(tx, user.id, change.password);
      await deleteUserTokens(tx, user.id);
      await endUserStaffSessions(tx, user.id, 'password_reset');
      return user;
    case 'demote':
    case 'reset_mfa': {
      if (change.kind === 'demote')
        await tx.query(`UPDATE users SET role = 'attorney' WHERE id = $1`, [user.id]);
      else await deleteMfa(tx, user.id);
      await deleteUserTokens(tx, user.id);
      await endUserStaffSessions(tx, user.id, 'revoked');
      return (await getUser(tx, user.id))!;
    }
  }
}

export async function changeAccount(
  db: Db,
  actor: AdminActor,
  userId: string,
  change: AccountChange,
): Promise<AccountChangeResult> {
  return db.transaction(async (tx) => {
    const user = await getUserForUpdate(tx, userId);
    if (!user || user.orgId !== actor.orgId) throw new AppError('not_found', 'admin.user.notFound');
    if (change.kind === 'deactivate' && user.id === actor.userId)
      throw new AppError('conflict', 'admin.user.cannotDeactivateSelf');
    const changed = await applyChange(tx, user, change);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: auditActions[change.kind],
      outcome: 'ok',
      details: {
        userId,
        via: actor.via,
        ...(change.kind === 'update_profile' ? { fields: Object.keys(change.profile) } : {}),
      },
    });
    return { outcome: 'applied' as const, user: toUserSummary(changed) };
  });
}
