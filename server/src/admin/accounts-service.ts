/**
 * Accounts and devices: create users, change roles, reset passwords and MFA (through two-person
 * control where the change gives access to case contents), list and revoke devices. Shared by the
 * HTTP API and the CLI. Changes that apply at once: account-changes.ts.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { Role } from '@core/sync/auth-schemas';
import type { CreateUserRequest, CreateUserResponse } from '@core/sync/admin-schemas';
import type { ServerConfig } from '../app/app-config';
import { generatePassword, hashPassword } from '../auth/password-hasher';
import { assertAcceptablePassword } from '../auth/password-policy';
import type { Db } from '../db/db';
import { isUniqueViolation } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { listDevices, revokeDevice, setDeviceLeaseDays } from '../repositories/devices-repository';
import type { UserRow } from '../repositories/users-repository';
import { findUserByEmail, getUser, insertUser, listUsers } from '../repositories/users-repository';
import { findPendingAccountFor, findPendingFor } from '../repositories/approvals-repository';
import { changeAccount } from './account-changes';
import { toDeviceSummary, toUserSummary } from './account-summaries';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';
import { createApprovalRequest, needsApproval } from './approval-requests';

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
