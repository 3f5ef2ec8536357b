/**
 * The MCJ server for the sync-initial benchmark: PGlite in memory (or PostgreSQL at
 * `databaseUrl`, in a throwaway schema-free database the caller owns), migrated, with one
 * organisation, one attorney, `cases` synthetic cases assigned to them and `revisionsPerCase`
 * note revisions of ~`noteBytes` each. Rows go in through the server's own services and
 * repositories (createCases validates every case file and records grants and changes; note rows
 * and their change-log entries as the push service writes them), which is far faster than
 * pushing 20,000 mutations and ends in the same tables.
 */
import { randomUUID } from 'node:crypto';
import type { JsonObject } from '@core/sync/json-value';
import { cliActor } from '../../server/src/admin/admin-actor';
import { createCases } from '../../server/src/admin/cases-service';
import { createConfig } from '../../server/src/app/app-config';
import { buildApp } from '../../server/src/app/build-app';
import { hashPassword } from '../../server/src/auth/password-hasher';
import { json, type Db } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { createPgDb } from '../../server/src/db/pg-db';
import { createPgliteDb } from '../../server/src/db/pglite-db';
import { recordChanges } from '../../server/src/repositories/change-log-repository';
import { insertDevice } from '../../server/src/repositories/devices-repository';
import { insertNotes, insertRevisions } from '../../server/src/repositories/notes-repository';
import { insertOrganisation } from '../../server/src/repositories/organisations-repository';
import { insertUser } from '../../server/src/repositories/users-repository';
import { syntheticBenchCases, syntheticNoteRevisions } from '../lib/synthetic-data';

export interface SeededServer {
  url: string;
  database: 'pglite' | 'postgres';
  email: string;
  password: string;
  cases: number;
  revisions: number;
  revisionBytes: number;
  seedMs: number;
  close(): Promise<void>;
}

export interface SeedOptions {
  databaseUrl?: string;
  allowedOrigin: string;
  cases: number;
  revisionsPerCase: number;
  noteBytes: number;
}

async function seed(db: Db, options: SeedOptions) {
  const orgId = randomUUID();
  const attorneyId = randomUUID();
  const email = 'bench.attorney@example.org';
  const password = 'bench-attorney-password-2026';
  await insertOrganisation(db, { id: orgId, name: 'Bench Org' });
  await insertUser(db, {
    id: attorneyId,
    orgId,
    email,
    displayName: 'Bench Attorney (synthetic)',
    role: 'attorney',
    // Cheap parameters (stored per user, as in production): sign-in is not what is measured.
    password: await hashPassword(password, { N: 2 ** 10, r: 8, p: 1, keylen: 32 }),
  });
  // The revisions were written on an earlier laptop of the same attorney.
  const deviceId = randomUUID();
  await insertDevice(db, {
    id: deviceId,
    userId: attorneyId,
    orgId,
    name: 'Earlier bench laptop',
    platform: 'linux',
    appVersion: '0.1.0',
  });
  const files = syntheticBenchCases(options.cases);
  const actor = cliActor(orgId);
  for (let i = 0; i < files.length; i += 100)
    await createCases(db, actor, files.slice(i, i + 100), [attorneyId]);

  const revisions = syntheticNoteRevisions(files, {
    perCase: options.revisionsPerCase,
    revisionsPerNote: 5,
    bytes: options.noteBytes,
    authorId: attorneyId,
  });
  let bytes = 0;
  for (let i = 0; i < revisions.length; i += 1_000) {
    const slice = revisions.slice(i, i + 1_000);
    await db.transaction(async (tx) => {
      const notes = new Map(
        slice.map((r) => [r.noteId, { id: r.noteId, orgId, caseId: r.caseId }]),
      );
      const existing = await tx.query<{ id: string }>(
        'SELECT id FROM notes WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)',
        [json([...notes.keys()])],
      );
      for (const row of existing.rows) notes.delete(row.id);
      await insertNotes(tx, [...notes.values()]);
      const rows = slice.map((revision) => ({
        id: revision.id,
        orgId,
        caseId: revision.caseId,
        noteId: revision.noteId,
        doc: revision as unknown as JsonObject,
        authorUserId: attorneyId,
        deviceId,
        mutationId: randomUUID(),
        afterFinal: false,
      }));
      await insertRevisions(tx, rows);
      await recordChanges(
        tx,
        orgId,
        rows.map((r) => ({
          entity: 'noteRevision' as const,
          entityId: r.id,
          caseId: r.caseId,
          version: 1,
          op: 'upsert' as const,
          actorId: attorneyId,
          deviceId,
          mutationId: r.mutationId,
        })),
      );
    });
    bytes += slice.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)), 0);
  }
  return { email, password, revisions: revisions.length, bytes };
}

export async function startSeededServer(options: SeedOptions): Promise<SeededServer> {
  const db = options.databaseUrl
    ? createPgDb({ connectionString: options.databaseUrl })
    : await createPgliteDb();
  try {
    await migrate(db);
    const started = performance.now();
    const seeded = await seed(db, options);
    const seedMs = performance.now() - started;
    const defaults = createConfig();
    const config = createConfig({
      allowedOrigins: [options.allowedOrigin],
      rateLimits: { ...defaults.rateLimits, sync: 1_000_000, signIn: 1_000_000 },
    });
    const app = await buildApp({ db, config, logLevel: 'warn' });
    // Planner statistics, as the server takes them at start-up (PGlite) and autovacuum within a
    // minute of a bulk load (PostgreSQL), long before a laptop's first sync.
    await db.query('ANALYZE');
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return {
      url: `http://127.0.0.1:${port}`,
      database: db.kind,
      email: seeded.email,
      password: seeded.password,
      cases: options.cases,
      revisions: seeded.revisions,
      revisionBytes: seeded.bytes,
      seedMs,
      close: async () => {
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
