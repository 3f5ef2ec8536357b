/**
 * The demo organisation, seeded only into an empty database: "MCJ Demo" with a supervisor, two
 * attorneys, an admin and twelve synthetic cases split between the attorneys. The passwords are
 * fixed so the start script can print them; they are for the demo only.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '@core/sync/auth-schemas';
import { cliActor } from '../admin/admin-actor';
import { assignCase, createCases } from '../admin/cases-service';
import type { ScryptParams } from '../auth/password-hasher';
import { hashPassword } from '../auth/password-hasher';
import type { Db } from '../db/db';
import {
  findOrganisationByName,
  insertOrganisation,
} from '../repositories/organisations-repository';
import { countUsers, insertUser } from '../repositories/users-repository';
import { demoCaseFiles, demoUuid } from './demo-cases';

export const DEMO_ORG_NAME = 'MCJ Demo';

export interface DemoCredential {
  role: Role;
  email: string;
  password: string;
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

export const demoCredentials: DemoCredential[] = accounts.map(({ role, email, password }) => ({
  role,
  email,
  password,
}));

/**
 * Seeds an empty database and returns the demo credentials. Returns them too when the demo
 * organisation is already there (a persistent data folder); returns null for any other database.
 */
export async function seedDemo(
  db: Db,
  passwordParams: ScryptParams,
  today = new Date(),
): Promise<DemoCredential[] | null> {
  if ((await countUsers(db)) > 0) {
    return (await findOrganisationByName(db, DEMO_ORG_NAME)) ? demoCredentials : null;
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
  return demoCredentials;
}
