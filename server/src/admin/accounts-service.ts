/** Accounts and devices: create users, reset passwords, list and revoke devices. Shared by the HTTP API and the CLI. */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { DeviceSummary, UserSummary } from '@core/sync/admin-schemas';
import type { Role } from '@core/sync/auth-schemas';
import type { ServerConfig } from '../app/app-config';
import { generatePassword, hashPassword } from '../auth/password-hasher';
import type { Db } from '../db/db';
import { isUniqueViolation } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { DeviceRow } from '../repositories/devices-repository';
import { deleteUserTokens, listDevices, revokeDevice } from '../repositories/devices-repository';
import type { UserRow } from '../repositories/users-repository';
import { getUser, insertUser, listUsers, updatePassword } from '../repositories/users-repository';
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
  };
}

export async function createUser(
  db: Db,
  config: ServerConfig,
  actor: AdminActor,
  input: { email: string; displayName: string; role: Role; password?: string | undefined },
) {
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

/** Sets a new password (generated when none is given) and signs the user out of every device. */
export async function resetPassword(
  db: Db,
  config: ServerConfig,
  actor: AdminActor,
  userId: string,
  newPassword?: string,
) {
  const user = await getUser(db, userId);
  if (!user || user.orgId !== actor.orgId) throw new AppError('not_found');
  const temporaryPassword = newPassword ? undefined : generatePassword();
  const password = await hashPassword(newPassword ?? temporaryPassword!, config.passwordParams);
  await db.transaction(async (tx) => {
    await updatePassword(tx, userId, password);
    await deleteUserTokens(tx, userId);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.password_reset',
      outcome: 'ok',
      details: { userId, via: actor.via },
    });
  });
  return { userId, ...(temporaryPassword ? { temporaryPassword } : {}) };
}

export async function listOrgDevices(db: Db, actor: AdminActor) {
  return (await listDevices(db, actor.orgId)).map(toDeviceSummary);
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
