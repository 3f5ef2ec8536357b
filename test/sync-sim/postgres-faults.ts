/**
 * PostgreSQL failing under the running server (issue 21): the run's database on a cluster of the
 * simulation's own (initdb and pg_ctl as the postgres user, removed at the end), so that restarting
 * it or terminating its backends touches nothing but this run. Two faults:
 *
 * - `restart`: `pg_ctl restart -m immediate`, every backend dies at once as in a crash, and the
 *   cluster is back when pg_ctl returns (requests meanwhile fail: connection refused);
 * - `terminate`: `pg_terminate_backend` of every connection the server holds (connection loss).
 *
 * Either happens between requests or inside a transaction of a request (armed on the server's
 * query count, see `SimServer.armDatabaseFault`): the server must answer with an error, its pool
 * must replace the lost connections, and the laptops must send again. Ports: the first free one of
 * `AMPARO_SIM_PG_PORTS` (e.g. `55441-55449`), else any. Where no cluster can be made (no pg_ctl, as
 * in GitHub's PostgreSQL service job; not root; Windows) or the run is on PGlite, the faults are
 * skipped and the report says why.
 */
import pg from 'pg';
import {
  startThrowawayCluster,
  throwawayClusterUnavailable,
  type ThrowawayCluster,
} from '../../server/src/test-support/throwaway-cluster';
import type { Prng } from './prng';
import type { SimServer } from './sim-server';

export const PORTS_ENV = 'AMPARO_SIM_PG_PORTS';

export interface PostgresFaultCounts {
  /** Immediate restarts of the cluster. */
  restarts: number;
  /** Times every connection of the server was terminated, and backends so ended. */
  terminations: number;
  backendsTerminated: number;
  /** Faults that struck inside a transaction of a request. */
  midTransaction: number;
  /** Why there were none (no cluster of the simulation's own), or null. */
  skipped: string | null;
}

function portRange(text = process.env[PORTS_ENV]): [number, number] | undefined {
  const match = /^(\d+)-(\d+)$/.exec(text ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The cluster when the run is on PostgreSQL and one can be made here; else why not. */
export async function startSimCluster(
  databaseUrl: string | undefined,
): Promise<{ cluster: ThrowawayCluster } | { skipped: string }> {
  if (!databaseUrl) return { skipped: 'the run is on PGlite' };
  const unavailable = throwawayClusterUnavailable();
  if (unavailable) return { skipped: unavailable };
  const ports = portRange();
  // Only crashes of processes are simulated, never of the machine: fsync buys nothing here.
  const cluster = await startThrowawayCluster({
    ...(ports ? { ports } : {}),
    settings: ['fsync=off', 'max_connections=60'],
  });
  return { cluster };
}

export class PostgresFaults {
  readonly counts: PostgresFaultCounts;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly cluster: ThrowawayCluster | null,
    private readonly databaseName: string | null,
    skipped: string | null,
  ) {
    this.counts = {
      restarts: 0,
      terminations: 0,
      backendsTerminated: 0,
      midTransaction: 0,
      skipped,
    };
  }

  get enabled(): boolean {
    return this.cluster !== null && this.databaseName !== null;
  }

  /** Waits until no fault is under way (a restart armed inside a request may still run). */
  settled(): Promise<void> {
    return this.pending;
  }

  /**
   * Maybe one fault at this step: now (between requests) or armed inside the server's next
   * transaction. Nothing while the server is down or a fault is armed or under way.
   */
  async maybeStrike(prng: Prng, rate: number, server: SimServer): Promise<void> {
    if (!this.enabled || !prng.chance(rate) || server.isDown || server.databaseFaultArmed) return;
    const fault = prng.chance(0.5) ? () => this.restart() : () => this.terminate();
    if (prng.chance(0.6)) {
      server.armDatabaseFault(prng.int(1, 40), async () => {
        this.counts.midTransaction += 1;
        await this.run(fault);
      });
    } else await this.run(fault);
  }

  private run(fault: () => Promise<void>): Promise<void> {
    const done = this.pending.then(fault);
    this.pending = done.catch(() => undefined);
    return done;
  }

  async restart(): Promise<void> {
    await this.cluster!.restartImmediate();
    this.counts.restarts += 1;
  }

  /** Ends every connection to the run's database (the server's pool, nothing else uses it). */
  async terminate(): Promise<void> {
    const admin = new pg.Client({ connectionString: this.cluster!.url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ ended: boolean }>(
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
          WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [this.databaseName],
      );
      this.counts.terminations += 1;
      this.counts.backendsTerminated += rows.filter((r) => r.ended).length;
    } finally {
      await admin.end();
    }
  }

  async stop(): Promise<void> {
    await this.pending;
    await this.cluster?.stop();
  }
}
