-- A refresh token presented again within the grace window (a lost answer, a request sent twice,
-- two tabs at once) gets the same successor pair, not a second one. The pair is kept sealed with a
-- key derived from the used token itself (AES-256-GCM, HKDF-SHA256): only someone presenting that
-- token can open it, and the database alone reveals no usable token. Cleared once the successor is
-- used.
ALTER TABLE device_tokens ADD COLUMN successor_sealed text;
