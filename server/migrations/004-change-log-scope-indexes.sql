-- Pulls by attorneys read the change log per assigned case, and their grants and revocations
-- by user: index both, so a pull costs the caller's changes, not the organisation's.
CREATE INDEX change_log_case_seq_idx ON change_log (case_id, seq);
CREATE INDEX change_log_target_seq_idx ON change_log (target_user_id, seq) WHERE target_user_id IS NOT NULL;
