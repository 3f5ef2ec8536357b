-- Issue 23: the detained client's custody checks, the contact log and pro bono time are synced
-- documents like the others, and the staff dashboard lists per-case figures from them (computed
-- by core's caseActivity in the same transaction as each push, as the rest of case_summaries).
ALTER TABLE entities DROP CONSTRAINT entities_entity_check;
ALTER TABLE entities ADD CONSTRAINT entities_entity_check
  CHECK (entity IN ('case', 'interview', 'checklist', 'deadline', 'comment', 'intake',
    'custodyCheck', 'contact', 'timeEntry', 'review', 'draftExport'));

ALTER TABLE case_summaries
  -- Where the client was last confirmed to be held, and on which day (a name of a facility, not a person).
  ADD COLUMN last_confirmed_facility text,
  ADD COLUMN last_confirmed_on date,
  -- While detained: the day the location should be confirmed again.
  ADD COLUMN next_recheck_due date,
  ADD COLUMN last_contact_on date,
  ADD COLUMN pro_bono_minutes integer NOT NULL DEFAULT 0;
CREATE INDEX case_summaries_org_recheck_idx ON case_summaries (org_id, next_recheck_due)
  WHERE next_recheck_due IS NOT NULL;
