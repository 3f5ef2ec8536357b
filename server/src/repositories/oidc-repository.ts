/** OpenID Connect: the organisation's provider, linked identities, flows and handoffs (038). */
import type { OidcClient } from '@core/sync/oidc-schemas';
import type { Queryable } from '../db/db';
import { json } from '../db/db';

export type OidcProviderKind = 'entra' | 'google' | 'generic';

export interface OidcProviderRow {
  orgId: string;
  provider: OidcProviderKind;
  issuer: string;
  clientId: string;
  clientSecretSealed: string | null;
  keyId: string | null;
  tenantClaim: string;
  tenantValue: string;
  trustProviderMfa: boolean;
  enabled: boolean;
}

const PROVIDER_COLUMNS = `org_id AS "orgId", provider, issuer, client_id AS "clientId",
  client_secret_sealed AS "clientSecretSealed", key_id AS "keyId", tenant_claim AS "tenantClaim",
  tenant_value AS "tenantValue", trust_provider_mfa AS "trustProviderMfa", enabled`;

export async function getOidcProvider(q: Queryable, orgId: string) {
  const result = await q.query<OidcProviderRow>(
    `SELECT ${PROVIDER_COLUMNS} FROM organisation_oidc WHERE org_id = $1`,
    [orgId],
  );
  return result.rows[0] ?? null;
}

export async function listEnabledOidcProviders(q: Queryable) {
  return (
    await q.query<OidcProviderRow>(
      `SELECT ${PROVIDER_COLUMNS} FROM organisation_oidc WHERE enabled ORDER BY org_id`,
    )
  ).rows;
}

export async function putOidcProvider(q: Queryable, row: OidcProviderRow) {
  await q.query(
    `INSERT INTO organisation_oidc (org_id, provider, issuer, client_id, client_secret_sealed,
       key_id, tenant_claim, tenant_value, trust_provider_mfa, enabled)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (org_id) DO UPDATE SET provider = EXCLUDED.provider, issuer = EXCLUDED.issuer,
       client_id = EXCLUDED.client_id, client_secret_sealed = EXCLUDED.client_secret_sealed,
       key_id = EXCLUDED.key_id, tenant_claim = EXCLUDED.tenant_claim,
       tenant_value = EXCLUDED.tenant_value, trust_provider_mfa = EXCLUDED.trust_provider_mfa,
       enabled = EXCLUDED.enabled, updated_at = now()`,
    [
      row.orgId,
      row.provider,
      row.issuer,
      row.clientId,
      row.clientSecretSealed,
      row.keyId,
      row.tenantClaim,
      row.tenantValue,
      row.trustProviderMfa,
      row.enabled,
    ],
  );
}

export interface IdentityRow {
  issuer: string;
  subject: string;
  userId: string;
  orgId: string;
}

export async function findIdentity(q: Queryable, issuer: string, subject: string) {
  const result = await q.query<IdentityRow>(
    `SELECT issuer, subject, user_id AS "userId", org_id AS "orgId"
     FROM user_identities WHERE issuer = $1 AND subject = $2`,
    [issuer, subject],
  );
  return result.rows[0] ?? null;
}

/** False when the identity or the account (at that issuer) is already linked. */
export async function insertIdentity(q: Queryable, row: IdentityRow): Promise<boolean> {
  const result = await q.query(
    `INSERT INTO user_identities (issuer, subject, user_id, org_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING`,
    [row.issuer, row.subject, row.userId, row.orgId],
  );
  return (result.rowCount ?? 0) === 1;
}

export async function touchIdentity(q: Queryable, issuer: string, subject: string) {
  await q.query(
    'UPDATE user_identities SET last_used_at = now() WHERE issuer = $1 AND subject = $2',
    [issuer, subject],
  );
}

export async function deleteIdentities(q: Queryable, userId: string): Promise<number> {
  const result = await q.query('DELETE FROM user_identities WHERE user_id = $1', [userId]);
  return result.rowCount ?? 0;
}

export interface FlowRow {
  stateHash: string;
  orgId: string;
  client: OidcClient;
  nonce: string;
  codeVerifier: string;
  appChallenge: string;
  appState: string;
  returnTo: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export async function insertFlow(q: Queryable, row: Omit<FlowRow, 'usedAt'>) {
  // Flows nobody finished are dropped as new ones start: the table stays small.
  await q.query(`DELETE FROM oidc_flows WHERE expires_at < now() - interval '1 hour'`);
  await q.query(
    `INSERT INTO oidc_flows (state_hash, org_id, client, nonce, code_verifier, app_challenge,
       app_state, return_to, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      row.stateHash,
      row.orgId,
      row.client,
      row.nonce,
      row.codeVerifier,
      row.appChallenge,
      row.appState,
      row.returnTo,
      row.expiresAt,
    ],
  );
}

/** Marks the flow used and returns it, only if it was unused: a state is good once. */
export async function takeFlow(q: Queryable, stateHash: string): Promise<FlowRow | null> {
  const result = await q.query<FlowRow>(
    `UPDATE oidc_flows SET used_at = now() WHERE state_hash = $1 AND used_at IS NULL
     RETURNING state_hash AS "stateHash", org_id AS "orgId", client, nonce,
       code_verifier AS "codeVerifier", app_challenge AS "appChallenge", app_state AS "appState",
       return_to AS "returnTo", expires_at AS "expiresAt", used_at AS "usedAt"`,
    [stateHash],
  );
  return result.rows[0] ?? null;
}

export interface HandoffRow {
  tokenHash: string;
  kind: 'handoff' | 'link';
  client: OidcClient;
  orgId: string;
  issuer: string;
  subject: string;
  userId: string | null;
  amr: string[];
  appChallenge: string | null;
  expiresAt: Date;
}

export async function insertHandoff(q: Queryable, row: HandoffRow) {
  await q.query(`DELETE FROM oidc_handoffs WHERE expires_at < now() - interval '1 hour'`);
  await q.query(
    `INSERT INTO oidc_handoffs (token_hash, kind, client, org_id, issuer, subject, user_id, amr,
       app_challenge, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
    [
      row.tokenHash,
      row.kind,
      row.client,
      row.orgId,
      row.issuer,
      row.subject,
      row.userId,
      json(row.amr),
      row.appChallenge,
      row.expiresAt,
    ],
  );
}

/** Marks a live handoff of this kind used and returns it (one use, even for two racing requests). */
export async function takeHandoff(
  q: Queryable,
  tokenHash: string,
  kind: HandoffRow['kind'],
): Promise<HandoffRow | null> {
  const result = await q.query<HandoffRow>(
    `UPDATE oidc_handoffs SET used_at = now()
     WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > now()
     RETURNING token_hash AS "tokenHash", kind, client, org_id AS "orgId", issuer, subject,
       user_id AS "userId", amr, app_challenge AS "appChallenge", expires_at AS "expiresAt"`,
    [tokenHash, kind],
  );
  return result.rows[0] ?? null;
}
