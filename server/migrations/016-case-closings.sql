-- Case outcomes at closing (issue 18 #5). A supervisor closes a case with a confirmed outcome;
-- reopening keeps the row (reopened_at set) so that the history of closings stays, and a later
-- closing adds a new row. At most one closing is in force per case (the partial unique index),
-- so a second close of a closed case fails even when two supervisors race.
CREATE TABLE case_closings (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL,
  outcome_kind text NOT NULL,
  -- core/cases/case-outcome.ts CaseOutcome, as confirmed; `derived` is what the file proposed.
  outcome jsonb NOT NULL,
  derived jsonb,
  closed_by uuid NOT NULL REFERENCES users (id),
  closed_at timestamptz NOT NULL DEFAULT now(),
  reopened_by uuid REFERENCES users (id),
  reopened_at timestamptz,
  reopen_reason text
);
CREATE UNIQUE INDEX case_closings_in_force_idx ON case_closings (case_id) WHERE reopened_at IS NULL;
CREATE INDEX case_closings_org_idx ON case_closings (org_id, closed_at);

-- The dashboard lists open cases only: the closing in force, kept beside the read model's row
-- (written by closing and reopening, never by the summary refresh).
ALTER TABLE case_summaries ADD COLUMN closed_at timestamptz;
CREATE INDEX case_summaries_org_open_hearing_idx ON case_summaries (org_id, next_hearing_date)
  WHERE NOT deleted AND closed_at IS NULL;
