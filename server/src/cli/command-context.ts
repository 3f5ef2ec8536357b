/** What every organisation command of the admin CLI is given, and the helpers they share. */
import { AppError } from '@core/errors/app-error';
import type { AdminActor } from '../admin/admin-actor';
import type { ServerConfig } from '../app/app-config';
import type { Db } from '../db/db';
import { findUserByEmail } from '../repositories/users-repository';
import type { CliArgs } from './cli-args';

export interface CommandContext {
  db: Db;
  config: ServerConfig;
  actor: AdminActor;
  /** The command's name (one handler may serve two, e.g. `assign` and `unassign`). */
  command: string;
  v: CliArgs['values'];
}

/** Runs one command; returns what to print. */
export type AdminCommand = (context: CommandContext) => Promise<string>;

export const json = (value: unknown) => JSON.stringify(value, null, 2);

export async function userIdByEmail(db: Db, email: string, orgId: string): Promise<string> {
  const user = await findUserByEmail(db, email);
  if (!user || user.orgId !== orgId) throw new AppError('not_found', 'user not found');
  return user.id;
}
