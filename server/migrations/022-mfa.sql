-- Two-step sign-in (TOTP). The secret is encrypted with the server's MFA key (AMPARO_MFA_KEY,
-- AES-256-GCM, the user id as associated data); recovery codes are kept only as HMACs under that
-- key; challenge tokens only as SHA-256 hashes.

-- Supervisors and admins always need MFA; attorneys when their organisation says so.
ALTER TABLE organisations ADD COLUMN mfa_required_for_attorneys boolean NOT NULL DEFAULT false;

CREATE TABLE user_mfa (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  secret_sealed text NOT NULL,
  -- Which server key sealed it (a short hash of the key), so a wrong key is named, not guessed.
  key_id text NOT NULL,
  -- Null while enrolling: the secret counts only once a first code has proved the app has it.
  confirmed_at timestamptz,
  -- The highest TOTP time step accepted: a code is never accepted twice (RFC 6238 §5.2).
  last_step bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mfa_recovery_codes (
  user_id uuid NOT NULL REFERENCES users (id),
  code_hmac text NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, code_hmac)
);

-- Between the password and the code: not a session (no route takes it as a bearer token).
CREATE TABLE mfa_challenges (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  client text NOT NULL CHECK (client IN ('laptop', 'console')),
  kind text NOT NULL CHECK (kind IN ('verify', 'enrol')),
  -- The laptop's sign-in request (device description and id), replayed when the code is right.
  sign_in jsonb NOT NULL DEFAULT '{}',
  attempts integer NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mfa_challenges_user_idx ON mfa_challenges (user_id);
