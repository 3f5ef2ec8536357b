-- What a settled mutation carried (SHA-256 of its canonical JSON without `seq`), so that the same
-- mutation id arriving with other content is told apart from a replay. NULL for older rows.
ALTER TABLE device_mutations ADD COLUMN body_hash text;
