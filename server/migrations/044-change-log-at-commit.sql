-- A transaction's change-log rows are drawn at its COMMIT (issue 20: push throughput). Before, a
-- push called record_changes as its last statement, so the organisation's advisory lock was held
-- from that call across a round trip to the server process (and however long its event loop took
-- to send COMMIT) to the end of the commit: with many laptops pushing at once the organisation's
-- commits queued behind the slowest event loop. Now recordChanges inserts one pending row, and a
-- deferred constraint trigger moves it into change_log while the transaction commits, taking the
-- same lock there: it is held only for the insert and the commit's WAL flush, and seq order is
-- still commit order (the lock is released after the commit is flushed and visible).
-- Unlogged: a pending row lives only inside its transaction (the trigger deletes it).
CREATE UNLOGGED TABLE change_log_pending (
  org_id uuid NOT NULL,
  changes jsonb NOT NULL
);

CREATE FUNCTION record_pending_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_changes(NEW.org_id, NEW.changes);
  DELETE FROM change_log_pending WHERE ctid = NEW.ctid;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER change_log_pending_at_commit AFTER INSERT ON change_log_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_pending_changes();
