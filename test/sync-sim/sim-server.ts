/**
 * The real server (the app `startServer` builds: every route, service and repository) on the
 * run's database, and ways to kill it. Each start ("incarnation") runs either in this process or,
 * on PostgreSQL, as a child process (server-process.ts), chosen at random per start.
 *
 * In this process a kill is armed with a count of queries; when a transaction reaches that query
 * the server "dies" there: every connection is reset at once (no response leaves), the open
 * transaction is abandoned (rolled back, as after a crash) and every later query of that
 * incarnation fails, so nothing more commits. It works on PGlite too, and dies exactly between two
 * queries of a transaction. A child process is killed with SIGKILL: at an armed query while a push
 * or a pull is being handled, or between requests. The restart opens the same database again
 * (the PGlite data folder or the PostgreSQL database) on the same port, so the clients find
 * exactly what had committed before the kill.
 */
import type { AddressInfo } from 'node:net';
import { createConfig } from '../../server/src/app/app-config';
import { buildApp, type App } from '../../server/src/app/build-app';
import type { Db, Transaction } from '../../server/src/db/db';
import { CHEAP_PASSWORD_PARAMS, TEST_MFA_KEY } from '../../server/src/test-support/test-app';
import type { Prng } from './prng';
import type { ChildRoute } from './server-child-app';
import { ServerProcess } from './server-process';
import type { SimDatabase } from './sim-database';

/** Access tokens expire every few seconds, so laptops refresh (and lose refresh answers) in a run. */
export const SIM_ACCESS_TOKEN_SECONDS = 3;

export const simServerConfig = createConfig({
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

export interface ProcessKills {
  /** Child processes started (the rest of the starts ran in this process). */
  started: number;
  /** SIGKILLs: while a push was handled, while a pull was, between requests. */
  midPush: number;
  midPull: number;
  between: number;
}

export class SimServer {
  private current: Incarnation | null = null;
  private child: ServerProcess | null = null;
  /** Reads for the simulation while the server is a child process (its own pool). */
  private parentDb: Db | null = null;
  private port = 0;
  private killAfter: number | null = null;
  private armedRoute: ChildRoute = 'push';
  private databaseFault: { after: number; strike: () => Promise<void> } | null = null;
  kills = 0;
  /** Kills that happened inside a transaction (the rest happened between requests). */
  midTransactionKills = 0;
  readonly processKills: ProcessKills = { started: 0, midPush: 0, midPull: 0, between: 0 };

  /**
   * `processes`: chooses, per start, a child process (PostgreSQL only; `processShare` of the
   * starts) or this process.
   */
  private constructor(
    private readonly database: SimDatabase,
    private readonly processes: Prng | null,
    private readonly processShare: number,
  ) {}

  static async start(
    database: SimDatabase,
    processes: Prng | null = null,
    processShare = 0.5,
  ): Promise<SimServer> {
    const server = new SimServer(database, database.url ? processes : null, processShare);
    await server.boot();
    return server;
  }

  /** The server's address, or null while it is down. */
  get url(): string | null {
    if (this.current && !this.current.dead) return this.current.url;
    return this.child?.alive ? this.child.url : null;
  }

  get isDown(): boolean {
    return this.url === null;
  }

  /**
   * Kill the server when its `queries`-th query from now runs: in this process, a transaction's
   * query; in a child process, any query while a request of `route` is being handled.
   */
  armKill(queries: number, route: ChildRoute = 'push'): void {
    if (this.child?.alive) {
      this.armedRoute = route;
      this.child.armKill(route, queries);
    } else this.killAfter = queries;
  }

  disarm(): void {
    this.killAfter = null;
    this.databaseFault = null;
    this.child?.disarm();
  }

  /**
   * When a transaction runs its `queries`-th query from now, `strike` (a PostgreSQL restart, its
   * connections terminated) runs first and that query goes on after it: on a lost connection.
   */
  armDatabaseFault(queries: number, strike: () => Promise<void>): void {
    this.databaseFault = { after: queries, strike };
    this.child?.armDatabaseFault(queries);
  }

  get databaseFaultArmed(): boolean {
    return this.databaseFault !== null;
  }

  private async strike(): Promise<void> {
    const fault = this.databaseFault;
    this.databaseFault = null;
    await fault?.strike().catch(() => undefined);
  }

  private async beforeQuery(): Promise<void> {
    const fault = this.databaseFault;
    if (!fault) return;
    fault.after -= 1;
    if (fault.after <= 0) await this.strike();
  }

  /** For the invariant checks: reads through the running server's database. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }> {
    if (this.child?.alive) return this.parentDb!.query<Row>(sql, params);
    if (!this.current || this.current.dead) throw new Error('server is down');
    return this.current.db.query<Row>(sql, params);
  }

  /** Kills the server now (between requests). */
  async kill(): Promise<void> {
    if (this.child?.alive) {
      this.processKills.between += 1;
      this.kills += 1;
      await this.child.kill();
      return;
    }
    if (!this.current || this.current.dead) return;
    this.die(this.current);
    await this.bury();
  }

  /** Starts it again on the same database (after a kill). */
  async restart(): Promise<void> {
    await this.bury();
    if (this.child && !this.child.alive) this.child = null;
    if (!this.current && !this.child) await this.boot();
  }

  /**
   * Stops the server (not a kill: nothing is counted), runs `work` on its database while nobody
   * uses it (a restore from a backup), and starts it again.
   */
  async whileDown(work: () => Promise<void>): Promise<void> {
    await this.child?.kill();
    this.child = null;
    await this.parentDb?.close().catch(() => undefined);
    this.parentDb = null;
    if (this.current) {
      this.current.dead = true;
      this.current.app.server.closeAllConnections();
      await this.bury();
    }
    this.disarm();
    await work();
    await this.boot();
  }

  async stop(): Promise<void> {
    await this.child?.kill();
    this.child = null;
    await this.parentDb?.close().catch(() => undefined);
    this.parentDb = null;
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
    if (this.processes?.chance(this.processShare)) await this.bootProcess();
    else await this.bootInProcess();
  }

  private async bootProcess(): Promise<void> {
    this.parentDb ??= await this.database.open();
    this.killAfter = null;
    this.databaseFault = null;
    this.child = await ServerProcess.start({
      databaseUrl: this.database.url!,
      port: this.port,
      onDeath: (midRequest) => {
        this.databaseFault = null;
        if (!midRequest) return;
        this.kills += 1;
        if (this.armedRoute === 'pull') this.processKills.midPull += 1;
        else this.processKills.midPush += 1;
      },
      onStrike: () => this.strike(),
    });
    this.port = this.child.port;
    this.processKills.started += 1;
  }

  private async bootInProcess(): Promise<void> {
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
      // The options go through: the first statements sent with BEGIN (a lock, the one-request
      // upload's token and lock) run as in production.
      transaction: (fn, options) =>
        raw.transaction(async (tx, first) => {
          const wrapped: Transaction = {
            query: async (sql, params) => {
              inTransaction();
              await this.beforeQuery();
              return tx.query(sql, params);
            },
            exec: async (sql) => {
              inTransaction();
              await this.beforeQuery();
              return tx.exec(sql);
            },
          };
          const result = await fn(wrapped, first);
          // Died while `fn` swallowed the failure: never let that transaction commit.
          check();
          return result;
        }, options),
      close: () => raw.close(),
    };
    const app = await buildApp({ db, config: simServerConfig, logLevel: 'silent' });
    await app.listen({ host: '127.0.0.1', port: this.port });
    const port = (app.server.address() as AddressInfo).port;
    this.port = port;
    Object.assign(incarnation, { db, app, url: `http://127.0.0.1:${port}` });
    this.current = incarnation;
  }
}
