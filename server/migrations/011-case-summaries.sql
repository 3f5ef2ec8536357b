-- The read model every staff screen lists and filters: one row per case, written in the same
-- transaction as each push or staff change that touches the case (case-summaries-service.ts),
-- from core's summarizeCaseFile. The rows of existing cases are filled by this migration's hook.
CREATE TABLE case_summaries (
  case_id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  reference text NOT NULL,
  -- Names and A-numbers: shown only to roles that may see them (core/cases/protected-identity.ts).
  client_name text NOT NULL,
  client_sort_name text NOT NULL,
  a_number text,
  custody_status text NOT NULL,
  facility text,
  detention_date date,
  next_hearing_date date,
  next_hearing_time text,
  next_hearing_type text,
  next_hearing_format text,
  -- {source, date, daysLeft, ruleId | deadlineId + title}, see core/cases/case-summary.ts.
  nearest_deadline jsonb,
  nearest_deadline_date date,
  overdue_deadline jsonb,
  overdue_deadline_date date,
  overdue_count integer NOT NULL DEFAULT 0,
  deadlines_failed boolean NOT NULL DEFAULT false,
  asylum_protected boolean NOT NULL,
  vawa_protected_1367 boolean NOT NULL,
  assigned_user_ids jsonb NOT NULL DEFAULT '[]',
  -- The last push from a laptop that touched the case.
  last_device_sync_at timestamptz,
  -- Open conflicts and quarantined changes not yet reviewed.
  open_review_items integer NOT NULL DEFAULT 0,
  deleted boolean NOT NULL DEFAULT false,
  -- The America/Chicago day the deadline columns were computed for; older rows are recomputed
  -- before they are read, since a new day can make a deadline overdue.
  computed_for date NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_summaries_org_name_idx ON case_summaries (org_id, client_sort_name);
CREATE INDEX case_summaries_org_computed_idx ON case_summaries (org_id, computed_for);
