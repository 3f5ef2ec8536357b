-- Issue 19 #2: a supervisor may lengthen one laptop's lease (a volunteer going where there is no
-- connection); NULL follows the organisation's lease_days. Takes effect at the next check-in.
ALTER TABLE devices ADD COLUMN lease_days integer CHECK (lease_days IS NULL OR lease_days BETWEEN 1 AND 365);
