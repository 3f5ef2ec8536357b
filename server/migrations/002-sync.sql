-- Synced case data, the change log that orders it, and the bookkeeping of pushes.

-- Every mergeable document (case files, interviews, checklists, deadlines, comments).
CREATE TABLE entities (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL,
  entity text NOT NULL CHECK (entity IN ('case', 'interview', 'checklist', 'deadline', 'comment')),
  doc jsonb NOT NULL,
  version bigint NOT NULL,
  -- path -> [version, deviceId|null] of the last change to that field (see document-merge.ts).
  field_versions jsonb NOT NULL DEFAULT '{}',
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entities_case_idx ON entities (case_id, id);
CREATE INDEX entities_org_entity_idx ON entities (org_id, entity);

CREATE TABLE notes (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL,
  final_revision_id uuid,
  finalized_at timestamptz,
  finalized_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notes_case_idx ON notes (case_id);

-- Append-only: every pushed revision is kept for good (trigger below).
CREATE TABLE note_revisions (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL,
  note_id uuid NOT NULL REFERENCES notes (id),
  doc jsonb NOT NULL,
  author_user_id uuid NOT NULL,
  device_id uuid NOT NULL,
  mutation_id uuid NOT NULL,
  -- Arrived after its note was finalised: an addendum, never part of the final text.
  after_final boolean NOT NULL DEFAULT false,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX note_revisions_case_idx ON note_revisions (case_id, id);

CREATE FUNCTION reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER note_revisions_append_only BEFORE UPDATE OR DELETE ON note_revisions
  FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER note_revisions_no_truncate BEFORE TRUNCATE ON note_revisions
  FOR EACH STATEMENT EXECUTE FUNCTION reject_change();

CREATE TABLE assignments (
  case_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  org_id uuid NOT NULL REFERENCES organisations (id),
  assigned_by uuid,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX assignments_user_idx ON assignments (user_id);

-- Drawn only while holding the organisation's advisory lock, so seq order is commit order.
CREATE SEQUENCE change_seq;

CREATE TABLE change_log (
  seq bigint PRIMARY KEY,
  org_id uuid NOT NULL,
  entity text NOT NULL,
  entity_id uuid NOT NULL,
  case_id uuid NOT NULL,
  version bigint NOT NULL,
  op text NOT NULL CHECK (op IN ('upsert', 'delete', 'grant', 'revoke')),
  -- For grant and revoke: whose view of the case changed.
  target_user_id uuid,
  actor_id uuid,
  device_id uuid,
  mutation_id uuid,
  committed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_org_seq_idx ON change_log (org_id, seq);
CREATE INDEX change_log_entity_idx ON change_log (entity_id, version);

CREATE TABLE device_mutations (
  device_id uuid NOT NULL REFERENCES devices (id),
  seq bigint NOT NULL,
  mutation_id uuid NOT NULL,
  status text NOT NULL,
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, seq)
);
CREATE INDEX device_mutations_mutation_idx ON device_mutations (device_id, mutation_id);

CREATE TABLE quarantined_mutations (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  device_id uuid NOT NULL,
  user_id uuid NOT NULL,
  -- Text, not uuid: whatever the device sent is kept as sent.
  mutation_id text NOT NULL,
  seq bigint NOT NULL,
  case_id text,
  entity text,
  reason text NOT NULL,
  issues jsonb,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  reviewed_at timestamptz,
  reviewed_by uuid
);
CREATE INDEX quarantined_mutations_org_idx ON quarantined_mutations (org_id, created_at);

CREATE TABLE conflicts (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL,
  entity text NOT NULL,
  entity_id uuid NOT NULL,
  field_path text NOT NULL,
  kind text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'resolved', 'auto_resolved')),
  -- {"v": value}; SQL NULL when that side had no value at all.
  server_value jsonb,
  client_value jsonb,
  server_actor_id uuid,
  server_changed_at timestamptz,
  client_actor_id uuid NOT NULL,
  client_device_id uuid NOT NULL,
  client_time text NOT NULL,
  mutation_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid
);
CREATE INDEX conflicts_org_status_idx ON conflicts (org_id, status, created_at);
