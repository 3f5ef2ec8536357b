-- Per-case state checksum (issue 21): the XOR of one 64-bit hash per live synced item of the case,
-- kept up to date by triggers in the transaction that changes the item, so that reading it costs
-- one indexed row. Items: each live (not deleted) entity as 'e|<id>|<version>', each note
-- revision as 'r|<id>'; the hash is the first 8 bytes of SHA-256 of that text, read as a signed
-- 64-bit integer (renderer/src/db/sync-checksum.ts computes the same on the laptop).
-- `last_seq` is the case's newest change-log seq (assignments aside): a laptop whose cursor has
-- reached it holds every change the checksum covers.
CREATE TABLE case_sync_state (
  case_id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  checksum bigint NOT NULL DEFAULT 0,
  last_seq bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION sync_item_hash(p_item text) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ('x' || encode(substr(sha256(convert_to(p_item, 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint
$$;

CREATE FUNCTION case_checksum_add(p_case uuid, p_org uuid, p_delta bigint) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO case_sync_state AS s (case_id, org_id, checksum) VALUES (p_case, p_org, p_delta)
  ON CONFLICT (case_id) DO UPDATE SET checksum = s.checksum # EXCLUDED.checksum
$$;

CREATE FUNCTION track_entity_checksum() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta bigint := 0;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL THEN
    delta := delta # sync_item_hash('e|' || OLD.id || '|' || OLD.version);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
    delta := delta # sync_item_hash('e|' || NEW.id || '|' || NEW.version);
  END IF;
  IF delta <> 0 THEN
    IF TG_OP = 'DELETE' THEN
      PERFORM case_checksum_add(OLD.case_id, OLD.org_id, delta);
    ELSE
      PERFORM case_checksum_add(NEW.case_id, NEW.org_id, delta);
    END IF;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER entities_case_checksum AFTER INSERT OR DELETE OR UPDATE OF version, deleted_at
  ON entities FOR EACH ROW EXECUTE FUNCTION track_entity_checksum();

CREATE FUNCTION track_revision_checksum() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_checksum_add(NEW.case_id, NEW.org_id, sync_item_hash('r|' || NEW.id));
  RETURN NULL;
END
$$;
CREATE TRIGGER note_revisions_case_checksum AFTER INSERT ON note_revisions
  FOR EACH ROW EXECUTE FUNCTION track_revision_checksum();

-- One statement per batch of change-log rows (record_changes inserts a push's rows at once).
CREATE FUNCTION track_case_last_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_sync_state AS s (case_id, org_id, last_seq)
  SELECT case_id, min(org_id::text)::uuid, max(seq) FROM new_changes
  WHERE entity <> 'assignment' GROUP BY case_id
  ON CONFLICT (case_id) DO UPDATE SET last_seq = greatest(s.last_seq, EXCLUDED.last_seq);
  RETURN NULL;
END
$$;
CREATE TRIGGER change_log_case_last_seq AFTER INSERT ON change_log
  REFERENCING NEW TABLE AS new_changes FOR EACH STATEMENT EXECUTE FUNCTION track_case_last_seq();

INSERT INTO case_sync_state (case_id, org_id, checksum, last_seq)
SELECT i.case_id, min(i.org_id::text)::uuid, bit_xor(i.h),
  coalesce((SELECT max(c.seq) FROM change_log c
            WHERE c.case_id = i.case_id AND c.entity <> 'assignment'), 0)
FROM (
  SELECT case_id, org_id, sync_item_hash('e|' || id || '|' || version) AS h
  FROM entities WHERE deleted_at IS NULL
  UNION ALL
  SELECT case_id, org_id, sync_item_hash('r|' || id) FROM note_revisions
) i
GROUP BY i.case_id;
