/**
 * The admin CLI's commands. They run directly against the database (the operator of the server
 * machine is trusted), through the same services as the HTTP admin API, and are audited with
 * `via: 'cli'`. Output is JSON (or JSON lines for the audit export); never case contents.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AppError } from '@core/errors/app-error';
import { ConflictStatusSchema, PublicationKindSchema } from '@core/sync/admin-schemas';
import { EmailSchema, PasswordSchema, RoleSchema } from '@core/sync/auth-schemas';
import { CHANGE_RETENTION_DAYS } from '@core/sync/protocol-constants';
import { auditBase, cliActor } from '../admin/admin-actor';
import { applyQuarantineItem } from '../admin/quarantine-service';
import {
  createUser,
  listOrgDevices,
  listOrgUsers,
  resetPassword,
  revokeOrgDevice,
} from '../admin/accounts-service';
import { listApprovalRequests } from '../admin/approval-requests';
import { decideApprovalRequest } from '../admin/approvals-service';
import { initOrganisation } from '../admin/first-run-service';
import { assignCase, createCases, listCases, unassignCase } from '../admin/cases-service';
import {
  exportAudit,
  listOrgConflicts,
  listOrgQuarantine,
  publishVersion,
  toJsonLines,
} from '../admin/review-service';
import type { ServerConfig } from '../app/app-config';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { pruneChanges } from '../repositories/change-log-repository';
import { setOrgAttorneyMfa } from '../repositories/mfa-repository';
import {
  bumpSyncEpoch,
  insertOrganisation,
  listOrganisations,
} from '../repositories/organisations-repository';
import { findUserByEmail, getUser } from '../repositories/users-repository';
import { DEMO_USER_IDS } from '../seed/demo-seed';
import { runAuditCommand } from './audit-commands';
import { oidcOptions, oidcUsage, setOidcFromCli, unlinkFromCli } from './oidc-command';

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

const options = {
  'data-dir': { type: 'string' },
  org: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  file: { type: 'string' },
  assign: { type: 'string', multiple: true },
  case: { type: 'string' },
  device: { type: 'string' },
  kind: { type: 'string' },
  version: { type: 'string' },
  checksum: { type: 'string' },
  notes: { type: 'string' },
  status: { type: 'string' },
  since: { type: 'string' },
  out: { type: 'string' },
  days: { type: 'string' },
  id: { type: 'string' },
  attorneys: { type: 'string' },
  against: { type: 'string' },
  ...oidcOptions,
  request: { type: 'string' },
  'break-glass': { type: 'boolean' },
} as const;

export type CliArgs = ReturnType<typeof parseCliArgs>;

export function parseCliArgs(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  return { command: positionals[0] ?? 'help', sub: positionals[1], values };
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new AppError('bad_request', `missing --${flag}`);
  return value;
}

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

async function userIdByEmail(db: Db, email: string, orgId: string): Promise<string> {
  const user = await findUserByEmail(db, email);
  if (!user || user.orgId !== orgId) throw new AppError('not_found', 'user not found');
  return user.id;
}

/** Runs one command; returns what to print. */
export async function runAdminCommand(
  db: Db,
  config: ServerConfig,
  args: CliArgs,
): Promise<string> {
  const v = args.values;
  const json = (value: unknown) => JSON.stringify(value, null, 2);
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
  switch (args.command) {
    case 'create-user': {
      const email = EmailSchema.parse(required(v.email, 'email'));
      const role = RoleSchema.parse(required(v.role, 'role'));
      const password = v.password ? PasswordSchema.parse(v.password) : undefined;
      return json(
        await createUser(db, config, actor, {
          email,
          displayName: required(v.name, 'name'),
          role,
          password,
        }),
      );
    }
    case 'reset-password': {
      const userId = await userIdByEmail(db, required(v.email, 'email'), actor.orgId);
      return json(
        await resetPassword(
          db,
          config,
          actor,
          userId,
          v.password ? PasswordSchema.parse(v.password) : undefined,
        ),
      );
    }
    case 'create-case':
    case 'import-cases': {
      const parsed: unknown = JSON.parse(await readFile(required(v.file, 'file'), 'utf8'));
      if (args.command === 'create-case' && Array.isArray(parsed)) {
        throw new AppError('bad_request', 'create-case takes one case file; use import-cases');
      }
      const files = Array.isArray(parsed) ? parsed : [parsed];
      const assignTo = await Promise.all(
        (v.assign ?? []).map((email) => userIdByEmail(db, email, actor.orgId)),
      );
      return json({ caseIds: await createCases(db, actor, files, assignTo) });
    }
    case 'assign':
    case 'unassign': {
      const caseId = required(v.case, 'case');
      const userId = await userIdByEmail(db, required(v.email, 'email'), actor.orgId);
      return json(
        args.command === 'assign'
          ? await assignCase(db, actor, caseId, userId)
          : await unassignCase(db, actor, caseId, userId),
      );
    }
    case 'revoke-device':
      return json(await revokeOrgDevice(db, actor, required(v.device, 'device')));
    case 'publish': {
      const checksum = v.file
        ? createHash('sha256')
            .update(await readFile(v.file))
            .digest('hex')
        : required(v.checksum, 'checksum');
      const kind = PublicationKindSchema.parse(required(v.kind, 'kind'));
      return json(
        await publishVersion(db, actor, {
          kind,
          version: required(v.version, 'version'),
          checksum,
          notes: v.notes,
        }),
      );
    }
    case 'set-mfa': {
      const choice = required(v.attorneys, 'attorneys');
      if (choice !== 'required' && choice !== 'optional')
        throw new AppError('bad_request', '--attorneys takes required or optional');
      await db.transaction(async (tx) => {
        await setOrgAttorneyMfa(tx, actor.orgId, choice === 'required');
        await appendAudit(tx, {
          ...auditBase(actor),
          action: 'admin.mfa_policy',
          outcome: 'ok',
          details: { attorneys: choice, via: actor.via },
        });
      });
      return json({ attorneys: choice });
    }
    case 'oidc':
      return json(await setOidcFromCli(db, config, actor, v));
    case 'oidc-unlink':
      return json(
        await unlinkFromCli(
          db,
          actor,
          await userIdByEmail(db, required(v.email, 'email'), actor.orgId),
        ),
      );
    case 'list-approvals':
      return json((await listApprovalRequests(db, actor)).requests);
    case 'approve': {
      if (!v['break-glass'])
        throw new AppError(
          'bad_request',
          'approvals are given in the console by a second admin or supervisor; here only with --break-glass (audited; every supervisor is told)',
        );
      return json({
        ...(await decideApprovalRequest(
          db,
          config,
          actor,
          required(v.request, 'request'),
          'approve',
          {
            breakGlass: true,
          },
        )),
        note: 'Break-glass approval recorded in the audit log; every supervisor sees a notice in the console. Give any one-time password to its owner privately.',
      });
    }
    case 'list-users':
      return json(await listOrgUsers(db, actor));
    case 'list-cases':
      return json(await listCases(db, actor));
    case 'list-devices':
      return json(await listOrgDevices(db, actor));
    case 'apply-quarantine':
      return json(await applyQuarantineItem(db, actor, required(v.id, 'id')));
    case 'bump-sync-epoch': {
      const epoch = await bumpSyncEpoch(db, actor.orgId);
      await appendAudit(db, {
        ...auditBase(actor),
        action: 'admin.sync_epoch_bumped',
        outcome: 'ok',
        details: { epoch, via: actor.via },
      });
      return json({ syncEpoch: epoch });
    }
    case 'list-quarantine':
      return json(await listOrgQuarantine(db, actor));
    case 'list-conflicts':
      return json(
        await listOrgConflicts(
          db,
          actor,
          v.status ? { status: ConflictStatusSchema.parse(v.status) } : {},
        ),
      );
    case 'export-audit': {
      const lines = toJsonLines(await exportAudit(db, actor, { since: v.since, limit: 1_000_000 }));
      if (!v.out) return lines.trimEnd();
      await writeFile(v.out, lines, { mode: 0o600 });
      return json({ written: v.out, events: lines.split('\n').length - 1 });
    }
    case 'prune-changes': {
      const days = Number(v.days ?? CHANGE_RETENTION_DAYS);
      const pruned = await pruneChanges(db, actor.orgId, new Date(Date.now() - days * 86_400_000));
      return json({ pruned });
    }
    default:
      throw new AppError('bad_request', `unknown command: ${args.command}`);
  }
}
