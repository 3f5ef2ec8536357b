/**
 * `server:admin -- init`: the first run of a real deployment creates MCJ's organisation and its
 * first admin, whose generated password works once: it must be replaced at the first sign-in
 * (`POST /v1/auth/change-password`). Only on a database with no organisation at all, so that real
 * accounts never land next to the demo or a second organisation appears by accident.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { ServerConfig } from '../app/app-config';
import { generatePassword, hashPassword } from '../auth/password-hasher';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { insertOrganisation, listOrganisations } from '../repositories/organisations-repository';
import { insertUser } from '../repositories/users-repository';
import { DEMO_ORG_NAME } from '../seed/demo-seed';

export interface InitInput {
  orgName: string;
  email: string;
  displayName: string;
}

export interface InitResult {
  orgId: string;
  userId: string;
  email: string;
  oneTimePassword: string;
}

export async function initOrganisation(
  db: Db,
  config: ServerConfig,
  input: InitInput,
): Promise<InitResult> {
  if (input.orgName.trim() === DEMO_ORG_NAME)
    throw new AppError('bad_request', `"${DEMO_ORG_NAME}" is the demo's name; choose another`);
  const oneTimePassword = generatePassword();
  const password = await hashPassword(oneTimePassword, config.passwordParams);
  const orgId = randomUUID();
  const userId = randomUUID();
  await db.transaction(async (tx) => {
    // Serialises two `init` runs against one database.
    await tx.query('LOCK TABLE organisations IN EXCLUSIVE MODE');
    if ((await listOrganisations(tx)).length > 0)
      throw new AppError(
        'conflict',
        'this database already holds an organisation (init is for an empty database only)',
      );
    await insertOrganisation(tx, { id: orgId, name: input.orgName.trim() });
    await insertUser(tx, {
      id: userId,
      orgId,
      email: input.email,
      displayName: input.displayName,
      role: 'admin',
      password,
      mustChangePassword: true,
    });
    await appendAudit(tx, {
      orgId,
      actorId: null,
      deviceId: null,
      requestId: null,
      action: 'admin.init',
      outcome: 'ok',
      details: { userId, via: 'cli' },
    });
  });
  return { orgId, userId, email: input.email, oneTimePassword };
}
