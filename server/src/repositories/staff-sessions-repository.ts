/** Staff console sessions and their hashed tokens (apart from devices and device tokens). */
import type { StaffSessionEndReason } from '@core/sync/console-schemas';
import type { Role } from '@core/sync/auth-schemas';
import type { Queryable } from '../db/db';

export interface StaffSessionRow {
  id: string;
  userId: string;
  orgId: string;
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  idleTimeoutSeconds: number;
  endedAt: Date | null;
  endReason: StaffSessionEndReason | null;
}

const COLUMNS = `id, user_id AS "userId", org_id AS "orgId", created_at AS "createdAt",
  last_active_at AS "lastActiveAt", expires_at AS "expiresAt",
  idle_timeout_seconds AS "idleTimeoutSeconds", ended_at AS "endedAt", end_reason AS "endReason"`;

export async function insertStaffSession(
  q: Queryable,
  session: Pick<StaffSessionRow, 'id' | 'userId' | 'orgId' | 'expiresAt' | 'idleTimeoutSeconds'>,
): Promise<StaffSessionRow> {
  const result = await q.query<StaffSessionRow>(
    `INSERT INTO staff_sessions (id, user_id, org_id, expires_at, idle_timeout_seconds)
     VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [session.id, session.userId, session.orgId, session.expiresAt, session.idleTimeoutSeconds],
  );
  return result.rows[0]!;
}

export async function getStaffSession(q: Queryable, id: string): Promise<StaffSessionRow | null> {
  const result = await q.query<StaffSessionRow>(
    `SELECT ${COLUMNS} FROM staff_sessions WHERE id = $1`,
    [id],
  );
  return result.rows[0] ?? null;
}

/** Sessions of an organisation started in the last `days` days, newest first. */
export async function listStaffSessions(
  q: Queryable,
  orgId: string,
  days: number,
): Promise<StaffSessionRow[]> {
  const result = await q.query<StaffSessionRow>(
    `SELECT ${COLUMNS} FROM staff_sessions
     WHERE org_id = $1 AND created_at > now() - make_interval(days => $2::int)
     ORDER BY created_at DESC LIMIT 500`,
    [orgId, days],
  );
  return result.rows;
}

/** Ends a session (first reason wins) and deletes its tokens. Returns the row, or null. */
export async function endStaffSession(
  q: Queryable,
  id: string,
  reason: StaffSessionEndReason,
): Promise<StaffSessionRow | null> {
  await q.query('DELETE FROM staff_session_tokens WHERE session_id = $1', [id]);
  const result = await q.query<StaffSessionRow>(
    `UPDATE staff_sessions SET ended_at = COALESCE(ended_at, now()),
       end_reason = COALESCE(end_reason, $2)
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, reason],
  );
  return result.rows[0] ?? null;
}

/** Ends every open session of a user (password reset, deactivation). Returns their ids. */
export async function endUserStaffSessions(
  q: Queryable,
  userId: string,
  reason: StaffSessionEndReason,
): Promise<string[]> {
  const result = await q.query<{ id: string }>(
    `UPDATE staff_sessions SET ended_at = now(), end_reason = $2
     WHERE user_id = $1 AND ended_at IS NULL RETURNING id`,
    [userId, reason],
  );
  const ids = result.rows.map((row) => row.id);
  if (ids.length > 0) {
    await q.query(
      `DELETE FROM staff_session_tokens WHERE session_id IN
         (SELECT id FROM staff_sessions WHERE user_id = $1)`,
      [userId],
    );
  }
  return ids;
}

/** Activity keeps a session from idling out; written at most every `minGapSeconds`. */
export async function touchStaffSession(q: Queryable, id: string, minGapSeconds: number) {
  await q.query(
    `UPDATE staff_sessions SET last_active_at = now()
     WHERE id = $1 AND last_active_at < now() - make_interval(secs => $2::int)`,
    [id, minGapSeconds],
  );
}

export type StaffTokenKind = 'access' | 'refresh';

export async function insertStaffToken(
  q: Queryable,
  token: { hash: string; sessionId: string; kind: StaffTokenKind; expiresAt: Date },
) {
  await q.query(
    `INSERT INTO staff_session_tokens (token_hash, session_id, kind, expires_at)
     VALUES ($1, $2, $3, $4)`,
    [token.hash, token.sessionId, token.kind, token.expiresAt],
  );
}

export interface StaffTokenIdentity {
  sessionId: string;
  userId: string;
  orgId: string;
  role: Role;
  displayName: string;
  tokenExpiresAt: Date;
  usedAt: Date | null;
  session: Pick<
    StaffSessionRow,
    'createdAt' | 'lastActiveAt' | 'expiresAt' | 'idleTimeoutSeconds' | 'endedAt'
  >;
  userDisabledAt: Date | null;
  /** The database's clock, so idle checks never mix two clocks. */
  now: Date;
}

export async function findStaffToken(
  q: Queryable,
  hash: string,
  kind: StaffTokenKind,
  forUpdate = false,
): Promise<StaffTokenIdentity | null> {
  const result = await q.query<
    Omit<StaffTokenIdentity, 'session'> & {
      createdAt: Date;
      lastActiveAt: Date;
      expiresAt: Date;
      idleTimeoutSeconds: number;
      endedAt: Date | null;
    }
  >(
    `SELECT t.session_id AS "sessionId", s.user_id AS "userId", s.org_id AS "orgId", u.role,
       u.display_name AS "displayName", t.expires_at AS "tokenExpiresAt", t.used_at AS "usedAt",
       s.created_at AS "createdAt", s.last_active_at AS "lastActiveAt", s.expires_at AS "expiresAt",
       s.idle_timeout_seconds AS "idleTimeoutSeconds", s.ended_at AS "endedAt",
       u.disabled_at AS "userDisabledAt", now() AS now
     FROM staff_session_tokens t JOIN staff_sessions s ON s.id = t.session_id
       JOIN users u ON u.id = s.user_id
     WHERE t.token_hash = $1 AND t.kind = $2 ${forUpdate ? 'FOR UPDATE OF t, s' : ''}`,
    [hash, kind],
  );
  const row = result.rows[0];
  if (!row) return null;
  const { createdAt, lastActiveAt, expiresAt, idleTimeoutSeconds, endedAt, ...identity } = row;
  return {
    ...identity,
    session: { createdAt, lastActiveAt, expiresAt, idleTimeoutSeconds, endedAt },
  };
}

export async function markStaffTokenUsed(q: Queryable, hash: string) {
  await q.query('UPDATE staff_session_tokens SET used_at = now() WHERE token_hash = $1', [hash]);
}
