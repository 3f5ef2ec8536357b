/** Accounts and devices: create users, reset passwords, list and revoke devices. Shared by the HTTP API and the CLI. */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { Role } from '@core/sync/auth-schemas';
import type {
  CreateUserRequest,
  CreateUserResponse,
  DeviceSummary,
  UpdateUserRequest,
  UserSummary,
} from '@core/sync/admin-schemas';
import type { ServerConfig } from '../app/app-config';
import type { StoredPassword } from '../auth/password-hasher';
import { generatePassword, hashPassword } from '../auth/password-hasher';
import { assertAcceptablePassword } from '../auth/password-policy';
import type { Db, Transaction } from '../db/db';
import { isUniqueViolation } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { DeviceRow } from '../repositories/devices-repository';
import {
  deleteUserTokens,
  listDevices,
  revokeDevice,
  setDeviceLeaseDays,
} from '../repositories/devices-repository';
import { endUserStaffSessions } from '../repositories/staff-sessions-repository';
import type { UserRow } from '../repositories/users-repository';
import {
  findUserByEmail,
  getUser,
  getUserForUpdate,
  insertUser,
  listUsers,
  setUserDisabled,
  updatePassword,
  updateUserProfile,
} from '../repositories/users-repository';
import { findPendingAccountFor, findPendingFor } from '../repositories/approvals-repository';
import { deleteMfa } from '../repositories/mfa-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';
import { createApprovalRequest, needsApproval } from './approvals-service';

export function toUserSummary(user: UserRow): UserSummary {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
    disabled: user.disabledAt !== null,
    languages: user.languages,
    organisation: user.organisation,
    availability: user.availability,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  };
}

export function toDeviceSummary(device: DeviceRow): DeviceSummary {
  return {
    id: device.id,
    userId: device.userId,
    name: device.name,
    platform: device.platform,
    appVersion: device.appVersion,
    createdAt: device.createdAt.toISOString(),
    lastSeenAt: device.lastSeenAt?.toISOString() ?? null,
    lastAckedSeq: device.lastAckedSeq,
    leaseExpiresAt: device.leaseExpiresAt?.toISOString() ?? null,
    revokedAt: device.revokedAt?.toISOString() ?? null,
    wipeSentAt: device.wipeSentAt?.toISOString() ?? null,
    signedOutAt: device.signedOutAt?.toISOString() ?? null,
    leaseDays: device.leaseDays,
  };
}

export async function createUser(
  db: Db,
  config: ServerConfig,
  actor: AdminActor,
  input: CreateUserRequest,
) {
  if (needsApproval(input.role)) return requestAccount(db, actor, input);
  if (input.password) assertAcceptablePassword(input.password, input.email);
  const temporaryPassword = input.password ? undefined : generatePassword();
  const password = await hashPassword(input.password ?? temporaryPassword!, config.passwordParams);
  try {
    return await db.transaction(async (tx) => {
      const user = await insertUser(tx, {
        id: randomUUID(),
        orgId: actor.orgId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        password,
        languages: input.languages ?? [],
        organisation: input.organisation ?? null,
        availability: input.availability ?? 'available',
      });
      await appendAudit(tx, {
        ...auditBase(actor),
        action: 'admin.user_create',
        outcome: 'ok',
        details: { userId: user.id, role: user.role, via: actor.via },
      });
      return {
        outcome: 'applied' as const,
        user: toUserSummary(user),
        ...(temporaryPassword ? { temporaryPassword } : {}),
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'admin.user.emailTaken');
    throw error;
  }
}

/**
 * A supervisor or admin account waits for a second person (approvals-service.ts). The requester
 * may not choose its password: the approver receives a one-time password to hand over.
 */
async function requestAccount(
  db: Db,
  actor: AdminActor,
  input: CreateUserRequest,
): Promise<CreateUserResponse> {
  if (input.password) throw new AppError('bad_request', 'approval.noChosenPassword');
  return db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email))
      throw new AppError('conflict', 'admin.user.emailTaken');
    if (await findPendingAccountFor(tx, actor.orgId, input.email))
      throw new AppError('conflict', 'approval.alreadyPending');
    const request = await createApprovalRequest(tx, actor, {
      kind: 'create_user',
      targetUserId: null,
      role: input.role,
      payload: {
        email: input.email,
        displayName: input.displayName,
        languages: input.languages ?? [],
        organisation: input.organisation?.trim() || null,
        availability: input.availability ?? 'available',
      },
    });
    return { outcome: 'pending_approval' as const, request };
  });
}

/** A request about an existing account (role, password, MFA), unless one is already waiting. */
async function requestAboutAccount(
  db: Db,
  actor: AdminActor,
  user: UserRow,
  kind: 'grant_role' | 'reset_password' | 'reset_mfa',
  role: Role,
) {
  return db.transaction(async (tx) => {
    if (await findPendingFor(tx, actor.orgId, kind, user.id))
      throw new AppError('conflict', 'approval.alreadyPending');
    return createApprovalRequest(tx, actor, { kind, targetUserId: user.id, role });
  });
}

async function orgUser(db: Db, actor: AdminActor, userId: string) {
  const user = await getUser(db, userId);
  if (!user || user.orgId !== actor.orgId) throw new AppError('not_found', 'admin.user.notFound');
  return user;
}

/**
 * A new role. Becoming a supervisor or admin waits for approval; becoming an attorney (less
 * access) applies at once and signs the person out, so their next sign-in is under the new role.
 */
export async function changeRole(db: Db, actor: AdminActor, userId: string, role: Role) {
  const user = await orgUser(db, actor, userId);
  if (user.role === role) throw new AppError('conflict', 'admin.user.sameRole');
  if (needsApproval(role)) {
    const request = await requestAboutAccount(db, actor, user, 'grant_role', role);
    return {
      outcome: 'pending_approval' as const,
      user: toUserSummary(user),
      requestId: request.id,
    };
  }
  if (user.id === actor.userId) throw new AppError('conflict', 'admin.user.cannotDemoteSelf');
  return changeAccount(db, actor, userId, { kind: 'demote' });
}

/** Forgets a person's two-step enrolment (lost phone): staff accounts wait for approval. */
export async function resetMfa(db: Db, actor: AdminActor, userId: string) {
  const user = await orgUser(db, actor, userId);
  if (needsApproval(user.role)) {
    const request = await requestAboutAccount(db, actor, user, 'reset_mfa', user.role);
    return {
      outcome: 'pending_approval' as const,
      user: toUserSummary(user),
      requestId: request.id,
    };
  }
  return changeAccount(db, actor, userId, { kind: 'reset_mfa' });
}

export async function listOrgUsers(db: Db, actor: AdminActor) {
  return (await listUsers(db, actor.orgId)).map(toUserSummary);
}

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

/** Sets a new password (generated when none is given) and signs the user out of every device. */
export async function resetPassword(
  db: Db,
  config: ServerConfig,
  actor: AdminActor,
  userId: string,
  newPassword?: string,
) {
  const user = await orgUser(db, actor, userId);
  if (needsApproval(user.role)) {
    if (newPassword) throw new AppError('bad_request', 'approval.noChosenPassword');
    const request = await requestAboutAccount(db, actor, user, 'reset_password', user.role);
    return { userId, outcome: 'pending_approval' as const, requestId: request.id };
  }
  if (newPassword) assertAcceptablePassword(newPassword, user.email);
  const temporaryPassword = newPassword ? undefined : generatePassword();
  const password = await hashPassword(newPassword ?? temporaryPassword!, config.passwordParams);
  const result = await changeAccount(db, actor, userId, { kind: 'reset_password', password });
  return { userId, outcome: result.outcome, ...(temporaryPassword ? { temporaryPassword } : {}) };
}

export async function listOrgDevices(db: Db, actor: AdminActor) {
  return (await listDevices(db, actor.orgId)).map(toDeviceSummary);
}

/** A supervisor's lease length for one laptop of the organisation (issue 19 #2). */
export async function setOrgDeviceLease(db: Db, actor: AdminActor, deviceId: string, days: number) {
  return db.transaction(async (tx) => {
    const device = await setDeviceLeaseDays(tx, actor.orgId, deviceId, days);
    if (!device) throw new AppError('not_found');
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.device_lease',
      outcome: 'ok',
      details: { deviceId, userId: device.userId, days, via: actor.via },
    });
    return toDeviceSummary(device);
  });
}

/** The device keeps its token only so that its next `hello` can tell it to wipe. */
export async function revokeOrgDevice(db: Db, actor: AdminActor, deviceId: string) {
  return db.transaction(async (tx) => {
    const device = await revokeDevice(tx, actor.orgId, deviceId);
    if (!device) throw new AppError('not_found');
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.device_revoke',
      outcome: 'ok',
      details: { revokedDeviceId: deviceId, userId: device.userId, via: actor.via },
    });
    return toDeviceSummary(device);
  });
}
