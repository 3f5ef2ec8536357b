-- Issue 19 #2: each laptop mixes a share MCJ's server holds into the key that unlocks it, and
-- keeps it only for its lease. The share is made at the device's first sign-in or hello (older
-- devices get theirs then); the lease length is the organisation's setting.
ALTER TABLE devices ADD COLUMN lease_share bytea CHECK (lease_share IS NULL OR octet_length(lease_share) = 32);
ALTER TABLE organisations ADD COLUMN lease_days integer NOT NULL DEFAULT 30 CHECK (lease_days BETWEEN 1 AND 365);
