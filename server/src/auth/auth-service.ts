/**
 * Sign-in, password change, token refresh with rotation, sign-out, and resolving a bearer token.
 * Sign-in and password change pass the `SignInGuard` (per address and per account) before any
 * hash is computed; an unknown email costs one hash of the current parameters, as a known one
 * does; a password hashed with older parameters is hashed again once verified. A refresh token
 * presented twice means it leaked, a response was lost, or one request arrived twice (a network
 * copy, two tabs). Those are forgiven with the same successor pair: the same device, within
 * `refreshReuseGraceSeconds` of the first exchange, while that successor is still unused.
 * Otherwise every token of that device is deleted (the device must sign in again) but the device
 * is not wiped, so unsynced notes survive.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import { LEASE_DAYS } from '@core/sync/protocol-constants';
import type {
  ChangePasswordRequest,
  SignInRequest,
  SignInResponse,
  TokenPair,
} from '@core/sync/auth-schemas';
import type { LaptopSignInAnswer, MfaVerifyRequest } from '@core/sync/mfa-schemas';
import type { Db, Queryable, Transaction } from '../db/db';
import type { ServerConfig } from '../app/app-config';
import { appendAudit } from '../repositories/audit-repository';
import {
  deleteDeviceTokens,
  deviceShare,
  findToken,
  getDevice,
  insertDevice,
  insertToken,
  markSignedOut,
  markTokenUsed,
  deleteUserTokens,
  rebindDevice,
  startLease,
  usedWithin,
} from '../repositories/devices-repository';
import { getOrganisation } from '../repositories/organisations-repository';
import type { UserRow, UserWithPassword } from '../repositories/users-repository';
import { findUserByEmail, markSignedIn, updatePassword } from '../repositories/users-repository';
import type { AuthContext } from './auth-context';
import type { PasswordParams, StoredPassword } from './password-hasher';
import { hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { confirmEnrolment, mfaStepFor, openChallenge, passChallenge } from './mfa/mfa-service';
import { linkIdentity } from './oidc/oidc-sign-in';
import type { SignInGuard } from './sign-in-guard';
import { emailTag } from './sign-in-guard';
import { openSuccessor, sealSuccessor } from './successor-seal';
import { hashToken, newToken } from './token-codec';

export interface RequestMeta {
  requestId: string;
  /** The client address (X-Forwarded-For only from a trusted proxy). */
  address: string;
}

/** Verified against when the email is unknown, so both paths cost one hash of the same kind. */
const decoys = new Map<string, Promise<StoredPassword>>();
function decoyFor(params: PasswordParams): Promise<StoredPassword> {
  const key = JSON.stringify(params);
  let decoy = decoys.get(key);
  if (!decoy) {
    decoy = hashPassword('decoy password, never matches', params);
    decoys.set(key, decoy);
  }
  return decoy;
}

async function issueTokens(
  q: Queryable,
  config: ServerConfig,
  deviceId: string,
): Promise<TokenPair> {
  const now = Date.now();
  const accessToken = newToken();
  const refreshToken = newToken();
  const accessExpires = new Date(now + config.accessTokenTtlSeconds * 1000);
  const refreshExpires = new Date(now + config.refreshTokenTtlSeconds * 1000);
  await insertToken(q, {
    hash: hashToken(accessToken),
    deviceId,
    kind: 'access',
    expiresAt: accessExpires,
    pairHash: hashToken(refreshToken),
  });
  await insertToken(q, {
    hash: hashToken(refreshToken),
    deviceId,
    kind: 'refresh',
    expiresAt: refreshExpires,
  });
  return {
    accessToken,
    accessTokenExpiresAt: accessExpires.toISOString(),
    refreshToken,
    refreshTokenExpiresAt: refreshExpires.toISOString(),
  };
}

/**
 * The user behind an email and password, shared by the laptop's sign-in, the console's and the
 * password change. Passes the `SignInGuard` first (429 before any hash); an unknown email costs one
 * hash as a known one does; a failure is audited with a hash tag of the email (never the email)
 * and counted against the account. An account holding a one-time password gets 403
 * `password_change_required` (unless `oneTimeAllowed`: the password change itself); a password
 * hashed with older parameters is hashed again now.
 */
export async function checkCredentials(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: { email: string; password: string },
  meta: RequestMeta,
  options: { action?: string; oneTimeAllowed?: boolean } = {},
): Promise<UserWithPassword> {
  const action = options.action ?? 'auth.sign_in';
  const attempt = {
    address: meta.address,
    account: emailTag(input.email),
    requestId: meta.requestId,
  };
  await guard.admit(db, attempt);
  const user = await findUserByEmail(db, input.email);
  const ok = user
    ? await verifyPassword(input.password, user.password)
    : (await verifyPassword(input.password, await decoyFor(config.passwordParams)), false);
  if (!user || !ok || user.disabledAt) {
    await guard.failed(db, { ...attempt, orgId: user?.orgId ?? null });
    await appendAudit(db, {
      orgId: user?.orgId ?? null,
      actorId: user?.id ?? null,
      deviceId: null,
      requestId: meta.requestId,
      action,
      outcome: 'failed',
      details: {
        emailTag: attempt.account,
        reason: user?.disabledAt ? 'disabled' : 'credentials',
      },
    });
    throw new AppError('unauthorized', 'auth.invalidCredentials');
  }
  guard.succeeded(attempt);
  if (options.oneTimeAllowed) return user;
  if (user.mustChangePassword) {
    await appendAudit(db, {
      orgId: user.orgId,
      actorId: user.id,
      deviceId: null,
      requestId: meta.requestId,
      action,
      outcome: 'denied',
      details: { reason: 'password_change_required' },
    });
    throw new AppError('password_change_required');
  }
  if (needsRehash(user.password, config.passwordParams))
    await updatePassword(db, user.id, await hashPassword(input.password, config.passwordParams));
  return user;
}

export async function signIn(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: SignInRequest & { deviceId?: string },
  meta: RequestMeta,
): Promise<LaptopSignInAnswer> {
  const user = await checkCredentials(db, config, guard, input, meta);
  const step = await mfaStepFor(db, user);
  if (step) {
    const pending: LaptopSignInPending = {
      device: input.device,
      deviceId: input.deviceId ?? null,
      ...(input.oidcLinkToken ? { oidcLinkToken: input.oidcLinkToken } : {}),
    };
    return openChallenge(db, config, user, 'laptop', step, { ...pending }, meta);
  }
  return db.transaction(async (tx) => {
    if (input.oidcLinkToken) await linkIdentity(tx, user, input.oidcLinkToken, 'laptop', meta);
    return completeSignIn(tx, config, user, input, meta);
  });
}

/** What a laptop's sign-in asked for, kept with its MFA challenge until the code arrives. */
interface LaptopSignInPending {
  device: SignInRequest['device'];
  deviceId: string | null;
  /** A provider account to link once the code is right (OpenID Connect). */
  oidcLinkToken?: string;
}

function pendingOf(signIn: Record<string, unknown>): LaptopSignInPending {
  return signIn as unknown as LaptopSignInPending;
}

/** The second step on a laptop: the code for a `verify` challenge, then the device's tokens. */
export function signInWithCode(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: MfaVerifyRequest,
  meta: RequestMeta,
): Promise<SignInResponse> {
  return passChallenge(db, config, guard, input, 'laptop', meta, async (tx, user, signIn) => {
    const pending = pendingOf(signIn);
    if (pending.oidcLinkToken) await linkIdentity(tx, user, pending.oidcLinkToken, 'laptop', meta);
    return completeSignIn(
      tx,
      config,
      user,
      {
        device: pending.device,
        ...(pending.deviceId ? { deviceId: pending.deviceId } : {}),
      },
      meta,
    );
  });
}

/** A laptop's first MFA enrolment: the first code, then the device's tokens and recovery codes. */
export function enrolAndSignIn(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: MfaVerifyRequest,
  meta: RequestMeta,
) {
  return confirmEnrolment(db, config, guard, input, 'laptop', meta, async (tx, user, signIn) => {
    const pending = pendingOf(signIn);
    if (pending.oidcLinkToken) await linkIdentity(tx, user, pending.oidcLinkToken, 'laptop', meta);
    return completeSignIn(
      tx,
      config,
      user,
      {
        device: pending.device,
        ...(pending.deviceId ? { deviceId: pending.deviceId } : {}),
      },
      meta,
    );
  });
}

/** Registers or re-binds the device and issues its tokens and lease (after every check passed). */
export async function completeSignIn(
  tx: Transaction,
  config: ServerConfig,
  user: UserRow,
  input: { device: SignInRequest['device']; deviceId?: string },
  meta: RequestMeta,
): Promise<SignInResponse> {
  const existing = input.deviceId ? await getDevice(tx, input.deviceId) : null;
  let deviceId: string;
  if (existing && existing.userId === user.id && !existing.revokedAt) {
    deviceId = existing.id;
    await rebindDevice(tx, deviceId, input.device.appVersion);
  } else {
    deviceId = randomUUID();
    await insertDevice(tx, { id: deviceId, userId: user.id, orgId: user.orgId, ...input.device });
  }
  const tokens = await issueTokens(tx, config, deviceId);
  const org = await getOrganisation(tx, user.orgId);
  const leaseExpiresAt = await startLease(tx, deviceId, org?.leaseDays ?? LEASE_DAYS);
  const share = await deviceShare(tx, deviceId);
  await markSignedIn(tx, user.id);
  await appendAudit(tx, {
    orgId: user.orgId,
    actorId: user.id,
    deviceId,
    requestId: meta.requestId,
    action: 'auth.sign_in',
    outcome: 'ok',
    details: { rebound: deviceId === existing?.id },
  });
  return {
    ...tokens,
    userId: user.id,
    orgId: user.orgId,
    role: user.role,
    displayName: user.displayName,
    deviceId,
    lease: {
      share: share.toString('base64'),
      expiresAt: leaseExpiresAt.toISOString(),
      serverTime: new Date().toISOString(),
    },
  };
}

/**
 * Replaces the caller's password (a one-time password must be replaced before sign-in works) and
 * ends every session of the account. Guarded like sign-in; the new password must pass the policy.
 */
export async function changePassword(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: ChangePasswordRequest,
  meta: RequestMeta,
): Promise<{ ok: true }> {
  assertAcceptablePassword(input.newPassword, input.email, 'newPassword');
  if (input.newPassword.normalize('NFKC') === input.currentPassword.normalize('NFKC'))
    throw new AppError('validation_failed', 'validation_failed', [
      { path: 'newPassword', code: 'auth.password.unchanged' },
    ]);
  const user = await checkCredentials(
    db,
    config,
    guard,
    { email: input.email, password: input.currentPassword },
    meta,
    { action: 'auth.password_change', oneTimeAllowed: true },
  );
  const password = await hashPassword(input.newPassword, config.passwordParams);
  await db.transaction(async (tx) => {
    await updatePassword(tx, user.id, password);
    await deleteUserTokens(tx, user.id);
    await appendAudit(tx, {
      orgId: user.orgId,
      actorId: user.id,
      deviceId: null,
      requestId: meta.requestId,
      action: 'auth.password_change',
      outcome: 'ok',
      details: { wasOneTime: user.mustChangePassword },
    });
  });
  return { ok: true };
}

export async function refreshTokens(
  db: Db,
  config: ServerConfig,
  request: { refreshToken: string; deviceId?: string | undefined },
  meta: RequestMeta,
): Promise<TokenPair> {
  const hash = hashToken(request.refreshToken);
  const outcome = await db.transaction(async (tx) => {
    const token = await findToken(tx, hash, 'refresh', true);
    if (!token) return { error: 'unknown' as const };
    const base = {
      orgId: token.orgId,
      actorId: token.userId,
      deviceId: token.deviceId,
      requestId: meta.requestId,
    };
    const retry =
      token.usedAt !== null &&
      request.deviceId === token.deviceId &&
      token.unusedSuccessorHash !== null &&
      token.successorSealed !== null &&
      (await usedWithin(tx, hash, config.refreshReuseGraceSeconds));
    const again = retry ? openSuccessor(request.refreshToken, token.successorSealed!) : null;
    if (
      again &&
      hashToken(again.refreshToken) === token.unusedSuccessorHash &&
      !token.deviceRevokedAt &&
      !token.deviceSignedOutAt &&
      !token.userDisabledAt
    ) {
      // The first exchange's answer was lost, or this is a second copy of it (a duplicated
      // request, another tab): the same pair again, so whichever answer the laptop keeps is live.
      await appendAudit(tx, { ...base, action: 'auth.refresh_retry', outcome: 'ok' });
      return { tokens: again };
    }
    if (token.usedAt) {
      await deleteDeviceTokens(tx, token.deviceId);
      await appendAudit(tx, { ...base, action: 'auth.refresh_reuse', outcome: 'denied' });
      return { error: 'reuse' as const };
    }
    if (
      token.expiresAt.getTime() <= Date.now() ||
      token.deviceRevokedAt ||
      token.deviceSignedOutAt ||
      token.userDisabledAt
    ) {
      return { error: token.deviceRevokedAt ? ('revoked' as const) : ('expired' as const) };
    }
    const tokens = await issueTokens(tx, config, token.deviceId);
    await markTokenUsed(tx, hash, {
      hash: hashToken(tokens.refreshToken),
      sealed: sealSuccessor(request.refreshToken, tokens),
    });
    await appendAudit(tx, { ...base, action: 'auth.refresh', outcome: 'ok' });
    return { tokens };
  });
  if (outcome.tokens) return outcome.tokens;
  throw new AppError(
    outcome.error === 'revoked' ? 'device_revoked' : 'unauthorized',
    'auth.refreshRejected',
  );
}

export async function signOut(db: Db, auth: AuthContext, meta: RequestMeta) {
  await db.transaction(async (tx) => {
    await deleteDeviceTokens(tx, auth.deviceId);
    await markSignedOut(tx, auth.deviceId);
    await appendAudit(tx, {
      orgId: auth.orgId,
      actorId: auth.userId,
      deviceId: auth.deviceId,
      requestId: meta.requestId,
      action: 'auth.sign_out',
      outcome: 'ok',
    });
  });
}

/** The caller behind an access token, or why there is none. */
export async function authenticate(
  q: Queryable,
  token: string,
): Promise<AuthContext | 'unauthorized'> {
  const found = await findToken(q, hashToken(token), 'access');
  if (!found) return 'unauthorized';
  // A revoked device may present even an expired token: it must still hear that it has to wipe.
  const revoked = found.deviceRevokedAt !== null;
  if (!revoked && found.expiresAt.getTime() <= Date.now()) return 'unauthorized';
  if (found.deviceSignedOutAt || found.userDisabledAt) return 'unauthorized';
  return {
    userId: found.userId,
    orgId: found.orgId,
    role: found.role,
    deviceId: found.deviceId,
    deviceRevoked: revoked,
  };
}
