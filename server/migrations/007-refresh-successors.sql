-- Refresh rotation keeps its chain: a used refresh token names the one issued in exchange, and an
-- access token names the refresh token issued with it. A retry after a lost answer (same device,
-- within a short window, successor unused) voids that successor pair instead of every token.
ALTER TABLE device_tokens ADD COLUMN successor_hash text;
ALTER TABLE device_tokens ADD COLUMN pair_hash text;
