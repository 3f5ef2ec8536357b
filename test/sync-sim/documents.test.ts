/**
 * Documents under faults (issue 22 #2): chunks and one-request uploads lost, duplicated, replayed
 * out of order, commit answers lost, the connection cut, the server stopped and started again mid-upload, a download
 * damaged on the way. Every document ends on every authorised laptop whole, with the sender's
 * SHA-256, or still pending; none is ever stored corrupt, and none is created twice.
 */
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAttachmentsRepository } from '../../renderer/src/db/attachments-repository';
import { readDocumentContent } from '../../renderer/src/db/document-sync-store';
import { caseIdsOnLaptop } from '../../renderer/src/db/documents-repository';
import { sha256Hex } from '../../renderer/src/sync/document-sync';
import { startServer, type StartedServer } from '../../server/src/start';
import { createDevice, type Device } from './device';
import { Prng } from './prng';

const MiB = 1024 * 1024;

function pdf(size: number, seed: number): ArrayBuffer {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + seed * 7) % 251;
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
  return bytes.buffer;
}

let dataDir: string;
let server: StartedServer;
let firstUrl = '';
let credentials: Record<string, { email: string; password: string; totpSecret?: string }>;

async function start() {
  server = await startServer({ port: 0, dataDir, seedDemo: true, logLevel: 'silent' });
  firstUrl ||= server.url;
}

/** The laptops keep the first address; after a restart (on any free port) it leads to the new one. */
function routed(input: RequestInfo | URL): string {
  return String(input).replace(firstUrl, server.url);
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'amparo-docs-sim-'));
  await start();
  credentials = Object.fromEntries(server.demoCredentials!.map((c) => [c.email.split('@')[0]!, c]));
});
afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * A fetch that loses, duplicates and replays chunk requests (and one-request uploads), and
 * restarts the server once.
 */
function faultyFetch(seed: number) {
  const prng = new Prng(seed, 'documents');
  const random = () => prng.next();
  const stats = {
    lost: 0,
    answersLost: 0,
    wholeAnswersLost: 0,
    duplicated: 0,
    replayed: 0,
    restarts: 0,
    chunks: 0,
  };
  let stale: { input: string; init: RequestInit } | null = null;
  let restartAt = 4;
  const impl: typeof fetch = async (input, init) => {
    const url = routed(input);
    // A document of one chunk sent whole (start, chunk and commit in one request) is faulted
    // like a chunk.
    const isWhole = init?.method === 'PUT' && /\/documents\/[0-9a-f-]{36}$/.test(url);
    const isChunk = url.includes('/chunks/') || isWhole;
    const isCommit = url.endsWith('/commit');
    if (isChunk) {
      stats.chunks += 1;
      if (stats.chunks === restartAt) {
        restartAt = -1;
        stats.restarts += 1;
        await server.close();
        await start();
        throw new TypeError('connection reset');
      }
      // An older chunk request arrives late, after newer ones (reordered on the wire).
      if (stale && random() < 0.3) {
        stats.replayed += 1;
        await fetch(routed(stale.input), stale.init);
      }
      const roll = random();
      if (roll < 0.15) {
        stats.lost += 1;
        throw new TypeError('request lost');
      }
      stale = { input: url, init: init! };
      // At least one duplicate in every run: the order of requests (and so of the rolls) shifts
      // with the engine's retry timers, and a run without one would test less than it says.
      if (roll < 0.3 || stats.duplicated + stats.replayed === 0) {
        stats.duplicated += 1;
        await fetch(url, init);
      }
      const response = await fetch(url, init);
      // The first one-request upload's answer is always lost: its retry must be answered with
      // the document it created, never store a second.
      if (roll > 0.85 || (isWhole && stats.wholeAnswersLost === 0)) {
        if (isWhole) stats.wholeAnswersLost += 1;
        stats.answersLost += 1;
        throw new TypeError('answer lost');
      }
      return response;
    }
    const response = await fetch(url, init);
    if (isCommit && random() < 0.5) {
      stats.answersLost += 1;
      throw new TypeError('commit answer lost');
    }
    return response;
  };
  return { impl, stats };
}

/** Damages the first download's bytes on the way. */
function damagingFetch() {
  let damaged = 0;
  const impl: typeof fetch = async (input, init) => {
    const response = await fetch(routed(input), init);
    if (!String(input).endsWith('/content') || damaged > 0 || !response.ok) return response;
    damaged += 1;
    const bytes = new Uint8Array(await response.arrayBuffer());
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    return new Response(bytes, { status: 200, headers: response.headers });
  };
  return { impl, damaged: () => damaged };
}

async function syncUntil(device: Device, done: () => Promise<boolean>, rounds = 40) {
  for (let round = 0; round < rounds; round += 1) {
    await device.engine.syncNow();
    if (await done()) return round + 1;
  }
  throw new Error(`${device.name} did not settle`);
}

describe('documents under faults', () => {
  it('arrive whole with the right hash, once, or stay pending; never corrupt', async () => {
    const faults = faultyFetch(22);
    const attorney = await createDevice(
      'docs-attorney',
      server.url,
      credentials['attorney1']!,
      faults.impl,
    );
    const damage = damagingFetch();
    const supervisor = await createDevice(
      'docs-supervisor',
      server.url,
      credentials['supervisor']!,
      damage.impl,
    );
    await syncUntil(attorney, async () => (await caseIdsOnLaptop(() => attorney.db)).length > 0);
    const caseId = (await caseIdsOnLaptop(() => attorney.db))[0]!;
    const files = [pdf(2 * MiB + 777, 1), pdf(MiB + 1, 2), pdf(3000, 3)];
    const repo = createAttachmentsRepository(() => attorney.db);
    const rows = [];
    for (const [i, bytes] of files.entries())
      rows.push(await repo.add(caseId, { name: `record-${i}.pdf`, bytes }));
    const expected = new Map(
      await Promise.all(rows.map(async (row, i) => [row.id, await sha256Hex(files[i]!)] as const)),
    );

    const rounds = await syncUntil(
      attorney,
      async () => attorney.engine.status.get().documentsWaiting === 0,
    );
    expect(rounds).toBeGreaterThan(1);
    expect(faults.stats).toMatchObject({ restarts: 1, wholeAnswersLost: 1 });
    expect(faults.stats.lost + faults.stats.answersLost).toBeGreaterThan(0);
    expect(faults.stats.duplicated + faults.stats.replayed).toBeGreaterThan(0);

    // After each supervisor sync: every document is whole with its hash, or still downloading.
    await syncUntil(supervisor, async () => {
      const held = await supervisor.db.attachments.where('caseId').equals(caseId).toArray();
      for (const row of held) {
        const content = await readDocumentContent(supervisor.db, row.id);
        if (row.syncState === 'download') expect(content).toBeUndefined();
        else expect(await sha256Hex(content!)).toBe(expected.get(row.id));
      }
      return held.length === files.length && held.every((row) => row.syncState === 'synced');
    });
    expect(damage.damaged()).toBe(1);

    // Exactly once on the server, despite every retried commit.
    const listed = await fetchList(supervisor, caseId);
    expect(
      listed
        .filter((d) => expected.has(d.id))
        .map((d) => d.id)
        .sort(),
    ).toEqual([...expected.keys()].sort());

    // A deletion is a tombstone that reaches the other laptop.
    await repo.remove(rows[0]!.id);
    await syncUntil(attorney, async () => attorney.engine.status.get().documentsWaiting === 0);
    await supervisor.engine.syncNow();
    expect(await supervisor.db.attachments.get(rows[0]!.id)).toBeUndefined();
    expect(await readDocumentContent(supervisor.db, rows[0]!.id)).toBeUndefined();
    attorney.db.close();
    supervisor.db.close();
  }, 240_000);
});

async function fetchList(device: Device, caseId: string) {
  const { readSyncState } = await import('../../renderer/src/db/sync-state');
  const { transportForState } = await import('../../renderer/src/sync/session-transport');
  const transport = transportForState(
    () => device.db,
    (input, init) => fetch(routed(input), init),
  )(await readSyncState(device.db));
  return transport!.documents!.list(caseId);
}
