/**
 * The organisation's provider, as an admin sets it (HTTP or `server:admin -- oidc`). The client
 * secret is sealed with the server's MFA key and never returned. Changing the provider cannot hand
 * anyone an account: identities are linked per issuer, and only by a password sign-in.
 */
import { AppError } from '@core/errors/app-error';
import type { OidcSettings, OidcSettingsInput } from '@core/sync/oidc-schemas';
import type { AdminActor } from '../../admin/admin-actor';
import { auditBase } from '../../admin/admin-actor';
import type { ServerConfig } from '../../app/app-config';
import type { Db } from '../../db/db';
import { appendAudit } from '../../repositories/audit-repository';
import type { OidcProviderRow } from '../../repositories/oidc-repository';
import {
  deleteIdentities,
  getOidcProvider,
  putOidcProvider,
} from '../../repositories/oidc-repository';
import { getUser } from '../../repositories/users-repository';
import { mfaKeyOf } from '../mfa/mfa-service';

/** What to register at the provider (named even before the server knows its public URL). */
function redirectUriOf(config: ServerConfig) {
  return config.publicUrl
    ? new URL('/v1/oidc/callback', config.publicUrl).toString()
    : '<AMPARO_PUBLIC_URL>/v1/oidc/callback';
}

/** The claim that names the organisation's tenant, per provider. */
const TENANT_CLAIMS = { entra: 'tid', google: 'hd' } as const;

function view(config: ServerConfig, row: OidcProviderRow): OidcSettings {
  return {
    provider: row.provider,
    issuer: row.issuer,
    clientId: row.clientId,
    hasClientSecret: row.clientSecretSealed !== null,
    tenant: row.tenantValue,
    tenantClaim: row.tenantClaim,
    trustProviderMfa: row.trustProviderMfa,
    enabled: row.enabled,
    redirectUri: redirectUriOf(config),
  };
}

export async function getOidcSettings(db: Db, config: ServerConfig, actor: AdminActor) {
  const row = await getOidcProvider(db, actor.orgId);
  return { settings: row ? view(config, row) : null, redirectUri: redirectUriOf(config) };
}

export async function putOidcSettings(
  db: Db,
  config: ServerConfig,
  actor: AdminActor,
  input: OidcSettingsInput,
): Promise<{ settings: OidcSettings }> {
  const issuer = new URL(input.issuer);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopback))
    throw new AppError('validation_failed', 'validation_failed', [
      { path: 'issuer', code: 'auth.oidc.issuerHttps' },
    ]);
  const tenantClaim =
    input.provider === 'generic' ? input.tenantClaim : TENANT_CLAIMS[input.provider];
  if (!tenantClaim)
    throw new AppError('validation_failed', 'validation_failed', [
      { path: 'tenantClaim', code: 'validation.required' },
    ]);
  const key = mfaKeyOf(config);
  const row = await db.transaction(async (tx) => {
    const before = await getOidcProvider(tx, actor.orgId);
    const next: OidcProviderRow = {
      orgId: actor.orgId,
      provider: input.provider,
      // Stored as the provider writes it in `iss` (openid-client compares them exactly).
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretSealed: input.clientSecret
        ? key.seal(input.clientSecret, actor.orgId)
        : (before?.clientSecretSealed ?? null),
      keyId: input.clientSecret ? key.id : (before?.keyId ?? null),
      tenantClaim,
      tenantValue: input.tenant,
      trustProviderMfa: input.trustProviderMfa,
      enabled: input.enabled,
    };
    await putOidcProvider(tx, next);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.oidc_settings',
      outcome: 'ok',
      details: {
        via: actor.via,
        provider: next.provider,
        issuerChanged: before?.issuer !== next.issuer,
        secretChanged: Boolean(input.clientSecret),
        trustProviderMfa: next.trustProviderMfa,
        enabled: next.enabled,
      },
    });
    return next;
  });
  return { settings: view(config, row) };
}

/** Unlinks every provider account of a user (they sign in with their password until relinked). */
export async function unlinkIdentities(db: Db, actor: AdminActor, userId: string) {
  return db.transaction(async (tx) => {
    const user = await getUser(tx, userId);
    if (!user || user.orgId !== actor.orgId) throw new AppError('not_found');
    const removed = await deleteIdentities(tx, userId);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'admin.oidc_unlink',
      outcome: 'ok',
      details: { via: actor.via, userId, removed },
    });
    return { removed };
  });
}
