/**
 * Page side of the sync-initial (first sync) benchmark (issues 6 and 7): sign in and run the real SyncEngine
 * into an encrypted database, beside a raw Dexie bulkPut (chunks of 1,000, strict durability) of
 * the same rows as stored (sealed: the rows an earlier, untimed sync wrote, read back raw) into
 * plain tables with the same indexes, in the same page, once before and once after the timed sync. `firstSyncProfile`
 * takes the sync apart: server and network, JSON parsing, zod validation, applying the pages
 * with and without encryption, and AES-GCM alone.
 */
import Dexie from 'dexie';
import { PULL_MAX_ROWS } from '@core/sync/protocol-constants';
import { PullResponseSchema, type PullResponse } from '@core/sync/sync-api-schemas';
import { importAesKey, seal } from '../../renderer/src/db/crypto/aes';
import { randomBytes, utf8 } from '../../renderer/src/db/crypto/bytes';
import { KeyRing } from '../../renderer/src/db/crypto/keyring';
import { AmparoDatabase } from '../../renderer/src/db/database';
import { applyPullPage } from '../../renderer/src/db/sync-pull-store';
import { readSyncState } from '../../renderer/src/db/sync-state';
import { signIn, transportForState } from '../../renderer/src/sync/session-transport';
import { SyncEngine } from '../../renderer/src/sync/sync-engine';

export interface SyncServerArgs {
  serverUrl: string;
  email: string;
  password: string;
}

async function encryptedDatabase(label: string) {
  const keyring = new KeyRing(await importAesKey(randomBytes(32)));
  const db = new AmparoDatabase(`bench-${label}-${crypto.randomUUID()}`, {
    keyring: () => keyring,
  });
  await db.open();
  return db;
}

function signInTo(db: AmparoDatabase, args: SyncServerArgs) {
  return signIn(() => db, {
    serverUrl: args.serverUrl,
    email: args.email,
    password: args.password,
    deviceName: 'Bench laptop',
    platform: 'linux',
    appVersion: '0.1.0',
  });
}

/** `rows` put raw into plain tables with the same indexes (chunks of 1,000, strict). */
async function rawBulkPut(rows: { docs: unknown[]; revisions: unknown[] }): Promise<number> {
  const plain = new Dexie(`bench-plain-${crypto.randomUUID()}`, {
    chromeTransactionDurability: 'strict',
  });
  plain.version(1).stores({
    docs: 'id, caseId, entity, [entity+caseId]',
    noteRevisions: 'id, noteId, caseId',
  });
  await plain.open();
  const t0 = performance.now();
  for (const [table, list] of [
    ['docs', rows.docs],
    ['noteRevisions', rows.revisions],
  ] as const) {
    for (let i = 0; i < list.length; i += 1_000)
      await plain.table(table).bulkPut(list.slice(i, i + 1_000));
  }
  const ms = performance.now() - t0;
  plain.close();
  await plain.delete();
  return ms;
}

export interface FirstSyncResult {
  syncMs: number;
  /** The mean of the raw bulkPut of the stored (sealed) rows before and after the sync. */
  baselineMs: number;
  baselineBeforeMs: number;
  baselineAfterMs: number;
  ratio: number;
  docs: number;
  revisions: number;
  megabytes: number;
  pullRequests: number;
  /** Sum over pull requests of the time until the server's response headers arrived. */
  pullServerMs: number;
}

/** The rows exactly as an encrypted first sync stores them (sealed), from an untimed sync. */
async function storedRows(
  args: SyncServerArgs,
): Promise<{ docs: unknown[]; revisions: unknown[] }> {
  const db = await encryptedDatabase('recording');
  await signInTo(db, args);
  const engine = new SyncEngine({
    db: () => db,
    transportFor: transportForState(() => db),
    appVersion: '0.1.0',
  });
  await engine.syncNow();
  const raw = new AmparoDatabase(db.name, { keyring: () => null, encrypted: false });
  const rows = { docs: await raw.docs.toArray(), revisions: await raw.noteRevisions.toArray() };
  raw.close();
  db.close();
  await db.delete();
  return rows;
}

export async function firstSync(args: SyncServerArgs): Promise<FirstSyncResult> {
  // The baseline writes what the sync stores (sealed rows), before and after the timed sync, so
  // that a change of load during the run falls on both (the engine's pull prefetch overlaps
  // requests with applying, so page-by-page interleaving would time the two together).
  const sealed = await storedRows(args);
  const baselineBefore = await rawBulkPut(sealed);
  const db = await encryptedDatabase('sync');
  let pullRequests = 0;
  let pullServerMs = 0;
  const timedFetch: typeof fetch = async (input, init) => {
    const t0 = performance.now();
    const response = await fetch(input, init);
    if (String(input).includes('/v1/sync/pull')) {
      pullRequests += 1;
      pullServerMs += performance.now() - t0;
    }
    return response;
  };
  await signInTo(db, args);
  const engine = new SyncEngine({
    db: () => db,
    transportFor: transportForState(() => db, timedFetch),
    appVersion: '0.1.0',
  });
  const t0 = performance.now();
  await engine.syncNow();
  const syncMs = performance.now() - t0;
  const status = engine.status.get();
  if (status.phase !== 'idle') throw new Error(`sync ended ${status.phase} ${status.errorCode}`);

  const docs = await db.docs.toArray();
  const revisions = await db.noteRevisions.toArray();
  const megabytes = new Blob([JSON.stringify(docs), JSON.stringify(revisions)]).size / 1024 / 1024;
  db.close();
  await db.delete();
  const baselineAfter = await rawBulkPut(sealed);
  const baselineMs = (baselineBefore + baselineAfter) / 2;
  return {
    syncMs,
    baselineMs,
    baselineBeforeMs: baselineBefore,
    baselineAfterMs: baselineAfter,
    ratio: syncMs / baselineMs,
    docs: docs.length,
    revisions: revisions.length,
    megabytes,
    pullRequests,
    pullServerMs,
  };
}

export interface FirstSyncProfile {
  pages: number;
  /** fetch until the whole body is read: server work and loopback network. */
  serverAndNetworkMs: number;
  jsonParseMs: number;
  zodValidateMs: number;
  /** applyPullPage of every page into an encrypted database (what the engine does per page). */
  applyEncryptedMs: number;
  /** The same into the same schema with encryption off (the canary control's mode). */
  applyPlainMs: number;
  /** AES-256-GCM sealing of every row's JSON alone (no IndexedDB). */
  aesSealMs: number;
  baselineMs: number;
}

/** Fetches the first pull again page by page, then replays it into fresh databases. */
export async function firstSyncProfile(args: SyncServerArgs): Promise<FirstSyncProfile> {
  const session = await encryptedDatabase('profile-session');
  await signInTo(session, args);
  const token = (await readSyncState(session)).accessToken!;
  session.close();
  await session.delete();

  const bodies: string[] = [];
  let serverAndNetworkMs = 0;
  let cursor: string | null = null;
  for (;;) {
    const query = new URLSearchParams({ limit: String(PULL_MAX_ROWS) });
    if (cursor) query.set('cursor', cursor);
    const t0 = performance.now();
    const response = await fetch(`${args.serverUrl}/v1/sync/pull?${query.toString()}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      cache: 'no-store',
    });
    const body = await response.text();
    serverAndNetworkMs += performance.now() - t0;
    if (!response.ok) throw new Error(`pull ${response.status}`);
    bodies.push(body);
    const page = JSON.parse(body) as PullResponse;
    if (!page.hasMore) break;
    cursor = page.nextCursor;
  }

  let t0 = performance.now();
  const parsed = bodies.map((body) => JSON.parse(body) as unknown);
  const jsonParseMs = performance.now() - t0;
  t0 = performance.now();
  const pages = parsed.map((json) => PullResponseSchema.parse(json));
  const zodValidateMs = performance.now() - t0;

  const replay = async (db: AmparoDatabase) => {
    const start = performance.now();
    for (const page of pages) await applyPullPage(db, structuredClone(page));
    const ms = performance.now() - start;
    const rows = { docs: await db.docs.toArray(), revisions: await db.noteRevisions.toArray() };
    db.close();
    await db.delete();
    return { ms, rows };
  };
  const encrypted = await replay(await encryptedDatabase('profile-encrypted'));
  const plainDb = new AmparoDatabase(`bench-profile-plain-${crypto.randomUUID()}`, {
    keyring: () => null,
    encrypted: false,
  });
  await plainDb.open();
  const plain = await replay(plainDb);

  const key = await importAesKey(randomBytes(32));
  const allRows = [...encrypted.rows.docs, ...encrypted.rows.revisions] as { id: string }[];
  t0 = performance.now();
  for (let i = 0; i < allRows.length; i += PULL_MAX_ROWS) {
    await Promise.all(
      allRows
        .slice(i, i + PULL_MAX_ROWS)
        .map((row) => seal(key, utf8(JSON.stringify(row)), `bench|${row.id}`)),
    );
  }
  const aesSealMs = performance.now() - t0;
  const baselineMs = await rawBulkPut(encrypted.rows);
  return {
    pages: pages.length,
    serverAndNetworkMs,
    jsonParseMs,
    zodValidateMs,
    applyEncryptedMs: encrypted.ms,
    applyPlainMs: plain.ms,
    aesSealMs,
    baselineMs,
  };
}
