/**
 * The second step of sign-in, shared by the laptop and the console:
 * - `mfaStepFor`: whether an account needs a code now (enrolled, or its role or organisation
 *   requires MFA), and whether it must enrol first;
 * - `openChallenge`: the short-lived token that stands between the password and the code. It is
 *   stored hashed, good for one client kind, a few minutes and a few tries, and is not a session:
 *   no route takes it as a bearer token;
 * - `passChallenge` / `confirmEnrolment`: a TOTP code (each time step once) or a recovery code
 *   (each once), through the same `SignInGuard` as passwords (the account's backoff counts wrong
 *   codes too), every failure audited.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { MfaChallenge, MfaEnrolment } from '@core/sync/mfa-schemas';
import { MFA_CHALLENGE_PREFIX } from '@core/sync/mfa-schemas';
import type { ServerConfig } from '../../app/app-config';
import type { Db, Queryable, Transaction } from '../../db/db';
import { appendAudit } from '../../repositories/audit-repository';
import type { ChallengeClient, ChallengeKind } from '../../repositories/mfa-repository';
import {
  acceptStep,
  countChallengeAttempt,
  findChallenge,
  getMfa,
  insertChallenge,
  orgRequiresAttorneyMfa,
  putPendingMfa,
  replaceRecoveryCodes,
  unusedRecoveryCodes,
  useChallenge,
  useRecoveryCode,
} from '../../repositories/mfa-repository';
import type { UserRow } from '../../repositories/users-repository';
import { getUser } from '../../repositories/users-repository';
import type { RequestMeta } from '../auth-service';
import type { SignInGuard } from '../sign-in-guard';
import { emailTag } from '../sign-in-guard';
import { hashToken } from '../token-codec';
import type { MfaKey } from './mfa-key';
import { findRecoveryMatch, newRecoveryCodes, recoveryHmac } from './recovery-codes';
import { enrolmentView, matchTotp, newTotpSecret, stepAt } from './totp';

export function mfaKeyOf(config: ServerConfig): MfaKey {
  if (!config.mfa.key)
    throw new AppError(
      'internal',
      'the server has no MFA key (AMPARO_MFA_KEY): see docs/deploy.md',
    );
  return config.mfa.key;
}

/** Whether this account's role (or its organisation's rule) makes MFA mandatory. */
export async function mfaRequired(q: Queryable, user: Pick<UserRow, 'role' | 'orgId'>) {
  if (user.role === 'supervisor' || user.role === 'admin') return true;
  return orgRequiresAttorneyMfa(q, user.orgId);
}

export async function mfaStepFor(q: Queryable, user: UserRow): Promise<ChallengeKind | null> {
  const enrolment = await getMfa(q, user.id);
  if (enrolment?.confirmedAt) return 'verify';
  return (await mfaRequired(q, user)) ? 'enrol' : null;
}

export async function openChallenge(
  db: Db,
  config: ServerConfig,
  user: UserRow,
  client: ChallengeClient,
  kind: ChallengeKind,
  signIn: Record<string, unknown>,
  meta: RequestMeta,
): Promise<MfaChallenge> {
  const token = `${MFA_CHALLENGE_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(Date.now() + config.mfa.challengeTtlSeconds * 1000);
  await db.transaction(async (tx) => {
    await insertChallenge(tx, {
      hash: hashToken(token),
      userId: user.id,
      client,
      kind,
      signIn,
      expiresAt,
    });
    await appendAudit(tx, {
      orgId: user.orgId,
      actorId: user.id,
      deviceId: null,
      requestId: meta.requestId,
      action: 'auth.mfa_challenge',
      outcome: 'ok',
      details: { client, kind },
    });
  });
  return { mfa: kind, challengeToken: token, challengeExpiresAt: expiresAt.toISOString() };
}

interface Challenged {
  user: UserRow;
  signIn: Record<string, unknown>;
  hash: string;
}

/** The live challenge behind a token, of this client and kind, and its user; 401 otherwise. */
async function liveChallenge(
  q: Queryable,
  config: ServerConfig,
  token: string,
  client: ChallengeClient,
  kind: ChallengeKind,
): Promise<Challenged> {
  const hash = hashToken(token);
  const challenge = await findChallenge(q, hash);
  const expired =
    !challenge ||
    challenge.client !== client ||
    challenge.kind !== kind ||
    challenge.usedAt !== null ||
    challenge.expiresAt.getTime() <= Date.now() ||
    challenge.attempts >= config.mfa.maxAttempts;
  if (expired) throw new AppError('unauthorized', 'auth.mfa.challengeExpired');
  const user = await getUser(q, challenge.userId);
  if (!user || user.disabledAt) throw new AppError('unauthorized', 'auth.mfa.challengeExpired');
  return { user, signIn: challenge.signIn, hash };
}

type CodeCheck = { ok: true; via: 'totp' | 'recovery' } | { ok: false; reason: 'wrong' | 'used' };

async function checkCode(
  q: Queryable,
  config: ServerConfig,
  user: UserRow,
  code: string,
  confirming: boolean,
): Promise<CodeCheck> {
  const key = mfaKeyOf(config);
  const enrolment = await getMfa(q, user.id, true);
  if (!enrolment) return { ok: false, reason: 'wrong' };
  if (enrolment.keyId !== key.id)
    throw new AppError('internal', 'the MFA secret was sealed with another AMPARO_MFA_KEY');
  const secret = key.open(enrolment.secretSealed, user.id);
  const step = matchTotp(secret, code, config.mfa.now());
  if (step !== null) {
    if (step <= enrolment.lastStep) return { ok: false, reason: 'used' };
    return (await acceptStep(q, user.id, step, confirming))
      ? { ok: true, via: 'totp' }
      : { ok: false, reason: 'used' };
  }
  if (confirming) return { ok: false, reason: 'wrong' };
  const match = findRecoveryMatch(key, user.id, code, await unusedRecoveryCodes(q, user.id));
  if (match && (await useRecoveryCode(q, user.id, match))) return { ok: true, via: 'recovery' };
  return { ok: false, reason: 'wrong' };
}

/**
 * Checks a code against a challenge. Every attempt passes the guard first (per address and per
 * account, as passwords do) and counts against the challenge; a wrong or replayed code is a
 * failure for the account's backoff and is audited.
 */
async function attempt<T>(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  token: string,
  client: ChallengeClient,
  kind: ChallengeKind,
  code: string,
  meta: RequestMeta,
  onSuccess: (tx: Transaction, found: Challenged, via: 'totp' | 'recovery') => Promise<T>,
): Promise<T> {
  const found = await liveChallenge(db, config, token, client, kind);
  const guarded = {
    address: meta.address,
    account: emailTag(found.user.email),
    requestId: meta.requestId,
    orgId: found.user.orgId,
  };
  await guard.admit(db, guarded);
  const outcome = await db.transaction(async (tx) => {
    // Locked and read again: two requests with one challenge are taken one at a time.
    const locked = await findChallenge(tx, found.hash, true);
    if (!locked || locked.usedAt || locked.attempts >= config.mfa.maxAttempts)
      return { ok: false as const, failed: 'expired' as const };
    await countChallengeAttempt(tx, found.hash);
    const check = await checkCode(tx, config, found.user, code, kind === 'enrol');
    if (!check.ok) return { ok: false as const, failed: check.reason };
    await useChallenge(tx, found.hash);
    await appendAudit(tx, {
      orgId: found.user.orgId,
      actorId: found.user.id,
      deviceId: null,
      requestId: meta.requestId,
      action: kind === 'enrol' ? 'auth.mfa_enrolled' : 'auth.mfa_verify',
      outcome: 'ok',
      details: { client, via: check.via },
    });
    return { ok: true as const, value: await onSuccess(tx, found, check.via) };
  });
  if (outcome.ok) {
    guard.succeeded(guarded);
    return outcome.value;
  }
  if (outcome.failed !== 'expired') await guard.failed(db, guarded);
  await appendAudit(db, {
    orgId: found.user.orgId,
    actorId: found.user.id,
    deviceId: null,
    requestId: meta.requestId,
    action: kind === 'enrol' ? 'auth.mfa_enrolled' : 'auth.mfa_verify',
    outcome: 'failed',
    details: { client, reason: outcome.failed },
  });
  throw new AppError(
    'unauthorized',
    outcome.failed === 'used'
      ? 'auth.mfa.codeUsed'
      : outcome.failed === 'expired'
        ? 'auth.mfa.challengeExpired'
        : 'auth.mfa.wrongCode',
  );
}

/** A correct code for a `verify` challenge: the challenge is used up; the caller signs in. */
export function passChallenge<T>(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: { challengeToken: string; code: string },
  client: ChallengeClient,
  meta: RequestMeta,
  complete: (tx: Transaction, user: UserRow, signIn: Record<string, unknown>) => Promise<T>,
): Promise<T> {
  return attempt(
    db,
    config,
    guard,
    input.challengeToken,
    client,
    'verify',
    input.code,
    meta,
    (tx, found) => complete(tx, found.user, found.signIn),
  );
}

/** A new secret for an `enrol` challenge (a second call replaces the first, until confirmed). */
export async function startEnrolment(
  db: Db,
  config: ServerConfig,
  token: string,
  client: ChallengeClient,
): Promise<MfaEnrolment> {
  const key = mfaKeyOf(config);
  const { user } = await liveChallenge(db, config, token, client, 'enrol');
  const secret = newTotpSecret();
  const stored = await putPendingMfa(db, {
    userId: user.id,
    secretSealed: key.seal(secret, user.id),
    keyId: key.id,
  });
  if (!stored) throw new AppError('conflict', 'auth.mfa.alreadyEnrolled');
  return enrolmentView(secret, user.email);
}

/**
 * The first code from the app proves it holds the secret: the enrolment is confirmed, ten
 * recovery codes are made (returned once, stored as HMACs), and the caller signs in.
 */
export function confirmEnrolment<T>(
  db: Db,
  config: ServerConfig,
  guard: SignInGuard,
  input: { challengeToken: string; code: string },
  client: ChallengeClient,
  meta: RequestMeta,
  complete: (tx: Transaction, user: UserRow, signIn: Record<string, unknown>) => Promise<T>,
): Promise<T & { recoveryCodes: string[] }> {
  const key = mfaKeyOf(config);
  return attempt(
    db,
    config,
    guard,
    input.challengeToken,
    client,
    'enrol',
    input.code,
    meta,
    async (tx, found) => {
      const codes = newRecoveryCodes();
      await replaceRecoveryCodes(
        tx,
        found.user.id,
        codes.map((code) => recoveryHmac(key, found.user.id, code)),
      );
      return { ...(await complete(tx, found.user, found.signIn)), recoveryCodes: codes };
    },
  );
}

/** For a demo or a test: enrols an account directly with a known secret (already confirmed). */
export async function enrolWithSecret(q: Queryable, key: MfaKey, userId: string, secret: string) {
  await q.query(
    `INSERT INTO user_mfa (user_id, secret_sealed, key_id, confirmed_at, last_step)
     VALUES ($1, $2, $3, now(), 0)
     ON CONFLICT (user_id) DO UPDATE SET secret_sealed = EXCLUDED.secret_sealed,
       key_id = EXCLUDED.key_id, confirmed_at = now(), last_step = 0`,
    [userId, key.seal(secret, userId), key.id],
  );
}

export { stepAt };
