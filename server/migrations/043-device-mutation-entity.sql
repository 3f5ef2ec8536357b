-- The record each settled mutation named. A laptop restored from a backup taken while a change was
-- still being typed sends an earlier state of it under the same mutation id (issue 21): that is
-- told apart from a different change reusing the id by the record it names. Null for older rows.
ALTER TABLE device_mutations ADD COLUMN entity_id uuid;
