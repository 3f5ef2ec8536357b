-- The audit log (append-only, enforced here, not by convention) and published law/template versions.

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  org_id uuid,
  actor_id uuid,
  device_id uuid,
  request_id text,
  action text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
  -- Ids and counts only; never names, A-numbers or note text.
  case_ids jsonb NOT NULL DEFAULT '[]',
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_org_at_idx ON audit_log (org_id, at);

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION reject_change();

CREATE TABLE published_versions (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  kind text NOT NULL CHECK (kind IN ('catalog', 'template')),
  version text NOT NULL,
  checksum text NOT NULL,
  notes text,
  published_by uuid,
  published_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, kind, version)
);
