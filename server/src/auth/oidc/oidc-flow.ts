/**
 * The browser's trip to the organisation's provider and back (OpenID Connect, authorization code
 * with PKCE, state and nonce, through `openid-client`):
 * - `startFlow`: checks where the app wants its answer, keeps a one-use flow (found again by the
 *   hash of its state) and sends the browser to the provider;
 * - `finishFlow`: takes the flow once, lets `openid-client` exchange the code (PKCE verifier) and
 *   check the ID token (issuer, audience, signature, expiry, nonce), refuses an account outside
 *   the organisation's tenant or domain, and hands the app a one-time code bound to the app's own
 *   PKCE challenge. The account is found later by issuer and subject, never by email.
 * Every refusal is audited with a reason and sends the browser back with `error`, never details.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { OidcClient, OidcStartQuery } from '@core/sync/oidc-schemas';
import { OIDC_HANDOFF_PREFIX } from '@core/sync/oidc-schemas';
import type { ServerConfig } from '../../app/app-config';
import type { Db } from '../../db/db';
import { appendAudit } from '../../repositories/audit-repository';
import type { OidcProviderRow } from '../../repositories/oidc-repository';
import {
  findIdentity,
  getOidcProvider,
  insertFlow,
  insertHandoff,
  listEnabledOidcProviders,
  takeFlow,
} from '../../repositories/oidc-repository';
import type { RequestMeta } from '../auth-service';
import { hashToken } from '../token-codec';
import { openid, providerConfiguration, redirectUriOf } from './oidc-client';

/** RFC 8252 §7.3: the laptop's listener on the loopback address, any port, this path. */
export const LOOPBACK_PATH = '/oidc/callback';

/** Whether the server may send a browser (and a handoff code) to `returnTo` for this client. */
export function allowedReturn(config: ServerConfig, client: OidcClient, returnTo: string) {
  let url: URL;
  try {
    url = new URL(returnTo);
  } catch {
    return false;
  }
  if (url.username || url.password || url.hash) return false;
  const loopback = client === 'laptop' && url.protocol === 'http:' && url.hostname === '127.0.0.1';
  if (loopback && url.port !== '' && url.pathname === LOOPBACK_PATH) return true;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const own = config.publicUrl ? new URL(config.publicUrl).origin : null;
  if (client === 'console') return url.origin === own && url.pathname.startsWith('/console/');
  // The laptop's web mode: this server's own origin, or a web origin the server allows (CORS).
  return url.origin === own || config.allowedOrigins.includes(url.origin);
}

async function providerFor(db: Db, org: string | undefined): Promise<OidcProviderRow> {
  if (org) {
    const provider = await getOidcProvider(db, org);
    if (provider?.enabled) return provider;
  } else {
    const enabled = await listEnabledOidcProviders(db);
    if (enabled.length === 1) return enabled[0]!;
  }
  throw new AppError('not_found', 'auth.oidc.notConfigured');
}

/** Whether sign-in through a provider is offered (one organisation, or the one named). */
export async function oidcAvailability(db: Db, org?: string) {
  try {
    const provider = await providerFor(db, org);
    return { enabled: true, provider: provider.provider };
  } catch {
    return { enabled: false, provider: null };
  }
}

export async function startFlow(
  db: Db,
  config: ServerConfig,
  query: OidcStartQuery,
  meta: RequestMeta,
): Promise<string> {
  if (!allowedReturn(config, query.client, query.returnTo))
    throw new AppError('validation_failed', 'auth.oidc.badReturn');
  const provider = await providerFor(db, query.org).catch(() => null);
  if (!provider) return back(query.returnTo, query.state, { error: 'not_configured' });
  const configuration = await providerConfiguration(config, provider).catch(() => null);
  if (!configuration) return back(query.returnTo, query.state, { error: 'unavailable' });
  const state = openid.randomState();
  const nonce = openid.randomNonce();
  const codeVerifier = openid.randomPKCECodeVerifier();
  await insertFlow(db, {
    stateHash: hashToken(state),
    orgId: provider.orgId,
    client: query.client,
    nonce,
    codeVerifier,
    appChallenge: query.challenge,
    appState: query.state,
    returnTo: query.returnTo,
    expiresAt: new Date(Date.now() + config.oidc.flowTtlSeconds * 1000),
  });
  await appendAudit(db, {
    orgId: provider.orgId,
    actorId: null,
    deviceId: null,
    requestId: meta.requestId,
    action: 'auth.oidc_start',
    outcome: 'ok',
    details: { client: query.client },
  });
  const parameters: Record<string, string> = {
    redirect_uri: redirectUriOf(config),
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await openid.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  };
  // Google Workspace: show the organisation's accounts first (the `hd` claim is still checked).
  if (provider.provider === 'google') parameters['hd'] = provider.tenantValue;
  return openid.buildAuthorizationUrl(configuration, parameters).toString();
}

/** Where the browser goes after the provider: the app's return address with code or error. */
function back(returnTo: string, appState: string, answer: { code: string } | { error: string }) {
  const url = new URL(returnTo);
  url.searchParams.set('state', appState);
  if ('code' in answer) url.searchParams.set('code', answer.code);
  else url.searchParams.set('error', answer.error);
  return url.toString();
}

type Refusal =
  'provider_error' | 'exchange' | 'tenant' | 'issuer' | 'disabled' | 'expired' | 'no_subject';

/**
 * The provider's answer at `/v1/oidc/callback`. Returns where to send the browser; throws (400)
 * only when the state names no flow, since then there is no app to send it back to.
 */
export async function finishFlow(
  db: Db,
  config: ServerConfig,
  callbackUrl: URL,
  meta: RequestMeta,
): Promise<string> {
  const state = callbackUrl.searchParams.get('state');
  const flow = state ? await takeFlow(db, hashToken(state)) : null;
  if (!flow) {
    await appendAudit(db, {
      orgId: null,
      actorId: null,
      deviceId: null,
      requestId: meta.requestId,
      action: 'auth.oidc_callback',
      outcome: 'denied',
      details: { reason: 'state' },
    });
    throw new AppError('validation_failed', 'auth.oidc.stateUnknown');
  }
  const refuse = async (reason: Refusal, actorId: string | null = null) => {
    await appendAudit(db, {
      orgId: flow.orgId,
      actorId,
      deviceId: null,
      requestId: meta.requestId,
      action: 'auth.oidc_callback',
      outcome: 'denied',
      details: { reason, client: flow.client },
    });
    return back(flow.returnTo, flow.appState, {
      error: reason === 'tenant' ? 'tenant' : 'refused',
    });
  };
  if (flow.expiresAt.getTime() <= Date.now()) return refuse('expired');
  if (callbackUrl.searchParams.has('error')) return refuse('provider_error');
  const provider = await getOidcProvider(db, flow.orgId);
  if (!provider?.enabled) return refuse('disabled');

  let claims: Record<string, unknown> | undefined;
  try {
    const configuration = await providerConfiguration(config, provider);
    const tokens = await openid.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: state!,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch {
    return refuse('exchange');
  }
  if (!claims || typeof claims['sub'] !== 'string' || claims['sub'] === '')
    return refuse('no_subject');
  // openid-client has checked `iss` against the discovered issuer; the link is keyed by this one.
  if (claims['iss'] !== provider.issuer) return refuse('issuer');
  // The organisation's tenant or Workspace domain: an account of another tenant of the same
  // (multi-tenant) provider never gets further, whatever its email says.
  if (claims[provider.tenantClaim] !== provider.tenantValue) return refuse('tenant');

  const identity = await findIdentity(db, provider.issuer, claims['sub']);
  if (identity && identity.orgId !== provider.orgId) return refuse('tenant', identity.userId);
  const amr = Array.isArray(claims['amr'])
    ? claims['amr'].filter((v): v is string => typeof v === 'string').slice(0, 20)
    : [];
  const code = `${OIDC_HANDOFF_PREFIX}${randomBytes(32).toString('base64url')}`;
  await insertHandoff(db, {
    tokenHash: hashToken(code),
    kind: 'handoff',
    client: flow.client,
    orgId: provider.orgId,
    issuer: provider.issuer,
    subject: claims['sub'],
    userId: identity?.userId ?? null,
    amr,
    appChallenge: flow.appChallenge,
    expiresAt: new Date(Date.now() + config.oidc.handoffTtlSeconds * 1000),
  });
  await appendAudit(db, {
    orgId: provider.orgId,
    actorId: identity?.userId ?? null,
    deviceId: null,
    requestId: meta.requestId,
    action: 'auth.oidc_callback',
    outcome: 'ok',
    details: { client: flow.client, linked: identity !== null },
  });
  return back(flow.returnTo, flow.appState, { code });
}
