-- The staff console: what assignment needs to know about people, browser sessions that are not
-- devices, and when a revoked laptop was told to wipe.

ALTER TABLE users ADD COLUMN languages jsonb NOT NULL DEFAULT '[]';
-- A volunteer's law firm or organisation.
ALTER TABLE users ADD COLUMN organisation text;
ALTER TABLE users ADD COLUMN availability text NOT NULL DEFAULT 'available'
  CHECK (availability IN ('available', 'limited', 'unavailable'));
-- Laptop or console, whichever was last.
ALTER TABLE users ADD COLUMN last_sign_in_at timestamptz;

ALTER TABLE devices ADD COLUMN wipe_sent_at timestamptz;

-- A console sign-in: no device, no 30-day token. Ends on sign-out, after idle_timeout without a
-- request, at expires_at whatever the activity, or when an admin revokes it.
CREATE TABLE staff_sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  org_id uuid NOT NULL REFERENCES organisations (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_active_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  idle_timeout_seconds integer NOT NULL,
  ended_at timestamptz,
  end_reason text CHECK (end_reason IN ('sign_out', 'idle', 'expired', 'revoked', 'refresh_reuse',
    'password_reset', 'deactivated'))
);
CREATE INDEX staff_sessions_user_idx ON staff_sessions (user_id);
CREATE INDEX staff_sessions_org_idx ON staff_sessions (org_id, created_at);

-- SHA-256 of the session's tokens; both die with the session.
CREATE TABLE staff_session_tokens (
  token_hash text PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES staff_sessions (id),
  kind text NOT NULL CHECK (kind IN ('access', 'refresh')),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_session_tokens_session_idx ON staff_session_tokens (session_id);

ALTER TABLE audit_log ADD COLUMN session_id uuid;
CREATE INDEX audit_log_org_id_idx ON audit_log (org_id, id);
