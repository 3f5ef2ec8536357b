-- Two-person control (issue 20 #3, docs/two-person-control.md): a change that would give someone
-- access to case contents (creating a supervisor or admin, granting either role, resetting a
-- supervisor's or admin's password or two-step sign-in) is a request until a second admin or
-- supervisor approves it, or the server's operator approves it by break-glass.
CREATE TABLE approval_requests (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  kind text NOT NULL CHECK (kind IN ('create_user', 'grant_role', 'reset_password', 'reset_mfa')),
  -- The account concerned; null for create_user until approved (then created_user_id).
  target_user_id uuid REFERENCES users (id),
  -- The role to create or grant, or the concerned account's role when asked.
  role text NOT NULL CHECK (role IN ('attorney', 'supervisor', 'admin')),
  -- create_user: the new account's email, name and profile (staff details, never client data).
  payload jsonb NOT NULL DEFAULT '{}',
  -- Null: asked on the server host (the admin CLI).
  requested_by uuid REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
  -- Null with break_glass: approved on the server host.
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  break_glass boolean NOT NULL DEFAULT false,
  created_user_id uuid REFERENCES users (id)
);
CREATE INDEX approval_requests_org_idx ON approval_requests (org_id, status, requested_at);

-- Things a staff member must be told in the console (today: a break-glass approval).
CREATE TABLE staff_notices (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('break_glass')),
  request_id uuid NOT NULL REFERENCES approval_requests (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX staff_notices_user_idx ON staff_notices (user_id, created_at);
