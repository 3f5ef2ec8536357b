-- The audit log's hash chain (docs/audit-chain.md). Rows are inserted as before, by any
-- transaction, with no lock; a sealer links committed rows afterwards, in batches, each row's
-- hash covering its content and the previous link. Append-only like the log itself; on
-- PostgreSQL the app's role may only INSERT and SELECT here (server/src/db/app-role.ts).
CREATE TABLE audit_chain (
  seq bigint PRIMARY KEY,
  audit_id bigint NOT NULL UNIQUE REFERENCES audit_log (id),
  -- SHA-256 (hex) of the row's canonical form (server/src/audit/audit-hash.ts).
  row_hash text NOT NULL,
  -- SHA-256 (hex) of the previous link's chain_hash, this seq and row_hash.
  chain_hash text NOT NULL,
  sealed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
