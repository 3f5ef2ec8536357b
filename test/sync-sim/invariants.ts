/**
 * The invariants checked after quiescence (SYNC-RESEARCH §7): saved revisions everywhere (I1),
 * the same documents everywhere (I2), outboxes empty (I4) and no case where it does not belong
 * (I6). Exactly-once (I3) and divergent writes (I5) have files of their own.
 */
import type { JsonObject } from '@core/sync/json-value';
import { jsonEqual } from '@core/sync/json-value';
import { caseKeyId } from '../../renderer/src/db/crypto/keyring';
import type { NoteRevisionRow } from '../../renderer/src/db/rows';
import type { SavedRevision, SimClient } from './sim-client';
import type { ClientSnapshot, ServerSnapshot } from './snapshots';
import { violation, type Violation } from './violation';

export class Access {
  private readonly assigned = new Set<string>();
  private readonly supervisors = new Set<string>();

  constructor(server: ServerSnapshot) {
    for (const a of server.assignments) this.assigned.add(`${a.caseId}|${a.userId}`);
    for (const u of server.users) if (u.role === 'supervisor') this.supervisors.add(u.id);
  }

  allows(userId: string, caseId: string): boolean {
    return this.supervisors.has(userId) || this.assigned.has(`${caseId}|${userId}`);
  }
}

function revisionDoc(row: NoteRevisionRow): JsonObject {
  const { sealed: _sealed, serverSeq: _serverSeq, ...doc } = row;
  return doc as unknown as JsonObject;
}

/**
 * A laptop restored from a backup taken while a revision was being typed, and typed into it again
 * after the restore: the revision holds the text this laptop saved under it before the restore
 * (what the server has), and the text saved after it is there too, inside that text or as a fork
 * of the same note (renderer/src/db/sync-superseded.ts). Nothing was lost; only its id changed.
 */
function keptAfterRestore(
  saved: SavedRevision,
  row: ServerSnapshot['revisions'][number],
  server: ServerSnapshot,
): boolean {
  const body = row.doc['body'];
  if (typeof body !== 'string' || !saved.earlierBodies.includes(body)) return false;
  return (
    body.startsWith(saved.body) ||
    server.revisions.some(
      (r) =>
        r.noteId === saved.noteId &&
        r.id !== saved.revisionId &&
        r.doc['body'] === saved.body &&
        r.doc['state'] === saved.state,
    )
  );
}

/** I1: every revision a laptop showed as saved is on the server and every authorised laptop. */
export function checkSavedRevisions(
  clients: readonly SimClient[],
  server: ServerSnapshot,
  laptops: readonly ClientSnapshot[],
  access: Access,
): Violation[] {
  const found: Violation[] = [];
  const onServer = new Map(server.revisions.map((r) => [r.id, r]));
  const quarantined = new Map(server.quarantine.map((q) => [String(q.payload['entityId']), q]));
  for (const client of clients) {
    for (const saved of client.saved.values()) {
      const ids = {
        revision: saved.revisionId,
        note: saved.noteId,
        case: saved.caseId,
        savedOn: client.name,
      };
      const row = onServer.get(saved.revisionId);
      if (!row) {
        const held = quarantined.get(saved.revisionId);
        found.push(
          violation(
            'I1',
            held
              ? `saved revision only in the server's quarantine (${held.reason})`
              : 'saved revision missing on the server',
            ids,
          ),
        );
        continue;
      }
      const rehomed = client.restores > 0 && keptAfterRestore(saved, row, server);
      if (!rehomed && (row.doc['body'] !== saved.body || row.doc['state'] !== saved.state))
        found.push(violation('I1', 'saved revision differs on the server', ids));
      const expected = rehomed ? row.doc['body'] : saved.body;
      for (const laptop of laptops) {
        if (!access.allows(laptop.userId, saved.caseId)) continue;
        const local = laptop.revisions.find((r) => r.id === saved.revisionId);
        if (!local)
          found.push(
            violation('I1', 'saved revision missing on a laptop', { ...ids, laptop: laptop.name }),
          );
        else if (local.body !== expected)
          found.push(
            violation('I1', 'saved revision differs on a laptop', { ...ids, laptop: laptop.name }),
          );
      }
    }
  }
  return found;
}

/** I2: documents and revisions of every case are the same on the server and each authorised laptop. */
export function checkConvergence(
  server: ServerSnapshot,
  laptops: readonly ClientSnapshot[],
  access: Access,
): Violation[] {
  const found: Violation[] = [];
  for (const laptop of laptops) {
    const docs = new Map(laptop.docs.map((d) => [d.id, d]));
    const revisions = new Map(laptop.revisions.map((r) => [r.id, r]));
    for (const entity of server.entities) {
      if (!access.allows(laptop.userId, entity.caseId)) continue;
      const ids = {
        laptop: laptop.name,
        case: entity.caseId,
        entity: entity.entity,
        id: entity.id,
      };
      const local = docs.get(entity.id);
      if (entity.deleted) {
        if (local) found.push(violation('I2', 'deleted on the server, still on the laptop', ids));
        continue;
      }
      if (!local) found.push(violation('I2', 'document missing on the laptop', ids));
      else if (local.deleted)
        found.push(
          violation('I2', 'document alive on the server, hidden as deleted on the laptop', ids),
        );
      else if (local.version !== entity.version)
        found.push(
          violation(
            'I2',
            `version ${local.version} on the laptop, ${entity.version} on the server`,
            ids,
          ),
        );
      else if (!jsonEqual(local.doc, entity.doc) || !jsonEqual(local.base, entity.doc))
        found.push(violation('I2', 'document differs from the server', ids));
    }
    const serverIds = new Set(server.entities.map((e) => e.id));
    for (const local of laptop.docs) {
      if (!serverIds.has(local.id))
        found.push(
          violation('I2', 'document on the laptop unknown to the server', {
            laptop: laptop.name,
            case: local.caseId,
            id: local.id,
          }),
        );
    }
    for (const revision of server.revisions) {
      if (!access.allows(laptop.userId, revision.caseId)) continue;
      const local = revisions.get(revision.id);
      const ids = {
        laptop: laptop.name,
        case: revision.caseId,
        note: revision.noteId,
        revision: revision.id,
      };
      if (!local) found.push(violation('I2', 'revision missing on the laptop', ids));
      else if (!jsonEqual(revisionDoc(local), revision.doc))
        found.push(violation('I2', 'revision differs from the server', ids));
    }
    const serverRevisions = new Set(server.revisions.map((r) => r.id));
    for (const local of laptop.revisions) {
      if (!serverRevisions.has(local.id))
        found.push(
          violation('I2', 'revision on the laptop unknown to the server', {
            laptop: laptop.name,
            case: local.caseId,
            revision: local.id,
          }),
        );
    }
    const cases = new Set([...laptop.docs, ...laptop.revisions].map((row) => row.caseId));
    for (const caseId of cases) {
      if (!laptop.keyIds.includes(caseKeyId(caseId)))
        found.push(
          violation(
            'I2',
            "case records stored without the case's key (unreadable after the next unlock)",
            { laptop: laptop.name, case: caseId },
          ),
        );
    }
  }
  return found;
}

/** I4: nothing waits in an outbox; fail-safe holds and pending removals are done. */
export function checkOutboxes(laptops: readonly ClientSnapshot[]): Violation[] {
  const found: Violation[] = [];
  for (const laptop of laptops) {
    for (const row of laptop.outbox) {
      found.push(
        violation(
          'I4',
          `outbox entry left (${row.state}, ${row.seq === null ? 'unsent' : `seq ${row.seq}`})`,
          {
            laptop: laptop.name,
            case: row.caseId,
            entity: row.entity,
            id: row.entityId,
            mutation: row.mutationId,
          },
        ),
      );
    }
    for (const caseId of [...laptop.state.heldRevocations, ...laptop.state.removalPending])
      found.push(
        violation('I4', 'case removal still waiting', { laptop: laptop.name, case: caseId }),
      );
  }
  return found;
}

/**
 * I4 on the server: every operation of the simulation is valid and authorised, so anything in
 * the quarantine is an attorney's work that never took effect. It is listed with its reason.
 */
export function checkQuarantine(server: ServerSnapshot): Violation[] {
  return server.quarantine.map((q) =>
    violation('I4', `a valid, authorised change was quarantined (${q.reason})`, {
      device: q.deviceId,
      case: q.caseId ?? undefined,
      entity: q.entity ?? undefined,
      mutation: q.mutationId,
    }),
  );
}

/** I6: every row and key on a laptop belongs to a case its attorney is assigned to now. */
export function checkNoLeaks(laptops: readonly ClientSnapshot[], access: Access): Violation[] {
  const found: Violation[] = [];
  for (const laptop of laptops) {
    const tables = {
      docs: laptop.docs,
      noteRevisions: laptop.revisions,
      outbox: laptop.outbox,
      quarantine: laptop.quarantine,
      conflicts: laptop.conflicts,
      drafts: laptop.drafts,
    };
    for (const [table, rows] of Object.entries(tables)) {
      const cases = new Set(rows.map((row) => row.caseId));
      for (const caseId of cases) {
        if (!access.allows(laptop.userId, caseId))
          found.push(
            violation('I6', `unassigned case's rows left in ${table}`, {
              laptop: laptop.name,
              case: caseId,
            }),
          );
      }
    }
    for (const keyId of laptop.keyIds) {
      if (keyId.startsWith('case:') && !access.allows(laptop.userId, keyId.slice(5)))
        found.push(
          violation('I6', "unassigned case's key left", {
            laptop: laptop.name,
            case: keyId.slice(5),
          }),
        );
    }
  }
  return found;
}
