/**
 * Brings the run to rest: the server up and no kill armed, every network clean and online, stale
 * copies delivered, then rounds of "every laptop syncs" (attorneys confirming removals the
 * fail-safe held) until one round changes nothing: no outbox had work, no cursor moved, and the
 * server's change log did not grow.
 */
import { readDocumentSyncState } from '../../renderer/src/db/document-sync-store';
import { readSyncState } from '../../renderer/src/db/sync-state';
import type { FaultProxy } from './fault-proxy';
import { syncOnce, type GatedClient } from './sim-client';
import type { SimServer } from './sim-server';
import { violation, type Violation } from './violation';

const MAX_ROUNDS = 10;

async function changeLogHead(server: SimServer): Promise<number> {
  const { rows } = await server.query<{ seq: number | null }>(
    'SELECT max(seq) AS seq FROM change_log',
  );
  return rows[0]?.seq ?? 0;
}

export async function quiesce(
  server: SimServer,
  clients: readonly GatedClient[],
  proxies: readonly FaultProxy[],
): Promise<{ rounds: number; violations: Violation[] }> {
  server.disarm();
  if (server.isDown) await server.restart();
  for (const proxy of proxies) {
    proxy.faultsEnabled = false;
    proxy.online = true;
  }
  for (const proxy of proxies) await proxy.flushStaleCopies();

  for (let round = 1; round <= MAX_ROUNDS; round += 1) {
    const head = await changeLogHead(server);
    let moved = false;
    for (const client of clients) {
      const engine = client.device.engine;
      const status = engine.status.get();
      if (status.phase === 'signedOut' && status.errorCode === 'unauthorized') {
        // Signed out by the server (e.g. a lost refresh answer retried after the grace): the
        // attorney signs in again, and everything this laptop holds must still arrive.
        await client.device.signInAgain();
        client.signInsAgain += 1;
        moved = true;
      }
      const before = await readSyncState(client.device.db);
      const documentsBefore = await readDocumentSyncState(client.device.db);
      const countsBefore = await engine.refreshCounts();
      const pendingBefore = countsBefore.pending + countsBefore.documentsWaiting;
      await syncOnce(client);
      if ((await engine.refreshCounts()).heldRevocations > 0) {
        await engine.confirmHeldRevocations();
        moved = true;
      }
      const after = await readSyncState(client.device.db);
      const documentsAfter = await readDocumentSyncState(client.device.db);
      if (
        pendingBefore > 0 ||
        after.cursor !== before.cursor ||
        documentsAfter.cursor !== documentsBefore.cursor
      )
        moved = true;
    }
    if (!moved && (await changeLogHead(server)) === head) {
      const violations = clients
        .filter((c) => c.device.engine.status.get().phase !== 'idle')
        .map((c) => {
          const status = c.device.engine.status.get();
          return violation('Q', `engine ${status.phase} (${status.errorCode ?? 'no code'})`, {
            laptop: c.name,
          });
        });
      return { rounds: round, violations };
    }
  }
  const phases = clients
    .map((c) => {
      const status = c.device.engine.status.get();
      return `${c.name} ${status.phase}${status.errorCode ? `/${status.errorCode}` : ''}`;
    })
    .join(', ');
  return {
    rounds: MAX_ROUNDS,
    violations: [violation('Q', `no rest after ${MAX_ROUNDS} rounds of syncing (${phases})`, {})],
  };
}
