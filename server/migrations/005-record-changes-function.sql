-- Appends change-log rows in one round trip. The advisory lock comes first, inside the function,
-- so every seq is drawn while holding it (see change-log-repository.ts for why that matters).
CREATE FUNCTION record_changes(p_org uuid, p_rows jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_org::text, 0));
  INSERT INTO change_log (seq, org_id, entity, entity_id, case_id, version, op, target_user_id,
    actor_id, device_id, mutation_id)
  SELECT nextval('change_seq'), p_org, r.entity, r."entityId", r."caseId", r.version, r.op,
    r."targetUserId", r."actorId", r."deviceId", r."mutationId"
  FROM jsonb_to_recordset(p_rows) AS r(entity text, "entityId" uuid, "caseId" uuid, version bigint,
    op text, "targetUserId" uuid, "actorId" uuid, "deviceId" uuid, "mutationId" uuid);
END
$$;
