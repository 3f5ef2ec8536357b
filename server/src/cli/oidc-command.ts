/**
 * `server:admin -- oidc ...`: the organisation's identity provider, as the HTTP route sets it
 * (the client secret from a file, never from the command line, which other users of the host can
 * read), and `oidc-unlink --email` to undo a link.
 */
import { readFile } from 'node:fs/promises';
import { AppError } from '@core/errors/app-error';
import { OidcSettingsInputSchema } from '@core/sync/oidc-schemas';
import type { AdminActor } from '../admin/admin-actor';
import type { ServerConfig } from '../app/app-config';
import type { Db } from '../db/db';
import { putOidcSettings, unlinkIdentities } from '../auth/oidc/oidc-settings';

export const oidcUsage = `  oidc --provider entra|google|generic --issuer URL --client-id ID [--client-secret-file FILE]
       --tenant TENANT-ID-OR-DOMAIN [--tenant-claim CLAIM] [--trust-provider-mfa yes|no] [--disable]
                                        (sign-in with the organisation's provider: docs/identity.md)
  oidc-unlink --email EMAIL             (the account signs in with its password until linked again)`;

export const oidcOptions = {
  provider: { type: 'string' },
  issuer: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret-file': { type: 'string' },
  tenant: { type: 'string' },
  'tenant-claim': { type: 'string' },
  'trust-provider-mfa': { type: 'string' },
  disable: { type: 'boolean' },
} as const;

export async function setOidcFromCli(
  db: Db,
  config: ServerConfig,
  actor: AdminActor,
  v: Record<string, string | boolean | string[] | undefined>,
) {
  const trust = v['trust-provider-mfa'];
  if (trust !== undefined && trust !== 'yes' && trust !== 'no')
    throw new AppError('bad_request', '--trust-provider-mfa takes yes or no');
  const secretFile = v['client-secret-file'];
  const input = OidcSettingsInputSchema.parse({
    provider: v['provider'],
    issuer: v['issuer'],
    clientId: v['client-id'],
    ...(typeof secretFile === 'string'
      ? { clientSecret: (await readFile(secretFile, 'utf8')).trim() }
      : {}),
    tenant: v['tenant'],
    ...(typeof v['tenant-claim'] === 'string' ? { tenantClaim: v['tenant-claim'] } : {}),
    trustProviderMfa: trust === 'yes',
    enabled: v['disable'] !== true,
  });
  return putOidcSettings(db, config, actor, input);
}

export function unlinkFromCli(db: Db, actor: AdminActor, userId: string) {
  return unlinkIdentities(db, actor, userId);
}
