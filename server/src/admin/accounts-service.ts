/** Accounts and devices: create users, reset passwords, list and revoke devices. Shared by the HTTP API and the CLI. */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type {
  CreateUserRequest,
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
  getUser,
  getUserForUpdate,
  insertUser,
  listUsers,
  setUserDisabled,
  updatePassword,
  updateUserProfile,
} from '../repositories/users-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

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
      return { user: toUserSummary(user), ...(temporaryPassword ? { temporaryPassword } : {}) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'admin.user.emailTaken');
    throw error;
  }
}

export async function listOrgUsers(db: Db, actor: AdminActor) {
  return (await listUsers(db, actor.orgId)).map(toUserSummary);
}

/**
 * A change to an existing account. Every one goes through `changeAccount`, which is where the
 * two-person control will decide that a sensitive change waits for a second admin's approval
 * (the outcome then becomes `pending_approval`) instead of applying at once.
 */
export type AccountChange =
  | { kind: 'update_profile'; profile: UpdateUserRequest }
  | { kind: 'deactivate' }
  | { kind: 'reactivate' }
  | { kind: 'reset_password'; password: StoredPassword };

const auditActions: Record<AccountChange['kind'], string> = {
  update_profile: 'admin.user_update',
  deactivate: 'admin.user_deactivate',
  reactivate: 'admin.user_reactivate',
  reset_password: 'admin.password_reset',
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
  const user = await getUser(db, userId);
  if (!user || user.orgId !== actor.orgId) throw new AppError('not_found', 'admin.user.notFound');
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
