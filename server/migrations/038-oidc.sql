-- Sign-in with the organisation's identity provider (OpenID Connect, issue 20 #2).

-- One provider per organisation. The client secret is sealed with the server's MFA key
-- (AMPARO_MFA_KEY, the organisation id as associated data). tenant_claim/tenant_value restrict
-- sign-in to the organisation's tenant: Entra `tid`, Google Workspace `hd`.
CREATE TABLE organisation_oidc (
  org_id uuid PRIMARY KEY REFERENCES organisations (id),
  provider text NOT NULL CHECK (provider IN ('entra', 'google', 'generic')),
  issuer text NOT NULL,
  client_id text NOT NULL,
  client_secret_sealed text,
  key_id text,
  tenant_claim text NOT NULL,
  tenant_value text NOT NULL,
  trust_provider_mfa boolean NOT NULL DEFAULT false,
  enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- An account is found by issuer and subject, never by email. One identity per account and issuer.
CREATE TABLE user_identities (
  issuer text NOT NULL,
  subject text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  org_id uuid NOT NULL REFERENCES organisations (id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  PRIMARY KEY (issuer, subject),
  UNIQUE (user_id, issuer)
);

-- A browser sent to the provider: found again by the hash of the state it carries; one use, minutes.
-- The nonce and the PKCE verifier are needed in clear for the code exchange and die with the row.
CREATE TABLE oidc_flows (
  state_hash text PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  client text NOT NULL CHECK (client IN ('laptop', 'console')),
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  app_challenge text NOT NULL,
  app_state text NOT NULL,
  return_to text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- What the app gets back: a one-time code bound to its PKCE challenge (kind 'handoff'), or the
-- proof of a provider account that is not linked yet (kind 'link'). Stored as SHA-256 hashes.
CREATE TABLE oidc_handoffs (
  token_hash text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('handoff', 'link')),
  client text NOT NULL CHECK (client IN ('laptop', 'console')),
  org_id uuid NOT NULL REFERENCES organisations (id),
  issuer text NOT NULL,
  subject text NOT NULL,
  user_id uuid REFERENCES users (id),
  amr jsonb NOT NULL DEFAULT '[]',
  app_challenge text,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
