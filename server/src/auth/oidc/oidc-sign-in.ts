/**
 * The app's half of an OpenID Connect sign-in: it brings the one-time code from the server's
 * redirect and the PKCE verifier only it holds. The code is taken once (a wrong verifier burns it).
 * - A linked identity (issuer + subject) signs its account in: a console session or laptop tokens,
 *   after Amparo's second step unless the organisation trusts the provider's MFA and the ID token
 *   says it was done (`amr` contains `mfa`).
 * - An identity not linked yet gets a link token: the person signs in once with their Amparo
 *   password (and second step) passing it, and only then are the two linked. Never by email.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type {
  ConsoleOidcAnswer,
  LaptopOidcAnswer,
  LaptopOidcFinishRequest,
  OidcClient,
  OidcLinkAnswer,
} from '@core/sync/oidc-schemas';
import { OIDC_LINK_PREFIX } from '@core/sync/oidc-schemas';
import { consoleRoles } from '@core/sync/console-schemas';
import type { ServerConfig } from '../../app/app-config';
import type { Db, Transaction } from '../../db/db';
import { appendAudit } from '../../repositories/audit-repository';
import type { HandoffRow } from '../../repositories/oidc-repository';
import {
  getOidcProvider,
  insertHandoff,
  insertIdentity,
  takeHandoff,
  touchIdentity,
} from '../../repositories/oidc-repository';
import type { UserRow } from '../../repositories/users-repository';
import { getUser } from '../../repositories/users-repository';
import type { RequestMeta } from '../auth-service';
import { completeSignIn } from '../auth-service';
import { mfaStepFor, openChallenge } from '../mfa/mfa-service';
import { openSession } from '../staff-session-service';
import { hashToken } from '../token-codec';
import { openid } from './oidc-client';

function sameText(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function takeCode(
  db: Db,
  input: { code: string; verifier: string },
  client: OidcClient,
  meta: RequestMeta,
): Promise<HandoffRow> {
  const handoff = await takeHandoff(db, hashToken(input.code), 'handoff');
  const challenge = await openid.calculatePKCECodeChallenge(input.verifier);
  const reason = !handoff
    ? 'code'
    : handoff.client !== client
      ? 'client'
      : !sameText(handoff.appChallenge ?? '', challenge)
        ? 'pkce'
        : null;
  if (reason) {
    await appendAudit(db, {
      orgId: handoff?.orgId ?? null,
      actorId: handoff?.userId ?? null,
      deviceId: null,
      requestId: meta.requestId,
      action: 'auth.oidc_sign_in',
      outcome: 'denied',
      details: { client, reason },
    });
    throw new AppError('unauthorized', 'auth.oidc.expired');
  }
  return handoff!;
}

async function offerLink(
  db: Db,
  config: ServerConfig,
  handoff: HandoffRow,
  meta: RequestMeta,
): Promise<OidcLinkAnswer> {
  const token = `${OIDC_LINK_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(Date.now() + config.oidc.linkTtlSeconds * 1000);
  await insertHandoff(db, { ...handoff, tokenHash: hashToken(token), kind: 'link', expiresAt });
  await appendAudit(db, {
    orgId: handoff.orgId,
    actorId: null,
    deviceId: null,
    requestId: meta.requestId,
    action: 'auth.oidc_sign_in',
    outcome: 'denied',
    details: { client: handoff.client, reason: 'not_linked' },
  });
  return { oidc: 'link', linkToken: token, linkExpiresAt: expiresAt.toISOString() };
}

type Resolved =
  | { link: OidcLinkAnswer }
  | { user: UserRow; step: 'verify' | 'enrol' | null; mfa: 'provider' | 'amparo' | 'none' };

async function resolve(
  db: Db,
  config: ServerConfig,
  handoff: HandoffRow,
  meta: RequestMeta,
): Promise<Resolved> {
  if (!handoff.userId) return { link: await offerLink(db, config, handoff, meta) };
  const user = await getUser(db, handoff.userId);
  const provider = await getOidcProvider(db, handoff.orgId);
  if (!user || user.disabledAt || user.orgId !== handoff.orgId || !provider?.enabled) {
    await appendAudit(db, {
      orgId: handoff.orgId,
      actorId: handoff.userId,
      deviceId: null,
      requestId: meta.requestId,
      action: 'auth.oidc_sign_in',
      outcome: 'denied',
      details: { client: handoff.client, reason: user?.disabledAt ? 'disabled' : 'account' },
    });
    throw new AppError('unauthorized', 'auth.invalidCredentials');
  }
  await touchIdentity(db, handoff.issuer, handoff.subject);
  const providerMfa = provider.trustProviderMfa && handoff.amr.includes('mfa');
  const step = providerMfa ? null : await mfaStepFor(db, user);
  return { user, step, mfa: providerMfa ? 'provider' : step ? 'amparo' : 'none' };
}

async function auditSignIn(
  tx: Transaction,
  user: UserRow,
  client: OidcClient,
  mfa: string,
  meta: RequestMeta,
) {
  await appendAudit(tx, {
    orgId: user.orgId,
    actorId: user.id,
    deviceId: null,
    requestId: meta.requestId,
    action: 'auth.oidc_sign_in',
    outcome: 'ok',
    details: { client, mfa },
  });
}

export async function finishConsoleOidc(
  db: Db,
  config: ServerConfig,
  input: { code: string; verifier: string },
  meta: RequestMeta,
): Promise<ConsoleOidcAnswer> {
  const handoff = await takeCode(db, input, 'console', meta);
  const resolved = await resolve(db, config, handoff, meta);
  if ('link' in resolved) return resolved.link;
  const { user, step, mfa } = resolved;
  if (!(consoleRoles as readonly string[]).includes(user.role)) {
    await appendAudit(db, {
      orgId: user.orgId,
      actorId: user.id,
      deviceId: null,
      requestId: meta.requestId,
      action: 'console.sign_in',
      outcome: 'denied',
      details: { reason: 'role', role: user.role },
    });
    throw new AppError('forbidden', 'console.attorneyUsesLaptop');
  }
  if (step) return openChallenge(db, config, user, 'console', step, { via: 'oidc' }, meta);
  return db.transaction(async (tx) => {
    await auditSignIn(tx, user, 'console', mfa, meta);
    return openSession(tx, config, user, meta);
  });
}

export async function finishLaptopOidc(
  db: Db,
  config: ServerConfig,
  input: LaptopOidcFinishRequest,
  meta: RequestMeta,
): Promise<LaptopOidcAnswer> {
  const handoff = await takeCode(db, input, 'laptop', meta);
  const resolved = await resolve(db, config, handoff, meta);
  if ('link' in resolved) return resolved.link;
  const { user, step, mfa } = resolved;
  const device = { device: input.device, ...(input.deviceId ? { deviceId: input.deviceId } : {}) };
  if (step)
    return openChallenge(
      db,
      config,
      user,
      'laptop',
      step,
      { device: input.device, deviceId: input.deviceId ?? null, via: 'oidc' },
      meta,
    );
  return db.transaction(async (tx) => {
    await auditSignIn(tx, user, 'laptop', mfa, meta);
    return completeSignIn(tx, config, user, device, meta);
  });
}

/**
 * At the end of a password sign-in (after its second step, in its transaction): links the provider
 * account behind `linkToken` to the account that just proved its password. Throws (and so undoes
 * the sign-in) when the token is spent, of another client or organisation, or either side is
 * already linked at that issuer.
 */
export async function linkIdentity(
  tx: Transaction,
  user: UserRow,
  linkToken: string,
  client: OidcClient,
  meta: RequestMeta,
): Promise<void> {
  const link = linkToken.startsWith(OIDC_LINK_PREFIX)
    ? await takeHandoff(tx, hashToken(linkToken), 'link')
    : null;
  const provider = link ? await getOidcProvider(tx, link.orgId) : null;
  if (
    !link ||
    link.client !== client ||
    link.orgId !== user.orgId ||
    !provider?.enabled ||
    provider.issuer !== link.issuer
  )
    throw new AppError('unauthorized', 'auth.oidc.linkExpired');
  const linked = await insertIdentity(tx, {
    issuer: link.issuer,
    subject: link.subject,
    userId: user.id,
    orgId: user.orgId,
  });
  if (!linked) throw new AppError('conflict', 'auth.oidc.alreadyLinked');
  await appendAudit(tx, {
    orgId: user.orgId,
    actorId: user.id,
    deviceId: null,
    requestId: meta.requestId,
    action: 'auth.oidc_linked',
    outcome: 'ok',
    details: { client },
  });
}
