/**
 * The admin CLI's commands about people: accounts, devices, two-step sign-in, the identity
 * provider, and two-person control (listing requests; approving only by break-glass).
 */
import { AppError } from '@core/errors/app-error';
import { EmailSchema, PasswordSchema, RoleSchema } from '@core/sync/auth-schemas';
import {
  createUser,
  listOrgDevices,
  listOrgUsers,
  resetPassword,
  revokeOrgDevice,
} from '../admin/accounts-service';
import { auditBase } from '../admin/admin-actor';
import { listApprovalRequests } from '../admin/approval-requests';
import { decideApprovalRequest } from '../admin/approvals-service';
import { appendAudit } from '../repositories/audit-repository';
import { setOrgAttorneyMfa } from '../repositories/mfa-repository';
import { required } from './cli-args';
import type { AdminCommand } from './command-context';
import { json, userIdByEmail } from './command-context';
import { setOidcFromCli, unlinkFromCli } from './oidc-command';

export const accountCommands = new Map<string, AdminCommand>([
  [
    'create-user',
    async ({ db, config, actor, v }) => {
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
    },
  ],
  [
    'reset-password',
    async ({ db, config, actor, v }) => {
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
    },
  ],
  [
    'revoke-device',
    async ({ db, actor, v }) =>
      json(await revokeOrgDevice(db, actor, required(v.device, 'device'))),
  ],
  [
    'set-mfa',
    async ({ db, actor, v }) => {
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
    },
  ],
  ['oidc', async ({ db, config, actor, v }) => json(await setOidcFromCli(db, config, actor, v))],
  [
    'oidc-unlink',
    async ({ db, actor, v }) =>
      json(
        await unlinkFromCli(
          db,
          actor,
          await userIdByEmail(db, required(v.email, 'email'), actor.orgId),
        ),
      ),
  ],
  [
    'list-approvals',
    async ({ db, actor }) => json((await listApprovalRequests(db, actor)).requests),
  ],
  [
    'approve',
    async ({ db, config, actor, v }) => {
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
    },
  ],
  ['list-users', async ({ db, actor }) => json(await listOrgUsers(db, actor))],
  ['list-devices', async ({ db, actor }) => json(await listOrgDevices(db, actor))],
]);
