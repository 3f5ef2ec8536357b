/**
 * The organisation's provider as an `openid-client` configuration: discovered from its issuer
 * (the issuer in the discovery document must equal the configured one), the client secret opened
 * with the server's MFA key. Discovery is cached per provider setting and dropped on failure.
 */
import * as client from 'openid-client';
import { AppError } from '@core/errors/app-error';
import type { ServerConfig } from '../../app/app-config';
import type { OidcProviderRow } from '../../repositories/oidc-repository';
import { mfaKeyOf } from '../mfa/mfa-service';

const cache = new Map<string, Promise<client.Configuration>>();

/** Plain http only for a provider on this machine (tests, a local demo provider). */
function isLoopbackHttp(issuer: URL) {
  return (
    issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname)
  );
}

export function redirectUriOf(config: ServerConfig): string {
  if (!config.publicUrl)
    throw new AppError('internal', 'the server does not know its public URL (AMPARO_PUBLIC_URL)');
  return new URL('/v1/oidc/callback', config.publicUrl).toString();
}

export function providerConfiguration(
  config: ServerConfig,
  provider: OidcProviderRow,
): Promise<client.Configuration> {
  const key = [
    provider.orgId,
    provider.issuer,
    provider.clientId,
    provider.clientSecretSealed,
  ].join('|');
  let found = cache.get(key);
  if (!found) {
    const issuer = new URL(provider.issuer);
    const secret = provider.clientSecretSealed
      ? mfaKeyOf(config).open(provider.clientSecretSealed, provider.orgId)
      : undefined;
    found = client.discovery(
      issuer,
      provider.clientId,
      { redirect_uris: [redirectUriOf(config)], response_types: ['code'] },
      secret ? client.ClientSecretPost(secret) : client.None(),
      {
        ...(isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests] } : {}),
        timeout: 10,
      },
    );
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

export { client as openid };
