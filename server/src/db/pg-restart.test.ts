/**
 * The server outlives its PostgreSQL: a restart of the cluster or a terminated backend fails the
 * requests that were using the lost connections, and the next requests get new ones. Runs on a
 * throwaway cluster of its own (the shared one is never restarted).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../app/app-config';
import { buildApp, type App } from '../app/build-app';
import type { Session } from '../test-support/test-app';
import { CHEAP_PASSWORD_PARAMS, createTestOrg, signIn } from '../test-support/test-app';
import { startThrowawayCluster, type ThrowawayCluster } from '../test-support/throwaway-cluster';
import type { Db } from './db';
import { migrate } from './migrate';
import { createPgDb } from './pg-db';

describe('PostgreSQL restarts under a running server', () => {
  let cluster: ThrowawayCluster;
  let db: Db;
  let app: App;
  let session: Session;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    cluster = await startThrowawayCluster();
    db = createPgDb({ connectionString: cluster.url, maxConnections: 4 });
    await migrate(db);
    app = await buildApp({
      db,
      config: createConfig({ passwordParams: CHEAP_PASSWORD_PARAMS }),
      logLevel: 'silent',
    });
    session = await signIn(app, (await createTestOrg(db)).attorneyA);
  }, 60_000);
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await app?.close();
    await db?.close().catch(() => undefined);
    await cluster?.stop();
  });

  const health = () => app.inject({ method: 'GET', url: '/health' });
  const pull = () => app.inject({ method: 'GET', url: '/v1/sync/pull', headers: session.headers });

  /** A transaction that holds its connection idle until `release` resolves, then queries again. */
  function heldTransaction(release: Promise<void>) {
    let pid = 0;
    const started = new Promise<number>((resolve) => {
      void db
        .transaction(async (tx) => {
          pid = (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
          resolve(pid);
          await release;
          await tx.query('SELECT 1');
        })
        .then(
          () => (outcome.value = 'committed'),
          (error: unknown) => (outcome.value = error),
        );
    });
    const outcome: { value: unknown } = { value: undefined };
    return { started, outcome };
  }

  it('reports the database as up', async () => {
    const response = await health();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: 'postgres',
      databaseState: 'up',
    });
  });

  it('survives pg_terminate_backend of a connection held by a transaction', async () => {
    let release!: () => void;
    const held = heldTransaction(new Promise((resolve) => (release = resolve)));
    const pid = await held.started;
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await expect.poll(() => held.outcome.value).toBeInstanceOf(Error);
    expect(uncaught).toEqual([]);
    expect((await health()).statusCode).toBe(200);
    expect((await db.transaction((tx) => tx.query('SELECT 1'))).rowCount).toBe(1);
    expect((await pull()).statusCode).toBe(200);
  });

  it('survives an immediate restart of the cluster and reconnects', async () => {
    let release!: () => void;
    const held = heldTransaction(new Promise((resolve) => (release = resolve)));
    await held.started;
    await cluster.restartImmediate();
    release();
    await expect.poll(() => held.outcome.value).toBeInstanceOf(Error);
    expect(uncaught).toEqual([]);
    await expect
      .poll(async () => (await health()).statusCode, { timeout: 10_000, interval: 100 })
      .toBe(200);
    expect((await pull()).statusCode).toBe(200);
  });

  it('says on /health when the database is down, without details, and recovers when it is back', async () => {
    await cluster.pause();
    try {
      const down = await health();
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({
        status: 'unavailable',
        version: expect.any(String),
        database: 'postgres',
        databaseState: 'down',
      });
      // A request that needs the database fails plainly; the process stays up.
      const failed = await pull();
      expect(failed.statusCode).toBe(500);
      expect(failed.json()).toEqual({ code: 'internal', message: 'internal' });
    } finally {
      await cluster.start();
    }
    await expect
      .poll(async () => (await health()).statusCode, { timeout: 10_000, interval: 100 })
      .toBe(200);
    expect((await pull()).statusCode).toBe(200);
    expect(uncaught).toEqual([]);
  });
});
