/**
 * C: at rest, every case on a laptop has the server's state checksum (a laptop computing it as
 * the app does, `localCaseChecksum`); every difference the laptop's engine found was in a case the
 * simulation damaged (no false alarm), and none was left unrepaired.
 */
import { localCaseChecksum } from '../../renderer/src/db/sync-checksum';
import { readSyncState } from '../../renderer/src/db/sync-state';
import type { Access } from './invariants';
import type { SimClient } from './sim-client';
import type { SimServer } from './sim-server';
import { violation, type Violation } from './violation';

export async function checkChecksums(
  server: SimServer,
  clients: readonly SimClient[],
  access: Access,
): Promise<{ violations: Violation[]; found: number; damaged: number }> {
  const found: Violation[] = [];
  const { rows } = await server.query<{ caseId: string; checksum: string }>(
    `SELECT case_id AS "caseId", to_hex(checksum) AS checksum FROM case_sync_state`,
  );
  const onServer = new Map(rows.map((r) => [r.caseId, r.checksum]));
  let detected = 0;
  let damaged = 0;
  for (const client of clients) {
    const db = client.device.db;
    damaged += client.damaged.size;
    const cases = new Set((await db.docs.toArray()).map((d) => d.caseId));
    for (const caseId of cases) {
      if (!access.allows(client.userId, caseId)) continue;
      const local = await localCaseChecksum(db, caseId);
      if (local !== null && local !== (onServer.get(caseId) ?? '0'))
        found.push(
          violation('C', "case differs from the server's checksum at rest", {
            laptop: client.name,
            case: caseId,
          }),
        );
    }
    const record = (await readSyncState(db)).checksum;
    detected += record.mismatches;
    if (record.unrepaired > 0)
      found.push(
        violation('C', `${record.unrepaired} difference(s) found and not repaired`, {
          laptop: client.name,
        }),
      );
    for (const caseId of record.recentCases) {
      if (!client.damaged.has(caseId))
        found.push(
          violation('C', 'checksum difference found in a case nothing damaged', {
            laptop: client.name,
            case: caseId,
            differed: client.checksumDifferences.get(caseId)?.join(' ') || undefined,
          }),
        );
    }
  }
  return { violations: found, found: detected, damaged };
}
