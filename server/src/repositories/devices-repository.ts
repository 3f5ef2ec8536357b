/** Registered devices and their hashed tokens. */
import { randomBytes } from 'node:crypto';
import type { Role } from '@core/sync/auth-schemas';
import type { Queryable } from '../db/db';

export interface DeviceRow {
  id: string;
  userId: string;
  orgId: string;
  name: string;
  platform: string;
  appVersion: string;
  createdAt: Date;
  lastSeenAt: Date | null;
  lastAckedSeq: number;
  leaseExpiresAt: Date | null;
  revokedAt: Date | null;
  signedOutAt: Date | null;
  wipeSentAt: Date | null;
  /** A supervisor's lease length for this laptop; null follows the organisation's. */
  leaseDays: number | null;
}

const COLUMNS = `id, user_id AS "userId", org_id AS "orgId", name, platform, app_version AS "appVersion",
  created_at AS "createdAt", last_seen_at AS "lastSeenAt", last_acked_seq AS "lastAckedSeq",
  lease_expires_at AS "leaseExpiresAt", revoked_at AS "revokedAt", signed_out_at AS "signedOutAt",
  wipe_sent_at AS "wipeSentAt", lease_days AS "leaseDays"`;

export async function insertDevice(
  q: Queryable,
  device: Pick<DeviceRow, 'id' | 'userId' | 'orgId' | 'name' | 'platform' | 'appVersion'>,
): Promise<DeviceRow> {
  const result = await q.query<DeviceRow>(
    `INSERT INTO devices (id, user_id, org_id, name, platform, app_version)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
    [device.id, device.userId, device.orgId, device.name, device.platform, device.appVersion],
  );
  return result.rows[0]!;
}

export async function getDevice(q: Queryable, id: string): Promise<DeviceRow | null> {
  return (
    (await q.query<DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE id = $1`, [id])).rows[0] ?? null
  );
}

export async function listDevices(q: Queryable, orgId: string): Promise<DeviceRow[]> {
  return (
    await q.query<DeviceRow>(
      `SELECT ${COLUMNS} FROM devices WHERE org_id = $1 ORDER BY created_at`,
      [orgId],
    )
  ).rows;
}

/** Re-binding on sign-in keeps the device's acknowledged seq, so its outbox stays valid. */
export async function rebindDevice(q: Queryable, id: string, appVersion: string) {
  await q.query(
    'UPDATE devices SET signed_out_at = NULL, app_version = $2, last_seen_at = now() WHERE id = $1',
    [id, appVersion],
  );
}

export async function revokeDevice(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<DeviceRow | null> {
  const result = await q.query<DeviceRow>(
    `UPDATE devices SET revoked_at = COALESCE(revoked_at, now())
     WHERE id = $1 AND org_id = $2 RETURNING ${COLUMNS}`,
    [id, orgId],
  );
  return result.rows[0] ?? null;
}

export async function markSignedOut(q: Queryable, id: string) {
  await q.query('UPDATE devices SET signed_out_at = now() WHERE id = $1', [id]);
}

/** `hello`: extends the lease and returns what the server has acknowledged. */
export async function touchDevice(q: Queryable, id: string, appVersion: string, leaseDays: number) {
  const result = await q.query<{ lastAckedSeq: number; leaseExpiresAt: Date }>(
    `UPDATE devices SET last_seen_at = now(), app_version = $2,
       lease_expires_at = now() + make_interval(days => COALESCE(lease_days, $3::int))
     WHERE id = $1 RETURNING last_acked_seq AS "lastAckedSeq", lease_expires_at AS "leaseExpiresAt"`,
    [id, appVersion, leaseDays],
  );
  return result.rows[0]!;
}

/**
 * The share this device mixes into its key (issue 19 #2), made at first use: 32 random bytes,
 * the same for the device's whole life.
 */
export async function deviceShare(q: Queryable, id: string): Promise<Buffer> {
  const result = await q.query<{ share: Buffer | Uint8Array }>(
    `UPDATE devices SET lease_share = COALESCE(lease_share, $2) WHERE id = $1
     RETURNING lease_share AS share`,
    [id, randomBytes(32)],
  );
  const share = result.rows[0]?.share;
  if (!share) throw new Error('device not found');
  return Buffer.from(share);
}

/** A supervisor's lease length for one laptop (its next check-in gets it). */
export async function setDeviceLeaseDays(
  q: Queryable,
  orgId: string,
  id: string,
  days: number,
): Promise<DeviceRow | null> {
  const result = await q.query<DeviceRow>(
    `UPDATE devices SET lease_days = $3 WHERE id = $1 AND org_id = $2 RETURNING ${COLUMNS}`,
    [id, orgId, days],
  );
  return result.rows[0] ?? null;
}

/** Sign-in starts the lease as `hello` does. */
export async function startLease(q: Queryable, id: string, leaseDays: number): Promise<Date> {
  const result = await q.query<{ leaseExpiresAt: Date }>(
    `UPDATE devices SET lease_expires_at = now() + make_interval(days => COALESCE(lease_days, $2::int))
     WHERE id = $1 RETURNING lease_expires_at AS "leaseExpiresAt"`,
    [id, leaseDays],
  );
  return result.rows[0]!.leaseExpiresAt;
}

/** Locks the device row for the rest of the transaction: one push per device at a time. */
export async function lockDeviceForPush(q: Queryable, id: string): Promise<number> {
  const result = await q.query<{ lastAckedSeq: number }>(
    'SELECT last_acked_seq AS "lastAckedSeq" FROM devices WHERE id = $1 FOR UPDATE',
    [id],
  );
  return result.rows[0]?.lastAckedSeq ?? 0;
}

export type TokenKind = 'access' | 'refresh';

export async function insertToken(
  q: Queryable,
  token: {
    hash: string;
    deviceId: string;
    kind: TokenKind;
    expiresAt: Date;
    /** For an access token: the refresh token issued with it. */
    pairHash?: string;
  },
) {
  await q.query(
    `INSERT INTO device_tokens (token_hash, device_id, kind, expires_at, pair_hash)
     VALUES ($1, $2, $3, $4, $5)`,
    [token.hash, token.deviceId, token.kind, token.expiresAt, token.pairHash ?? null],
  );
}

export interface TokenIdentity {
  deviceId: string;
  userId: string;
  orgId: string;
  role: Role;
  expiresAt: Date;
  usedAt: Date | null;
  /** For a used refresh token: the refresh token issued in exchange, if it is unused still. */
  unusedSuccessorHash: string | null;
  /** For a used refresh token: its successor pair, sealed with it (successor-seal.ts). */
  successorSealed: string | null;
  deviceRevokedAt: Date | null;
  deviceSignedOutAt: Date | null;
  userDisabledAt: Date | null;
}

export async function findToken(
  q: Queryable,
  hash: string,
  kind: TokenKind,
  forUpdate = false,
): Promise<TokenIdentity | null> {
  // Lock first, read after: a statement that waited for the lock still sees its own snapshot (READ
  // COMMITTED), without the successor a concurrent exchange of this token just inserted, and would
  // take a second copy of one request for theft.
  if (forUpdate)
    await q.query('SELECT 1 FROM device_tokens WHERE token_hash = $1 AND kind = $2 FOR UPDATE', [
      hash,
      kind,
    ]);
  const result = await q.query<TokenIdentity>(
    `SELECT t.device_id AS "deviceId", d.user_id AS "userId", d.org_id AS "orgId", u.role,
       t.expires_at AS "expiresAt", t.used_at AS "usedAt",
       (SELECT s.token_hash FROM device_tokens s
         WHERE s.token_hash = t.successor_hash AND s.used_at IS NULL) AS "unusedSuccessorHash",
       t.successor_sealed AS "successorSealed",
       d.revoked_at AS "deviceRevokedAt",
       d.signed_out_at AS "deviceSignedOutAt", u.disabled_at AS "userDisabledAt"
     FROM device_tokens t JOIN devices d ON d.id = t.device_id JOIN users u ON u.id = d.user_id
     WHERE t.token_hash = $1 AND t.kind = $2`,
    [hash, kind],
  );
  return result.rows[0] ?? null;
}

/**
 * Marks a refresh token exchanged (the first time only), names the token it was exchanged for and
 * keeps that pair sealed with it for a retry. Its own predecessor's sealed copy of it goes: once a
 * successor is used, a retry of its predecessor is theft, never answered with a pair.
 */
export async function markTokenUsed(
  q: Queryable,
  hash: string,
  successor: { hash: string; sealed: string },
) {
  await q.query(
    `UPDATE device_tokens SET used_at = COALESCE(used_at, now()), successor_hash = $2,
       successor_sealed = $3 WHERE token_hash = $1`,
    [hash, successor.hash, successor.sealed],
  );
  await q.query('UPDATE device_tokens SET successor_sealed = NULL WHERE successor_hash = $1', [
    hash,
  ]);
}

/** Whether a used refresh token was used less than `seconds` ago. */
export async function usedWithin(q: Queryable, hash: string, seconds: number): Promise<boolean> {
  const result = await q.query(
    `SELECT 1 FROM device_tokens
     WHERE token_hash = $1 AND used_at > now() - make_interval(secs => $2)`,
    [hash, seconds],
  );
  return result.rowCount > 0;
}

export async function deleteDeviceTokens(q: Queryable, deviceId: string) {
  await q.query('DELETE FROM device_tokens WHERE device_id = $1', [deviceId]);
}

/** A password reset signs the user out everywhere (their devices keep their data and outbox). */
export async function deleteUserTokens(q: Queryable, userId: string) {
  await q.query(
    'DELETE FROM device_tokens WHERE device_id IN (SELECT id FROM devices WHERE user_id = $1)',
    [userId],
  );
}

/** The first time a revoked device hears "wipe" (later contacts keep that first time). */
export async function markWipeSent(q: Queryable, id: string) {
  await q.query('UPDATE devices SET wipe_sent_at = COALESCE(wipe_sent_at, now()) WHERE id = $1', [
    id,
  ]);
}
