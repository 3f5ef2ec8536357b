/**
 * What a server restore took that no laptop held any more (issue 21, docs/sync.md "Server
 * restores in the simulation"). Work accepted after the backup comes back from the laptops that
 * hold it: its author's acknowledged entries, or any laptop's copy (restore from peers). Work
 * whose case left its author's laptop before the restore (entries and key purged with the case,
 * docs/sync.md guarantee 7), and that no other laptop had pulled, is held by no device: nothing can
 * send it back. Its author's laptop counts it as `missing` and says so on the Sync page.
 *
 * The run exempts exactly that class, and only as far as the author's count covers it: a saved
 * revision or a written value the server lacks at rest, that no laptop still allowed on its case
 * at rest held at the moment of the restore (revision, document, base, outbox or conflict copy;
 * a laptop whose case left with the restore cannot send it back), by a laptop whose recovery counted
 * at least as many changes missing as there are such records (writes to one record between two
 * syncs share one outbox entry). Anything a laptop held at the restore and the server lacks at rest
 * is still a violation: that is what recovery must bring back.
 */
import { isJsonObject, jsonEqual, type JsonValue } from '@core/sync/json-value';
import type { ClientSnapshot } from './snapshots';
import type { Violation } from './violation';
import type { WriteRecord } from './write-log';

export interface HeldAtRestore {
  /** Per revision id: the users whose laptops held it. */
  revisions: Map<string, string[]>;
  /** Per entity id: every copy a laptop held (document, base, outbox, conflict rows), by user. */
  copies: Map<string, { userId: string; copy: unknown }[]>;
}

export function heldAtRestore(laptops: readonly ClientSnapshot[]): HeldAtRestore {
  const held: HeldAtRestore = { revisions: new Map(), copies: new Map() };
  for (const laptop of laptops) {
    const { userId } = laptop;
    const add = (id: string, copy: unknown) =>
      held.copies.set(id, [...(held.copies.get(id) ?? []), { userId, copy }]);
    for (const r of laptop.revisions)
      held.revisions.set(r.id, [...(held.revisions.get(r.id) ?? []), userId]);
    for (const d of laptop.docs) add(d.id, [d.doc, d.base]);
    for (const c of laptop.conflicts) add(String(c['entityId']), c);
    for (const e of laptop.outbox) add(e.entityId, [e.patch, e.body ?? null]);
  }
  return held;
}

function contains(value: unknown, wanted: JsonValue): boolean {
  if (jsonEqual(value as JsonValue, wanted)) return true;
  if (Array.isArray(value)) return value.some((v) => contains(v, wanted));
  if (isJsonObject(value as JsonValue))
    return Object.values(value as object).some((v) => contains(v, wanted));
  return false;
}

const LOST_REVISION = 'saved revision missing on the server';
const LOST_VALUES = new Set([
  'value overwritten by someone who had not seen it, with no conflict record shown to a person',
  'written value never reached the server',
]);

/**
 * The author laptop of an item the server lacks at rest, if no laptop that may still see its case
 * (and so could send it back) held it at the restore; otherwise null. A laptop whose case left
 * with the restore (the supervisor's assignments made again) cannot send it back: it is not
 * counted as holding it.
 */
function heldNowhere(
  v: Violation,
  held: HeldAtRestore,
  writes: readonly WriteRecord[],
  allows: (userId: string, caseId: string) => boolean,
): string | null {
  const caseId = v.ids['case'] ?? '';
  if (v.invariant === 'I1' && v.problem === LOST_REVISION) {
    const holders = held.revisions.get(v.ids['revision'] ?? '') ?? [];
    return holders.some((userId) => allows(userId, caseId)) ? null : (v.ids['savedOn'] ?? null);
  }
  if (v.invariant !== 'I5' || !LOST_VALUES.has(v.problem)) return null;
  const write = writes.find(
    (w) =>
      w.client === v.ids['laptop'] &&
      String(w.step) === v.ids['step'] &&
      w.entityId === v.ids['id'] &&
      w.path === v.ids['path'],
  );
  if (!write || write.value === undefined) return null;
  const copies = held.copies.get(write.entityId) ?? [];
  const kept = copies.some((c) => allows(c.userId, write.caseId) && contains(c.copy, write.value!));
  return kept ? null : write.client;
}

/**
 * Splits the violations into those that stand and those lost with a case that left its author's
 * laptop before a restore (held by no laptop then, within the author's own count of missing work).
 */
export function lostWithLeavingCases(
  violations: readonly Violation[],
  held: HeldAtRestore | null,
  writes: readonly WriteRecord[],
  laptops: readonly ClientSnapshot[],
  allows: (userId: string, caseId: string) => boolean,
): { standing: Violation[]; lost: Violation[] } {
  if (!held) return { standing: [...violations], lost: [] };
  const byAuthor = new Map<string, Violation[]>();
  for (const v of violations) {
    const author = heldNowhere(v, held, writes, allows);
    if (author) byAuthor.set(author, [...(byAuthor.get(author) ?? []), v]);
  }
  const lost = new Set<Violation>();
  for (const [author, items] of byAuthor) {
    const missing = laptops.find((l) => l.name === author)?.state.recovery?.missing ?? 0;
    // Writes to one record between two syncs share an outbox entry: at least one entry per record.
    const records = new Set(items.map((v) => v.ids['revision'] ?? v.ids['id']));
    if (records.size <= missing) items.forEach((v) => lost.add(v));
  }
  return { standing: violations.filter((v) => !lost.has(v)), lost: [...lost] };
}
