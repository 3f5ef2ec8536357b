/** Everything the invariants compare, read once after quiescence: the server's tables and each laptop's. */
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { readSyncState, type SyncState } from '../../renderer/src/db/sync-state';
import type { DocumentRow, NoteRevisionRow, OutboxRow } from '../../renderer/src/db/rows';
import type { SimClient } from './sim-client';
import type { SimServer } from './sim-server';

export interface ServerSnapshot {
  entities: {
    id: string;
    caseId: string;
    entity: string;
    doc: JsonObject;
    version: number;
    deleted: boolean;
  }[];
  revisions: { id: string; caseId: string; noteId: string; doc: JsonObject }[];
  assignments: { caseId: string; userId: string }[];
  users: { id: string; role: string }[];
  deviceMutations: { deviceId: string; seq: number; mutationId: string; status: string }[];
  changes: {
    seq: number;
    entity: string;
    entityId: string;
    version: number;
    op: string;
    mutationId: string | null;
  }[];
  conflicts: {
    id: string;
    caseId: string;
    entityId: string;
    fieldPath: string;
    kind: string;
    status: string;
    serverValue: { v: JsonValue } | null;
    clientValue: { v: JsonValue } | null;
    mutationId: string;
    /** Who made the value a change replaced (null when unknown), and who replaced it. */
    serverActorId: string | null;
    clientActorId: string;
    /** Set when it was closed; `resolvedBy` is the person who chose (null: nobody did). */
    resolvedAt: string | null;
    resolvedBy: string | null;
  }[];
  quarantine: {
    deviceId: string;
    mutationId: string;
    seq: number;
    reason: string;
    entity: string | null;
    caseId: string | null;
    payload: JsonObject;
  }[];
  devices: { id: string; userId: string; lastAckedSeq: number }[];
}

export async function serverSnapshot(server: SimServer): Promise<ServerSnapshot> {
  const rows = async <T>(sql: string) => (await server.query<T>(sql)).rows;
  return {
    entities: await rows(
      `SELECT id, case_id AS "caseId", entity, doc, version, deleted_at IS NOT NULL AS deleted
       FROM entities ORDER BY id`,
    ),
    revisions: await rows(
      `SELECT id, case_id AS "caseId", note_id AS "noteId", doc FROM note_revisions ORDER BY id`,
    ),
    assignments: await rows(`SELECT case_id AS "caseId", user_id AS "userId" FROM assignments`),
    users: await rows(`SELECT id, role FROM users`),
    deviceMutations: await rows(
      `SELECT device_id AS "deviceId", seq, mutation_id AS "mutationId", status
       FROM device_mutations ORDER BY device_id, seq`,
    ),
    changes: await rows(
      `SELECT seq, entity, entity_id AS "entityId", version, op, mutation_id AS "mutationId"
       FROM change_log ORDER BY seq`,
    ),
    conflicts: await rows(
      `SELECT id, case_id AS "caseId", entity_id AS "entityId", field_path AS "fieldPath", kind,
         status, server_value AS "serverValue", client_value AS "clientValue",
         mutation_id AS "mutationId", server_actor_id AS "serverActorId",
         client_actor_id AS "clientActorId", resolved_at AS "resolvedAt",
         resolved_by AS "resolvedBy"
       FROM conflicts ORDER BY created_at, id`,
    ),
    quarantine: await rows(
      `SELECT device_id AS "deviceId", mutation_id AS "mutationId", seq, reason, entity,
         case_id AS "caseId", payload FROM quarantined_mutations ORDER BY created_at, id`,
    ),
    devices: await rows(
      `SELECT id, user_id AS "userId", last_acked_seq AS "lastAckedSeq" FROM devices`,
    ),
  };
}

export interface ClientSnapshot {
  name: string;
  userId: string;
  state: SyncState;
  docs: DocumentRow[];
  revisions: NoteRevisionRow[];
  outbox: OutboxRow[];
  quarantine: ({ id: string; caseId: string } & Record<string, unknown>)[];
  conflicts: ({ id: string; caseId: string } & Record<string, unknown>)[];
  drafts: { id: string; caseId: string }[];
  /** Ids of the wrapped keys stored (`case:<id>` per case). */
  keyIds: string[];
}

export async function clientSnapshot(client: SimClient): Promise<ClientSnapshot> {
  const db = client.device.db;
  return {
    name: client.name,
    userId: client.userId,
    state: await readSyncState(db),
    docs: await db.docs.toArray(),
    revisions: await db.noteRevisions.toArray(),
    outbox: await db.outbox.toArray(),
    quarantine: await db.quarantine.toArray(),
    conflicts: await db.conflicts.toArray(),
    drafts: await db.drafts.toArray(),
    keyIds: (await db.keys.toCollection().primaryKeys()).map(String),
  };
}
