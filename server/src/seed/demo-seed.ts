/**
 * The demo organisation, seeded only on explicit request (`npm run server -- --demo`, which
 * `npm start`'s embedded server passes): "MCJ Demo" with a supervisor, two attorneys, an admin and
 * twelve synthetic cases split between the attorneys. The passwords are fixed and published (the
 * start script prints them), so the demo is refused on any database that holds anything else, and
 * a server started without `--demo` disables these accounts if it finds them. The supervisor and
 * admin sign in with a second step, from the published `DEMO_TOTP_SECRET`.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '@core/sync/auth-schemas';
import { cliActor } from '../admin/admin-actor';
import { assignCase, createCases } from '../admin/cases-service';
import type { PasswordParams } from '../auth/password-hasher';
import { hashPassword } from '../auth/password-hasher';
import type { MfaKey } from '../auth/mfa/mfa-key';
import { enrolWithSecret } from '../auth/mfa/mfa-service';
import type { Db } from '../db/db';
import { insertOrganisation } from '../repositories/organisations-repository';
import { appendAudit } from '../repositories/audit-repository';
import { insertUser } from '../repositories/users-repository';
import { demoCaseFiles, demoUuid } from './demo-cases';
import { DEMO_TOTP_SECRET } from './demo-mfa';

export const DEMO_ORG_NAME = 'MCJ Demo';

export interface DemoCredential {
  role: Role;
  email: string;
  password: string;
  /** Staff only: the published TOTP secret of their second sign-in step (`DEMO_TOTP_SECRET`). */
  totpSecret?: string;
}

const accounts: (DemoCredential & { n: number; displayName: string })[] = [
  {
    n: 9001,
    role: 'supervisor',
    email: 'supervisor@demo.amparo.test',
    displayName: 'Sam Supervisor (demo)',
    password: 'demo-supervisor-2026',
  },
  {
    n: 9002,
    role: 'attorney',
    email: 'attorney1@demo.amparo.test',
    displayName: 'Alex Attorney (demo)',
    password: 'demo-attorney-one-2026',
  },
  {
    n: 9003,
    role: 'attorney',
    email: 'attorney2@demo.amparo.test',
    displayName: 'Blair Attorney (demo)',
    password: 'demo-attorney-two-2026',
  },
  {
    n: 9004,
    role: 'admin',
    email: 'admin@demo.amparo.test',
    displayName: 'Ari Admin (demo)',
    password: 'demo-admin-2026-pass',
  },
];

const isStaff = (role: Role) => role === 'supervisor' || role === 'admin';

export const demoCredentials: DemoCredential[] = accounts.map(({ role, email, password }) => ({
  role,
  email,
  password,
  ...(isStaff(role) ? { totpSecret: DEMO_TOTP_SECRET } : {}),
}));

/** Enrols the demo's staff with the published secret (again on every demo start: a fresh step). */
async function enrolDemoStaff(db: Db, mfaKey: MfaKey | null) {
  if (!mfaKey) return;
  for (const account of accounts.filter((a) => isStaff(a.role)))
    await enrolWithSecret(db, mfaKey, demoUuid(account.n), DEMO_TOTP_SECRET);
}

/** The demo accounts' fixed ids: how the demo is recognised, whatever its organisation is called. */
export const DEMO_USER_IDS: readonly string[] = accounts.map((account) => demoUuid(account.n));

export class DemoRefusedError extends Error {
  constructor() {
    super(
      'Refusing to seed the demo: this database holds organisations or accounts that are not the demo. ' +
        'The demo (with its published passwords) is only for an empty database or one that holds nothing but the demo.',
    );
    this.name = 'DemoRefusedError';
  }
}

/** The demo organisation's id when the database holds the demo and nothing else; null when empty. */
async function demoOnlyState(db: Db): Promise<{ demoOrgId: string | null }> {
  const users = await db.query<{ id: string; orgId: string }>(
    'SELECT id, org_id AS "orgId" FROM users',
  );
  const orgs = await db.query<{ id: string }>('SELECT id FROM organisations');
  const demoOrgId = users.rows.find((user) => user.id === DEMO_USER_IDS[0])?.orgId ?? null;
  const strangers =
    users.rows.some((user) => !DEMO_USER_IDS.includes(user.id) || user.orgId !== demoOrgId) ||
    orgs.rows.some((org) => org.id !== demoOrgId);
  if (strangers) throw new DemoRefusedError();
  return { demoOrgId };
}

/**
 * Seeds the demo into an empty database and returns its credentials; on a database that already
 * holds the demo and nothing else (a persistent data folder), re-enables the demo accounts and
 * returns the credentials. Throws `DemoRefusedError` on any other database.
 */
export async function seedDemo(
  db: Db,
  passwordParams: PasswordParams,
  mfaKey: MfaKey | null = null,
  today = new Date(),
): Promise<DemoCredential[]> {
  const { demoOrgId } = await demoOnlyState(db);
  if (demoOrgId) {
    await db.query('UPDATE users SET disabled_at = NULL WHERE id = ANY($1::uuid[])', [
      DEMO_USER_IDS,
    ]);
    await enrolDemoStaff(db, mfaKey);
    return demoCredentials;
  }
  const orgId = randomUUID();
  const hashes = await Promise.all(
    accounts.map((account) => hashPassword(account.password, passwordParams)),
  );
  await db.transaction(async (tx) => {
    await insertOrganisation(tx, { id: orgId, name: DEMO_ORG_NAME });
    for (const [index, account] of accounts.entries()) {
      await insertUser(tx, {
        id: demoUuid(account.n),
        orgId,
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        password: hashes[index]!,
      });
    }
  });
  const actor = cliActor(orgId);
  const files = demoCaseFiles(today);
  await createCases(db, actor, files);
  for (const [index, file] of files.entries()) {
    await assignCase(db, actor, file.id, demoUuid(index % 2 === 0 ? 9002 : 9003));
  }
  await enrolDemoStaff(db, mfaKey);
  return demoCredentials;
}

/**
 * A server started without `--demo` must not answer to the published demo passwords: disables the
 * demo accounts it finds (and ends their sessions), once, with an audit event. Returns how many.
 */
export async function disableDemoAccounts(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const disabled = await tx.query<{ id: string; orgId: string }>(
      `UPDATE users SET disabled_at = now()
       WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL
       RETURNING id, org_id AS "orgId"`,
      [DEMO_USER_IDS],
    );
    if (disabled.rowCount === 0) return 0;
    await tx.query(
      `DELETE FROM device_tokens WHERE device_id IN
         (SELECT id FROM devices WHERE user_id = ANY($1::uuid[]))`,
      [DEMO_USER_IDS],
    );
    await appendAudit(tx, {
      orgId: disabled.rows[0]!.orgId,
      actorId: null,
      deviceId: null,
      requestId: null,
      action: 'admin.demo_accounts_disabled',
      outcome: 'ok',
      details: {
        accounts: disabled.rows.map((row) => row.id),
        reason: 'server_started_without_demo',
      },
    });
    return disabled.rowCount;
  });
}
