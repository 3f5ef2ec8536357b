/**
 * I3, read from the server's own books: each mutation settled once (other copies are recorded as
 * duplicates), each device's settled seqs gap-free, each mutation's effect logged once, and each
 * document's versions exactly 1..version with one change-log row apiece.
 */
import type { ServerSnapshot } from './snapshots';
import { violation, type Violation } from './violation';

/**
 * After the change log was pruned (`pruned`), an entity's logged versions are the newest ones
 * only: they must still run without a gap or a repeat up to its version, and a revision is logged
 * once at most.
 */
export function checkExactlyOnce(server: ServerSnapshot, pruned = false): Violation[] {
  const found: Violation[] = [];

  const settled = new Map<string, number>();
  for (const row of server.deviceMutations) {
    if (row.status === 'duplicate') continue;
    settled.set(row.mutationId, (settled.get(row.mutationId) ?? 0) + 1);
  }
  for (const [mutationId, times] of settled) {
    if (times > 1)
      found.push(violation('I3', `mutation settled ${times} times`, { mutation: mutationId }));
  }

  for (const device of server.devices) {
    const seqs = server.deviceMutations.filter((r) => r.deviceId === device.id).map((r) => r.seq);
    const gapFree = seqs.every((seq, index) => seq === index + 1);
    if (!gapFree || seqs.length !== device.lastAckedSeq)
      found.push(
        violation('I3', `settled seqs not 1..${device.lastAckedSeq} (${seqs.length} rows)`, {
          device: device.id,
        }),
      );
  }

  const effects = new Map<string, number>();
  for (const change of server.changes) {
    if (change.mutationId === null) continue;
    effects.set(change.mutationId, (effects.get(change.mutationId) ?? 0) + 1);
  }
  const recorded = new Set(
    server.deviceMutations.filter((r) => r.status !== 'duplicate').map((r) => r.mutationId),
  );
  for (const [mutationId, times] of effects) {
    if (times > 1)
      found.push(violation('I3', `mutation took effect ${times} times`, { mutation: mutationId }));
    if (!recorded.has(mutationId))
      found.push(
        violation('I3', 'effect without a settled device mutation', { mutation: mutationId }),
      );
  }

  const versions = new Map<string, number[]>();
  for (const change of server.changes) {
    if (change.entity === 'assignment') continue;
    versions.set(change.entityId, [...(versions.get(change.entityId) ?? []), change.version]);
  }
  for (const entity of server.entities) {
    const logged = versions.get(entity.id) ?? [];
    const from = pruned ? entity.version - logged.length + 1 : 1;
    const expected = Array.from({ length: entity.version - from + 1 }, (_, i) => from + i);
    if (logged.length !== expected.length || logged.some((v, i) => v !== expected[i]))
      found.push(
        violation(
          'I3',
          `change log has versions [${logged.join(',')}] for version ${entity.version}`,
          {
            case: entity.caseId,
            entity: entity.entity,
            id: entity.id,
          },
        ),
      );
  }
  for (const revision of server.revisions) {
    const logged = versions.get(revision.id)?.length ?? 0;
    if (logged !== 1 && !(pruned && logged === 0))
      found.push(
        violation('I3', `revision logged ${logged} times`, {
          case: revision.caseId,
          revision: revision.id,
        }),
      );
  }
  return found;
}
