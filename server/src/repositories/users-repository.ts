/** Staff accounts. Emails are unique regardless of case. */
import type { Availability } from '@core/sync/admin-schemas';
import type { Role } from '@core/sync/auth-schemas';
import type { Queryable } from '../db/db';
import { json } from '../db/db';
import type { StoredPassword } from '../auth/password-hasher';

export interface UserRow {
  id: string;
  orgId: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: Date;
  disabledAt: Date | null;
  languages: string[];
  organisation: string | null;
  availability: Availability;
  lastSignInAt: Date | null;
}

/** What a profile change may set (role and password have their own paths). */
export interface UserProfile {
  displayName: string;
  languages: string[];
  organisation: string | null;
  availability: Availability;
}

export interface UserWithPassword extends UserRow {
  password: StoredPassword;
  /** A one-time password: it must be changed before the account can sign in. */
  mustChangePassword: boolean;
}

const COLUMNS = `id, org_id AS "orgId", email, display_name AS "displayName", role,
  created_at AS "createdAt", disabled_at AS "disabledAt", languages, organisation, availability,
  last_sign_in_at AS "lastSignInAt"`;

export async function insertUser(
  q: Queryable,
  user: Pick<UserRow, 'id' | 'orgId' | 'email' | 'displayName' | 'role'> &
    Partial<Pick<UserRow, 'languages' | 'organisation' | 'availability'>> & {
      password: StoredPassword;
      /** A one-time password: its owner must replace it before signing in. */
      mustChangePassword?: boolean;
    },
): Promise<UserRow> {
  const result = await q.query<UserRow>(
    `INSERT INTO users (id, org_id, email, display_name, role, password_hash, password_salt,
       password_params, languages, organisation, availability, must_change_password)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12) RETURNING ${COLUMNS}`,
    [
      user.id,
      user.orgId,
      user.email,
      user.displayName,
      user.role,
      user.password.hash,
      user.password.salt,
      json(user.password.params),
      json(user.languages ?? []),
      user.organisation ?? null,
      user.availability ?? 'available',
      user.mustChangePassword ?? false,
    ],
  );
  return result.rows[0]!;
}

export async function findUserByEmail(
  q: Queryable,
  email: string,
): Promise<UserWithPassword | null> {
  const result = await q.query<
    UserRow & { hash: string; salt: string; params: StoredPassword['params']; mustChange: boolean }
  >(
    `SELECT ${COLUMNS}, password_hash AS hash, password_salt AS salt, password_params AS params,
       must_change_password AS "mustChange"
     FROM users WHERE lower(email) = lower($1)`,
    [email],
  );
  const row = result.rows[0];
  if (!row) return null;
  const { hash, salt, params, mustChange, ...user } = row;
  return { ...user, password: { hash, salt, params }, mustChangePassword: mustChange };
}

export async function getUser(q: Queryable, id: string): Promise<UserRow | null> {
  return (
    (await q.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id])).rows[0] ?? null
  );
}

export async function listUsers(q: Queryable, orgId: string): Promise<UserRow[]> {
  return (
    await q.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE org_id = $1 ORDER BY email`, [orgId])
  ).rows;
}

/** `mustChange`: the new password was handed out (a reset) rather than chosen by its owner. */
export async function updatePassword(
  q: Queryable,
  userId: string,
  password: StoredPassword,
  mustChange = false,
) {
  await q.query(
    `UPDATE users SET password_hash = $2, password_salt = $3, password_params = $4::jsonb,
       must_change_password = $5 WHERE id = $1`,
    [userId, password.hash, password.salt, json(password.params), mustChange],
  );
}

export async function countUsers(q: Queryable): Promise<number> {
  const result = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return result.rows[0]?.n ?? 0;
}

export async function updateUserProfile(
  q: Queryable,
  userId: string,
  profile: UserProfile,
): Promise<UserRow> {
  const result = await q.query<UserRow>(
    `UPDATE users SET display_name = $2, languages = $3::jsonb, organisation = $4, availability = $5
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [
      userId,
      profile.displayName,
      json(profile.languages),
      profile.organisation,
      profile.availability,
    ],
  );
  return result.rows[0]!;
}

/** Deactivated people cannot sign in; their history and devices' data stay as they are. */
export async function setUserDisabled(
  q: Queryable,
  userId: string,
  disabled: boolean,
): Promise<UserRow> {
  const result = await q.query<UserRow>(
    `UPDATE users SET disabled_at = CASE WHEN $2 THEN COALESCE(disabled_at, now()) END
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [userId, disabled],
  );
  return result.rows[0]!;
}

export async function markSignedIn(q: Queryable, userId: string) {
  await q.query('UPDATE users SET last_sign_in_at = now() WHERE id = $1', [userId]);
}

/** For `FOR UPDATE` in account changes: two admins changing one account take turns. */
export async function getUserForUpdate(q: Queryable, id: string): Promise<UserRow | null> {
  return (
    (await q.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [id]))
      .rows[0] ?? null
  );
}
