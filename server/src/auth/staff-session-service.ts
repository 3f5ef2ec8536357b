/**
 * Staff console sessions: a browser sign-in that is not a device. The access token is short
 * (minutes), the refresh token is bound to the session and rotates, and the session ends on
 * sign-out, after `idleTimeoutSeconds` without a request, or `maxSeconds` after sign-in, whichever
 * comes first. Nothing here registers a device or issues a 30-day token.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type {
  ConsoleSession,
  ConsoleSignInRequest,
  ConsoleTokens,
  StaffSessionEndReason,
} from '@core/sync/console-schemas';
import { CONSOLE_TOKEN_PREFIX, consoleRoles } from '@core/sync/console-schemas';
import type { ServerConfig } from '../app/app-config';
import type { ConsoleSignInAnswer, MfaVerifyRequest } from '@core/sync/mfa-schemas';
import type { Db, Queryable, Transaction } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type {
  StaffSessionRow,
  StaffTokenIdentity,
} from '../repositories/staff-sessions-repository';
import {
  endStaffSession,
  findStaffToken,
  insertStaffSession,
  insertStaffToken,
  markStaffTokenUsed,
  touchStaffSession,
} from '../repositories/staff-sessions-repository';
import type { UserRow } from '../repositories/users-repository';
import { markSignedIn } from '../repositories/users-repository';
import type { StaffAuth } from './auth-context';
import type { RequestMeta } from './auth-service';
import { checkCredentials } from './auth-service';
import { confirmEnrolment, mfaStepFor, openChallenge, passChallenge } from './mfa/mfa-service';
import { linkIdentity } from './oidc/oidc-sign-in';
import type { SignInGuard } from './sign-in-guard';
import { hashToken } from './token-codec';

/** Activity is written at most this often (a request a second need not write a row a second). */
const TOUCH_GAP_SECONDS = 15;

export function isStaffToken(token: string): boolean {
  return token.startsWith(CONSOLE_TOKEN_PREFIX);
}

function newStaffToken(): string {
  return `${CONSOLE_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

function sessionView(
  row: Pick<StaffSessionRow, 'id' | 'userId' | 'orgId' | 'createdAt' | 'expiresAt'> & {
    idleTimeoutSeconds: number;
  },
  user: { role: ConsoleSession['role']; displayName: string },
): ConsoleSession {
  return {
    id: row.id,
    userId: row.userId,
    orgId: row.orgId,
    role: user.role,
    displayName: user.displayName,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    idleTimeoutSeconds: row.idleTimeoutSeconds,
  };
}

async function issue(
  q: Queryable,
  config: ServerConfig,
  sessionId: string,
  sessionExpiresAt: Date,
): Promise<{ accessToken: string; accessTokenExpiresAt: string; refreshToken: string }> {
  const accessToken = newStaffToken();
  const refreshToken = newStaffToken();
  const accessExpires = new Date(
    Math.min(
      Date.now() + config.staffSession.accessTokenTtlSeconds * 1000,
      sessionExpiresAt.getTime(),
    ),
  );
  await insertStaffToken(q, {
    hash: hashToken(accessToken),
    sessionId,
    kind: 'access',
    expiresAt: accessExpires,
  });
  // The refresh token lives no longer than its session; idleness is checked on use.
  await insertStaffToken(q, {
    hash: hashToken(refreshToken),
    sessionId,
    kind: 'refresh',
    expiresAt: sessionExpiresAt,
  });
  return { accessToken, accessTokenExpiresAt: accessExpires.toISOString(), refreshToken };
}

export async function signInConsole(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: ConsoleSignInRequest,
  meta: RequestMeta,
): Promise<ConsoleSignInAnswer> {
  const user = await checkCredentials(db, config, guard, input, meta);
  if (!(consoleRoles as readonly string[]).includes(user.role)) {
    await appendAudit(db, {
      orgId: user.orgId,
      actorId: user.id,
      deviceId: null,
      requestId: meta.requestId,
      action: 'console.sign_in',
      outcome: 'denied',
      details: { reason: 'role', role: user.role },
    });
    throw new AppError('forbidden', 'console.attorneyUsesLaptop');
  }
  const step = await mfaStepFor(db, user);
  const link = input.oidcLinkToken;
  if (step)
    return openChallenge(
      db,
      config,
      user,
      'console',
      step,
      link ? { oidcLinkToken: link } : {},
      meta,
    );
  return db.transaction(async (tx) => {
    if (link) await linkIdentity(tx, user, link, 'console', meta);
    return openSession(tx, config, user, meta);
  });
}

/** After the second step: the provider account the password sign-in came to link, if any. */
async function linkPending(
  tx: Transaction,
  user: UserRow,
  signIn: Record<string, unknown>,
  meta: RequestMeta,
) {
  const link = signIn['oidcLinkToken'];
  if (typeof link === 'string') await linkIdentity(tx, user, link, 'console', meta);
}

/** The console's second step: the code for a `verify` challenge, then the session. */
export function signInConsoleWithCode(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: MfaVerifyRequest,
  meta: RequestMeta,
): Promise<ConsoleTokens> {
  return passChallenge(db, config, guard, input, 'console', meta, async (tx, user, signIn) => {
    await linkPending(tx, user, signIn, meta);
    return openSession(tx, config, user, meta);
  });
}

/** The console's first enrolment: the first code, then the session and the recovery codes. */
export function enrolConsoleAndSignIn(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: MfaVerifyRequest,
  meta: RequestMeta,
) {
  return confirmEnrolment(db, config, guard, input, 'console', meta, async (tx, user, signIn) => {
    await linkPending(tx, user, signIn, meta);
    return openSession(tx, config, user, meta);
  });
}

export async function openSession(
  tx: Transaction,
  config: ServerConfig,
  user: UserRow,
  meta: RequestMeta,
): Promise<ConsoleTokens> {
  if (!(consoleRoles as readonly string[]).includes(user.role))
    throw new AppError('forbidden', 'console.attorneyUsesLaptop');
  const { staffSession } = config;
  const row = await insertStaffSession(tx, {
    id: randomUUID(),
    userId: user.id,
    orgId: user.orgId,
    expiresAt: new Date(Date.now() + staffSession.maxSeconds * 1000),
    idleTimeoutSeconds: staffSession.idleTimeoutSeconds,
  });
  const tokens = await issue(tx, config, row.id, row.expiresAt);
  await markSignedIn(tx, user.id);
  await appendAudit(tx, {
    orgId: user.orgId,
    actorId: user.id,
    deviceId: null,
    sessionId: row.id,
    requestId: meta.requestId,
    action: 'console.sign_in',
    outcome: 'ok',
  });
  return { ...tokens, session: sessionView(row, user) };
}

/** Why a session can no longer be used, or null when it can. */
function endedBecause(found: StaffTokenIdentity): StaffSessionEndReason | 'already_ended' | null {
  const { session, now } = found;
  if (session.endedAt) return 'already_ended';
  if (session.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (session.lastActiveAt.getTime() + session.idleTimeoutSeconds * 1000 <= now.getTime())
    return 'idle';
  return null;
}

const endMessages: Record<string, string> = {
  idle: 'console.session.idle',
  expired: 'console.session.expired',
};

/** The caller behind a console access token; an idle or expired session is ended on the spot. */
export async function authenticateStaff(db: Db, token: string): Promise<StaffAuth> {
  const found = await findStaffToken(db, hashToken(token), 'access');
  if (!found || found.userDisabledAt) throw new AppError('unauthorized');
  const ended = endedBecause(found);
  if (ended) {
    if (ended !== 'already_ended') await endStaffSession(db, found.sessionId, ended);
    throw new AppError('unauthorized', endMessages[ended] ?? 'unauthorized');
  }
  if (found.tokenExpiresAt.getTime() <= found.now.getTime()) throw new AppError('unauthorized');
  await touchStaffSession(db, found.sessionId, TOUCH_GAP_SECONDS);
  return {
    userId: found.userId,
    orgId: found.orgId,
    role: found.role,
    sessionId: found.sessionId,
  };
}

/**
 * Rotates the pair. A refresh does not count as activity: a console left open cannot keep itself
 * alive by refreshing. A refresh token presented twice ends the whole session.
 */
export async function refreshConsole(
  db: Db,
  config: ServerConfig,
  refreshToken: string,
  meta: RequestMeta,
): Promise<ConsoleTokens> {
  const hash = hashToken(refreshToken);
  const outcome = await db.transaction(async (tx) => {
    const found = await findStaffToken(tx, hash, 'refresh', true);
    if (!found || found.userDisabledAt) return { error: 'unauthorized' };
    const base = {
      orgId: found.orgId,
      actorId: found.userId,
      deviceId: null,
      sessionId: found.sessionId,
      requestId: meta.requestId,
    };
    if (found.usedAt) {
      await endStaffSession(tx, found.sessionId, 'refresh_reuse');
      await appendAudit(tx, { ...base, action: 'console.refresh_reuse', outcome: 'denied' });
      return { error: 'unauthorized' };
    }
    const ended = endedBecause(found);
    if (ended) {
      if (ended !== 'already_ended') await endStaffSession(tx, found.sessionId, ended);
      return { error: endMessages[ended] ?? 'unauthorized' };
    }
    await markStaffTokenUsed(tx, hash);
    const tokens = await issue(tx, config, found.sessionId, found.session.expiresAt);
    const session = sessionView(
      {
        id: found.sessionId,
        userId: found.userId,
        orgId: found.orgId,
        createdAt: found.session.createdAt,
        expiresAt: found.session.expiresAt,
        idleTimeoutSeconds: found.session.idleTimeoutSeconds,
      },
      found,
    );
    return { tokens: { ...tokens, session } };
  });
  if (outcome.tokens) return outcome.tokens;
  throw new AppError('unauthorized', outcome.error);
}

export async function signOutConsole(db: Db, staff: StaffAuth, meta: RequestMeta) {
  await db.transaction(async (tx) => {
    await endStaffSession(tx, staff.sessionId, 'sign_out');
    await appendAudit(tx, {
      orgId: staff.orgId,
      actorId: staff.userId,
      deviceId: null,
      sessionId: staff.sessionId,
      requestId: meta.requestId,
      action: 'console.sign_out',
      outcome: 'ok',
    });
  });
}

export async function describeSession(db: Db, staff: StaffAuth): Promise<ConsoleSession> {
  const found = await db.query<
    StaffSessionRow & { role: ConsoleSession['role']; displayName: string }
  >(
    `SELECT s.id, s.user_id AS "userId", s.org_id AS "orgId", s.created_at AS "createdAt",
       s.expires_at AS "expiresAt", s.idle_timeout_seconds AS "idleTimeoutSeconds", u.role,
       u.display_name AS "displayName"
     FROM staff_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
    [staff.sessionId],
  );
  const row = found.rows[0];
  if (!row) throw new AppError('unauthorized');
  return sessionView(row, row);
}
