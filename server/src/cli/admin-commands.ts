/**
 * The admin CLI's commands. They run directly against the database (the operator of the server
 * machine is trusted), through the same services as the HTTP admin API, and are audited with
 * `via: 'cli'`. Output is JSON (or JSON lines for the audit export); never case contents.
 * The commands themselves: account-commands.ts (people), case-commands.ts (cases and sync),
 * audit-commands.ts (the chain).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import { EmailSchema } from '@core/sync/auth-schemas';
import { CHANGE_RETENTION_DAYS } from '@core/sync/protocol-constants';
import { cliActor } from '../admin/admin-actor';
import { initOrganisation } from '../admin/first-run-service';
import type { ServerConfig } from '../app/app-config';
import type { Db } from '../db/db';
import { insertOrganisation, listOrganisations } from '../repositories/organisations-repository';
import { getUser } from '../repositories/users-repository';
import { DEMO_USER_IDS } from '../seed/demo-seed';
import { accountCommands } from './account-commands';
import { runAuditCommand } from './audit-commands';
import { caseCommands } from './case-commands';
import type { CliArgs } from './cli-args';
import { required } from './cli-args';
import { json } from './command-context';
import { oidcUsage } from './oidc-command';

export { parseCliArgs, type CliArgs } from './cli-args';

export const usage = `Usage: npm run server:admin -- <command> [options]
Storage: DATABASE_URL if set, else PGlite in --data-dir (default .data/server).
Organisation: --org NAME-OR-ID (optional when there is only one besides the demo).

  init --org NAME --email EMAIL --name NAME   (first run, empty database: the organisation and
                                                its first admin, with a one-time password)
  create-org --name NAME
  create-user --email EMAIL --name NAME --role attorney|supervisor|admin [--password PW]
  reset-password --email EMAIL [--password PW]
      (a supervisor or admin account, or a staff member's reset, is a request that a second
       admin or supervisor approves in the console: no password is chosen or printed here)
  list-approvals
  approve --request ID --break-glass   (an organisation with nobody else to approve: applies the
                                        request now, audited, and every supervisor is told)
  import-cases --file FILE.json [--assign EMAIL]...   (one case file or an array)
  create-case --file FILE.json [--assign EMAIL]...    (one case file)
  assign --case ID --email EMAIL
  unassign --case ID --email EMAIL
  revoke-device --device ID
  publish --kind catalog|template --version V (--file FILE | --checksum SHA256) [--notes TEXT]
  list-users | list-cases | list-devices | list-quarantine | list-conflicts [--status open]
  apply-quarantine --id QUARANTINE-ID   (after review: the mutation takes effect now)
  bump-sync-epoch                       (after restoring a backup: every laptop downloads again)
  export-audit [--since ISO-TIME] [--out FILE]   (one organisation's events, for reading)
  audit verify [--against EXPORT-FILE]  (checks the hash chain; names the first broken link)
  audit export [--out FILE]             (the whole chain as JSON lines: keep it off this server)
  prune-changes [--days ${CHANGE_RETENTION_DAYS}]
  set-mfa --attorneys required|optional   (two-step sign-in for attorneys too; staff always)
${oidcUsage}`;

const commands = new Map([...accountCommands, ...caseCommands]);

/** The organisation a command acts on. The demo's is never chosen unless named with --org. */
async function resolveOrg(db: Db, wanted: string | undefined): Promise<string> {
  const orgs = await listOrganisations(db);
  if (wanted) {
    const match = orgs.find((org) => org.id === wanted || org.name === wanted);
    if (!match) throw new AppError('not_found', 'organisation not found');
    return match.id;
  }
  const demoOrgId = (await getUser(db, DEMO_USER_IDS[0]!))?.orgId;
  const real = orgs.filter((org) => org.id !== demoOrgId);
  if (real.length === 0)
    throw new AppError('not_found', 'no organisation yet: run init (or pass --org)');
  if (real.length > 1) throw new AppError('bad_request', 'several organisations: pass --org');
  return real[0]!.id;
}

/** Runs one command; returns what to print. */
export async function runAdminCommand(
  db: Db,
  config: ServerConfig,
  args: CliArgs,
): Promise<string> {
  const v = args.values;
  if (args.command === 'help') return usage;
  if (args.command === 'init') {
    const result = await initOrganisation(db, config, {
      orgName: required(v.org, 'org'),
      email: EmailSchema.parse(required(v.email, 'email')),
      displayName: required(v.name, 'name'),
    });
    return json({
      ...result,
      note: 'Give this password to the admin privately. It works once: the first sign-in must replace it.',
    });
  }
  if (args.command === 'create-org') {
    const id = randomUUID();
    await insertOrganisation(db, { id, name: required(v.name, 'name') });
    return json({ id, name: v.name });
  }
  if (args.command === 'audit') {
    const orgId = await resolveOrg(db, v.org).catch(() => null);
    return runAuditCommand(db, orgId, args.sub, v);
  }
  const actor = cliActor(await resolveOrg(db, v.org));
  const command = commands.get(args.command);
  if (!command) throw new AppError('bad_request', `unknown command: ${args.command}`);
  return command({ db, config, actor, command: args.command, v });
}
