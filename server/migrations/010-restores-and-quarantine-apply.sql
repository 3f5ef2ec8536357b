-- When the organisation's sync epoch last changed: a restore detected by several laptops bumps it
-- once, not once per laptop (every bump makes every laptop download its cases again).
ALTER TABLE organisations ADD COLUMN sync_epoch_changed_at timestamptz;

-- A supervisor may apply a quarantined mutation after review (its effect happens then, audited).
ALTER TABLE quarantined_mutations ADD COLUMN applied_at timestamptz;
ALTER TABLE quarantined_mutations ADD COLUMN applied_by uuid;
ALTER TABLE quarantined_mutations ADD COLUMN applied_result jsonb;
