-- What keeps case_summaries cheap to write: a summary counts its case's review items and, when
-- backfilled, finds its last laptop change. Without these, each case scanned every conflict,
-- quarantined change or change-log row of its organisation. The backfill runs after them (this
-- migration's hook; 011's rows, if any, are recomputed the same way).
CREATE INDEX conflicts_case_review_idx ON conflicts (case_id)
  WHERE status = 'open' OR (kind = 'overwritten' AND status = 'auto_resolved' AND resolved_at IS NULL);
CREATE INDEX quarantined_mutations_case_open_idx ON quarantined_mutations (case_id)
  WHERE reviewed_at IS NULL AND applied_at IS NULL;
CREATE INDEX change_log_case_laptop_idx ON change_log (case_id, seq)
  WHERE mutation_id IS NOT NULL;
