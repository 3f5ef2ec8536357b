/**
 * Documents under the run's faults (issue 21): some documents span two chunks (1 MiB each on the
 * server; one of a single chunk goes up in one request), so the proxy's faults hit an upload part
 * way: a chunk lost, sent twice, or replayed late after newer ones (reordered), a commit's answer
 * lost. And the server is killed mid-upload: with some chunks stored and others not (between
 * chunks), or inside the transaction of the commit or of a one-request upload. At rest I2 holds for documents (document-invariants.ts): every document the server
 * has is whole, with the SHA-256 it was sent with, on the server and every laptop allowed to see
 * it; none half-stored, none corrupt. Draws from a random stream of its own.
 */
import type { Prng } from './prng';
import { syncOnce, type GatedClient } from './sim-client';
import type { SimServer } from './sim-server';
import { CHUNK_PATH, COMMIT_PATH, WHOLE_PATH } from './upload-paths';

/** Chance per step, on a laptop with a document waiting to go up, that the server dies mid-upload. */
export const UPLOAD_KILL_RATE = 0.08;

/** Share of added documents that span two chunks (1 MiB and a bit more). */
export const LARGE_DOCUMENT_SHARE = 0.2;

export type UploadKill = 'betweenChunks' | 'inCommit';

/**
 * Now and then, when this laptop has a document waiting to go up: a sync whose upload is stopped
 * by a server kill, either when a chunk arrives (the server dies before it; the chunks before it
 * are stored) or inside the commit's transaction (a server in this process only: a child process
 * dies only in pushes and pulls, so there the commit goes through). The server is started again
 * at once. A kill armed in the commit replaces one the run had armed (it still happens, earlier);
 * none is armed while a PostgreSQL fault is (postgres-faults.ts), which `disarm` would drop.
 */
export async function maybeKillMidUpload(
  server: SimServer,
  client: GatedClient,
  prng: Prng,
): Promise<UploadKill | null> {
  if (server.isDown || !client.proxy.online || !client.proxy.faultsEnabled) return null;
  const waiting = await client.device.db.attachments.where('syncState').equals('upload').count();
  if (waiting === 0 || !prng.chance(UPLOAD_KILL_RATE)) return null;
  const inCommit = prng.chance(0.4) && !server.databaseFaultArmed;
  const queries = prng.int(1, 8);
  // Between chunks needs a document of two; in the commit, any (its one request is its commit).
  const held = client.proxy.holdNext((path) =>
    inCommit ? COMMIT_PATH.test(path) || WHOLE_PATH.test(path) : CHUNK_PATH.test(path),
  );
  const run = syncOnce(client);
  const arrived = await Promise.race([held.arrived.then(() => true), run.then(() => false)]);
  const killsBefore = server.kills;
  if (arrived) {
    if (inCommit) server.armKill(queries);
    else await server.kill();
  }
  held.release();
  await run;
  // An armed kill the commit never reached (its request lost on the way) is not left behind.
  if (inCommit && server.kills === killsBefore) server.disarm();
  const killed = server.kills > killsBefore;
  if (server.isDown) await server.restart();
  return killed ? (inCommit ? 'inCommit' : 'betweenChunks') : null;
}

/**
 * A synthetic PDF: its signature, then bytes from a fast generator seeded from the stream (a
 * two-chunk document is 1-1.5 MiB: a byte per draw would be slow). No two alike.
 */
export function syntheticPdf(prng: Prng): ArrayBuffer {
  const size = prng.chance(LARGE_DOCUMENT_SHARE)
    ? 1024 * 1024 + prng.int(1, 512 * 1024)
    : prng.int(64, 2048);
  const bytes = new Uint8Array(size);
  let x = prng.int(1, 0x7fffffff);
  for (let i = 0; i < size; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes.buffer;
}
