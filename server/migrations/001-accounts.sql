-- Organisations, people, their devices and device-bound tokens.

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  -- Bumped when change history is reset or restored: cursors from another epoch get 410.
  sync_epoch integer NOT NULL DEFAULT 1,
  -- Change-log rows below this were pruned: older cursors get 410 resync_required.
  min_cursor_seq bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  email text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('attorney', 'supervisor', 'admin')),
  -- scrypt: base64 hash and salt, and the parameters used, so the cost can rise per user.
  password_hash text NOT NULL,
  password_salt text NOT NULL,
  password_params jsonb NOT NULL,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_org_idx ON users (org_id);

CREATE TABLE devices (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  org_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  platform text NOT NULL,
  app_version text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  -- Highest seq of this device's mutations that is settled (applied, conflict or rejected).
  last_acked_seq bigint NOT NULL DEFAULT 0,
  lease_expires_at timestamptz,
  revoked_at timestamptz,
  signed_out_at timestamptz
);
CREATE INDEX devices_user_idx ON devices (user_id);
CREATE INDEX devices_org_idx ON devices (org_id);

-- Only SHA-256 hashes of tokens are stored; the tokens themselves are 256-bit random values.
CREATE TABLE device_tokens (
  token_hash text PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices (id),
  kind text NOT NULL CHECK (kind IN ('access', 'refresh')),
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Refresh tokens: set when exchanged; presenting it again is reuse.
  used_at timestamptz
);
CREATE INDEX device_tokens_device_idx ON device_tokens (device_id);
