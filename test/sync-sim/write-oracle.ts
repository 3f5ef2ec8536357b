/**
 * I5: no silent last writer wins. Each unique value an attorney wrote must end up in one of:
 * the server's document; the view of someone who then changed or removed it knowingly (their
 * "seen" value is exactly it); a conflict record (as the client's or the server's side); or the
 * quarantine (listed under I4). Anything else was overwritten or deleted by someone who never
 * saw it, without a trace.
 */
import { getAtPath } from '@core/sync/document-patch';
import { isPathPrefix } from '@core/sync/field-path';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { isJsonObject, jsonEqual } from '@core/sync/json-value';
import type { Access } from './invariants';
import type { ClientSnapshot, ServerSnapshot } from './snapshots';
import { violation, type Violation } from './violation';
import type { WriteRecord } from './write-log';

type ServerConflict = ServerSnapshot['conflicts'][number];

/** Waiting for a person: open, or a replaced value nobody has acknowledged yet. */
function awaitsPerson(c: ServerConflict): boolean {
  return (
    c.status === 'open' ||
    (c.kind === 'overwritten' && c.status === 'auto_resolved' && c.resolvedAt === null)
  );
}

/**
 * A record that keeps a value *visibly*: it waits for a person, or a person closed it. A record
 * closed by nobody (auto-resolved and done) is a trace nobody is shown: a silent overwrite.
 */
function keepsVisibly(c: ServerConflict): boolean {
  return awaitsPerson(c) || (c.status === 'resolved' && c.resolvedBy !== null);
}

/** `path` relative to `prefix` ('' is the whole document), or null when it is not inside. */
function inside(prefix: string, path: string): string | null {
  if (prefix === '') return path;
  if (prefix === path) return '';
  return isPathPrefix(prefix, path) ? path.slice(prefix.length + 1) : null;
}

function valueWithin(container: JsonValue | undefined, containerPath: string, path: string) {
  const rest = inside(containerPath, path);
  if (rest === null || container === undefined) return undefined;
  return rest === '' ? container : getAtPath(container, rest);
}

/** Did the attorney behind `later` see `write`'s value before changing or removing it? */
function sawIt(later: WriteRecord, write: WriteRecord): boolean {
  if (later.entityId !== write.entityId) return false;
  if (later.kind === 'set') return later.path === write.path && jsonEqual(later.seen, write.value);
  if (inside(later.path, write.path) === null || !isJsonObject(later.seen)) return false;
  return jsonEqual((later.seen as JsonObject)[write.path], write.value);
}

/** Does a quarantined mutation carry this value for this field? */
function carries(payload: JsonObject, write: WriteRecord): boolean {
  if (payload['entityId'] !== write.entityId) return false;
  const patch = (payload['patch'] ?? { set: {} }) as {
    set: Record<string, JsonValue>;
    ops?: { op: string; path: string; item?: JsonObject }[];
  };
  const candidates: (JsonValue | undefined)[] = [];
  for (const [path, value] of Object.entries(patch.set))
    candidates.push(valueWithin(value, path, write.path));
  for (const op of patch.ops ?? []) {
    if (op.op === 'add' && op.item)
      candidates.push(valueWithin(op.item, `${op.path}/${String(op.item['id'])}`, write.path));
  }
  if (isJsonObject(payload['body'])) candidates.push(getAtPath(payload['body'], write.path));
  return candidates.some((value) => jsonEqual(value, write.value));
}

export function checkDivergentWrites(
  records: readonly WriteRecord[],
  server: ServerSnapshot,
): Violation[] {
  const found: Violation[] = [];
  const entities = new Map(server.entities.map((e) => [e.id, e]));
  const conflictsOf = new Map<string, ServerSnapshot['conflicts']>();
  for (const c of server.conflicts)
    conflictsOf.set(c.entityId, [...(conflictsOf.get(c.entityId) ?? []), c]);

  records.forEach((write, index) => {
    if (write.kind !== 'set' || !write.unique) return;
    const entity = entities.get(write.entityId);
    if (entity && !entity.deleted && jsonEqual(getAtPath(entity.doc, write.path), write.value))
      return;
    if (records.some((later, i) => i > index && sawIt(later, write))) return;
    const recorded = (conflictsOf.get(write.entityId) ?? []).some(
      (c) =>
        keepsVisibly(c) &&
        (jsonEqual(valueWithin(c.clientValue?.v, c.fieldPath, write.path), write.value) ||
          jsonEqual(valueWithin(c.serverValue?.v, c.fieldPath, write.path), write.value)),
    );
    if (recorded) return;
    if (server.quarantine.some((q) => carries(q.payload, write))) return;
    found.push(
      violation(
        'I5',
        !entity
          ? 'written value never reached the server'
          : entity.deleted
            ? 'value lost to a delete by someone who had not seen it'
            : 'value overwritten by someone who had not seen it, with no conflict record shown to a person',
        {
          laptop: write.client,
          step: write.step,
          case: write.caseId,
          entity: write.entity,
          id: write.entityId,
          path: write.path,
        },
      ),
    );
  });
  return found;
}

/**
 * I5 for notes: forks are kept (every revision reaches everyone, checked by I1 and I2), and a
 * fork ends only by the attorney's choice in Review. Finalising a forked note makes one revision
 * with every head as a parent: a head whose text is not in it was dropped without that choice.
 */
export function checkFinalisedForks(server: ServerSnapshot): Violation[] {
  const found: Violation[] = [];
  const byId = new Map(server.revisions.map((r) => [r.id, r]));
  for (const revision of server.revisions) {
    const parents = (revision.doc['parentIds'] as string[] | undefined) ?? [];
    if (revision.doc['state'] !== 'final' || parents.length < 2) continue;
    const body = String(revision.doc['body']);
    for (const parentId of parents) {
      const parent = byId.get(parentId);
      if (!parent || body.includes(String(parent.doc['body']))) continue;
      found.push(
        violation('I5', "a forked note was finalised without one version's text", {
          case: revision.caseId,
          note: revision.noteId,
          final: revision.id,
          dropped: parentId,
        }),
      );
    }
  }
  return found;
}

/**
 * I5 for ordinary fields: a later push replaced a value made concurrently (the server's order
 * decides, so one value must give way), and that is never silent. Every replaced value is on the
 * laptops of both its authors (the person whose value was replaced and the person whose change
 * replaced it), wherever they may see the case, for them to keep or restore in Review: open
 * there while it waits for a person (a copy marked closed is not shown as needing anyone).
 */
export function checkReplacedValuesShown(
  server: ServerSnapshot,
  laptops: readonly ClientSnapshot[],
  access: Access,
): Violation[] {
  const found: Violation[] = [];
  for (const conflict of server.conflicts) {
    if (conflict.kind !== 'overwritten') continue;
    const authors = new Set([conflict.serverActorId, conflict.clientActorId]);
    for (const laptop of laptops) {
      if (!authors.has(laptop.userId) || !access.allows(laptop.userId, conflict.caseId)) continue;
      const copy = laptop.conflicts.find((c) => c.id === conflict.id);
      if (copy && (!awaitsPerson(conflict) || copy['status'] === 'open')) continue;
      found.push(
        violation('I5', "a replaced value is not shown on its author's laptop", {
          laptop: laptop.name,
          case: conflict.caseId,
          id: conflict.entityId,
          path: conflict.fieldPath,
          conflict: conflict.id,
        }),
      );
    }
  }
  return found;
}
