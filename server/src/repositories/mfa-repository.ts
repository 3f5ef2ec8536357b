/** TOTP enrolments, recovery codes and sign-in challenges (migration 022). */
import type { Queryable } from '../db/db';
import { json } from '../db/db';

export interface MfaRow {
  userId: string;
  secretSealed: string;
  keyId: string;
  confirmedAt: Date | null;
  lastStep: number;
}

export async function getMfa(
  q: Queryable,
  userId: string,
  forUpdate = false,
): Promise<MfaRow | null> {
  const result = await q.query<MfaRow & { lastStep: string | number }>(
    `SELECT user_id AS "userId", secret_sealed AS "secretSealed", key_id AS "keyId",
       confirmed_at AS "confirmedAt", last_step AS "lastStep"
     FROM user_mfa WHERE user_id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [userId],
  );
  const row = result.rows[0];
  return row ? { ...row, lastStep: Number(row.lastStep) } : null;
}

/** A new, unconfirmed secret (replacing an earlier unconfirmed one; never a confirmed one). */
export async function putPendingMfa(
  q: Queryable,
  row: { userId: string; secretSealed: string; keyId: string },
): Promise<boolean> {
  const result = await q.query(
    `INSERT INTO user_mfa (user_id, secret_sealed, key_id) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET secret_sealed = EXCLUDED.secret_sealed,
       key_id = EXCLUDED.key_id, created_at = now(), last_step = 0
       WHERE user_mfa.confirmed_at IS NULL`,
    [row.userId, row.secretSealed, row.keyId],
  );
  return (result.rowCount ?? 0) === 1;
}

/**
 * Accepts a time step only if it is above the last one accepted (one statement, so two requests
 * racing with the same code cannot both win). Returns whether it was accepted.
 */
export async function acceptStep(
  q: Queryable,
  userId: string,
  step: number,
  confirm = false,
): Promise<boolean> {
  const result = await q.query(
    `UPDATE user_mfa SET last_step = $2
       ${confirm ? ', confirmed_at = now()' : ''}
     WHERE user_id = $1 AND last_step < $2`,
    [userId, step],
  );
  return (result.rowCount ?? 0) === 1;
}

export async function replaceRecoveryCodes(q: Queryable, userId: string, hmacs: readonly string[]) {
  await q.query('DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
  await q.query(
    `INSERT INTO mfa_recovery_codes (user_id, code_hmac)
     SELECT $1, value FROM jsonb_array_elements_text($2::jsonb) AS value`,
    [userId, json(hmacs)],
  );
}

export async function unusedRecoveryCodes(q: Queryable, userId: string): Promise<string[]> {
  const result = await q.query<{ hmac: string }>(
    'SELECT code_hmac AS hmac FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL',
    [userId],
  );
  return result.rows.map((row) => row.hmac);
}

/** Marks one code used; false when another request used it first. */
export async function useRecoveryCode(
  q: Queryable,
  userId: string,
  hmac: string,
): Promise<boolean> {
  const result = await q.query(
    `UPDATE mfa_recovery_codes SET used_at = now()
     WHERE user_id = $1 AND code_hmac = $2 AND used_at IS NULL`,
    [userId, hmac],
  );
  return (result.rowCount ?? 0) === 1;
}

/** Forgets the enrolment (an approved MFA reset): the next sign-in enrols again. */
export async function deleteMfa(q: Queryable, userId: string) {
  await q.query('DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
  await q.query('DELETE FROM mfa_challenges WHERE user_id = $1', [userId]);
  await q.query('DELETE FROM user_mfa WHERE user_id = $1', [userId]);
}

export type ChallengeClient = 'laptop' | 'console';
export type ChallengeKind = 'verify' | 'enrol';

export interface ChallengeRow {
  userId: string;
  client: ChallengeClient;
  kind: ChallengeKind;
  signIn: Record<string, unknown>;
  attempts: number;
  expiresAt: Date;
  usedAt: Date | null;
}

export async function insertChallenge(
  q: Queryable,
  row: {
    hash: string;
    userId: string;
    client: ChallengeClient;
    kind: ChallengeKind;
    signIn: Record<string, unknown>;
    expiresAt: Date;
  },
) {
  // An account has at most a handful of live challenges: older unused ones are dropped.
  await q.query(
    `DELETE FROM mfa_challenges WHERE user_id = $1 AND (expires_at < now() OR used_at IS NOT NULL)`,
    [row.userId],
  );
  await q.query(
    `INSERT INTO mfa_challenges (token_hash, user_id, client, kind, sign_in, expires_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
    [row.hash, row.userId, row.client, row.kind, json(row.signIn), row.expiresAt],
  );
}

export async function findChallenge(
  q: Queryable,
  hash: string,
  forUpdate = false,
): Promise<ChallengeRow | null> {
  const result = await q.query<ChallengeRow>(
    `SELECT user_id AS "userId", client, kind, sign_in AS "signIn", attempts,
       expires_at AS "expiresAt", used_at AS "usedAt"
     FROM mfa_challenges WHERE token_hash = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [hash],
  );
  return result.rows[0] ?? null;
}

export async function countChallengeAttempt(q: Queryable, hash: string) {
  await q.query('UPDATE mfa_challenges SET attempts = attempts + 1 WHERE token_hash = $1', [hash]);
}

export async function useChallenge(q: Queryable, hash: string): Promise<boolean> {
  const result = await q.query(
    'UPDATE mfa_challenges SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL',
    [hash],
  );
  return (result.rowCount ?? 0) === 1;
}

export async function orgRequiresAttorneyMfa(q: Queryable, orgId: string): Promise<boolean> {
  const result = await q.query<{ required: boolean }>(
    'SELECT mfa_required_for_attorneys AS required FROM organisations WHERE id = $1',
    [orgId],
  );
  return result.rows[0]?.required ?? false;
}

export async function setOrgAttorneyMfa(q: Queryable, orgId: string, required: boolean) {
  await q.query('UPDATE organisations SET mfa_required_for_attorneys = $2 WHERE id = $1', [
    orgId,
    required,
  ]);
}
