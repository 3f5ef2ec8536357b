/**
 * The real server (the app `startServer` builds: every route, service and repository) on the
 * run's database, and a way to kill it in the middle of a push. A kill is armed with a count of
 * queries; when a transaction reaches that query the server "dies" there: every connection is
 * reset at once (no response leaves), the open transaction is abandoned (rolled back, as after a
 * crash) and every later query of that incarnation fails, so nothing more commits. The restart
 * opens the same database again (the PGlite data folder or the PostgreSQL database), so the
 * clients find exactly what had committed before the kill.
 */
import type { AddressInfo } from 'node:net';
import { createConfig } from '../../server/src/app/app-config';
import { buildApp, type App } from '../../server/src/app/build-app';
import type { Db, Transaction } from '../../server/src/db/db';
import { CHEAP_PASSWORD_PARAMS, TEST_MFA_KEY } from '../../server/src/test-support/test-app';
import type { SimDatabase } from './sim-database';

/** Access tokens expire every few seconds, so laptops refresh (and lose refresh answers) in a run. */
export const SIM_ACCESS_TOKEN_SECONDS = 3;

const config = createConfig({
  passwordParams: CHEAP_PASSWORD_PARAMS,
  accessTokenTtlSeconds: SIM_ACCESS_TOKEN_SECONDS,
  // Five laptops on one address sync far more often than people do.
  rateLimits: {
    signIn: 10_000,
    refresh: 10_000,
    sync: 1_000_000,
    admin: 100_000,
    failedAuth: 100_000,
  },
  // The demo's staff sign in with their second step (issue 20 #1): the seed's key.
  mfa: { ...createConfig().mfa, key: TEST_MFA_KEY },
});

class ServerKilled extends Error {
  constructor() {
    super('simulated server kill');
    this.name = 'ServerKilled';
  }
}

interface Incarnation {
  db: Db;
  app: App;
  url: string;
  dead: boolean;
}

export class SimServer {
  private current: Incarnation | null = null;
  private killAfter: number | null = null;
  kills = 0;
  /** Kills that happened inside a transaction (the rest happened between requests). */
  midTransactionKills = 0;

  private constructor(private readonly database: SimDatabase) {}

  static async start(database: SimDatabase): Promise<SimServer> {
    const server = new SimServer(database);
    await server.boot();
    return server;
  }

  /** The server's address, or null while it is down. */
  get url(): string | null {
    return this.current && !this.current.dead ? this.current.url : null;
  }

  get isDown(): boolean {
    return this.url === null;
  }

  /** Kill the server when a transaction runs its `queries`-th query from now. */
  armKill(queries: number): void {
    this.killAfter = queries;
  }

  disarm(): void {
    this.killAfter = null;
  }

  /** For the invariant checks: reads through the running server's database. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }> {
    if (!this.current || this.current.dead) throw new Error('server is down');
    return this.current.db.query<Row>(sql, params);
  }

  /** Kills the server now (between requests). */
  async kill(): Promise<void> {
    if (!this.current || this.current.dead) return;
    this.die(this.current);
    await this.bury();
  }

  /** Starts it again on the same database (after a kill). */
  async restart(): Promise<void> {
    await this.bury();
    if (!this.current) await this.boot();
  }

  async stop(): Promise<void> {
    const incarnation = this.current;
    this.current = null;
    if (!incarnation) return;
    await incarnation.app.close();
    await incarnation.db.close();
  }

  private die(incarnation: Incarnation): void {
    incarnation.dead = true;
    this.kills += 1;
    this.killAfter = null;
    incarnation.app.server.closeAllConnections();
  }

  /** Closes what is left of a dead incarnation. */
  private async bury(): Promise<void> {
    const incarnation = this.current;
    if (!incarnation?.dead) return;
    this.current = null;
    await incarnation.app.close().catch(() => undefined);
    await incarnation.db.close().catch(() => undefined);
  }

  private async boot(): Promise<void> {
    const raw = await this.database.open();
    const incarnation = { dead: false } as Incarnation;
    const check = () => {
      if (incarnation.dead) throw new ServerKilled();
    };
    const inTransaction = () => {
      check();
      if (this.killAfter === null) return;
      this.killAfter -= 1;
      if (this.killAfter > 0) return;
      this.midTransactionKills += 1;
      this.die(incarnation);
      throw new ServerKilled();
    };
    const db: Db = {
      kind: raw.kind,
      query: (sql, params) => {
        check();
        return raw.query(sql, params);
      },
      transaction: (fn) =>
        raw.transaction(async (tx) => {
          const wrapped: Transaction = {
            query: (sql, params) => {
              inTransaction();
              return tx.query(sql, params);
            },
            exec: (sql) => {
              inTransaction();
              return tx.exec(sql);
            },
          };
          const result = await fn(wrapped);
          // Died while `fn` swallowed the failure: never let that transaction commit.
          check();
          return result;
        }),
      close: () => raw.close(),
    };
    const app = await buildApp({ db, config, logLevel: 'silent' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as AddressInfo).port;
    Object.assign(incarnation, { db, app, url: `http://127.0.0.1:${port}` });
    this.current = incarnation;
  }
}
