/**
 * MCJ's server restored from a backup taken earlier in the run (issue 21): `pg_dump -Fc` of the
 * run's database on the simulation's own cluster, and later the server stopped, the database
 * dropped and made again with `pg_restore`, the server started on it. Everything the server
 * committed after the dump is gone; the laptops must notice (docs/sync.md guarantee 9: their
 * acknowledgements or cursors ahead of the server) and send again what they still hold, so that
 * every invariant holds at rest. Half the restores are followed by the operator's step
 * (`bump-sync-epoch`: every laptop downloads again), half rely on the laptops' detection alone.
 */
import { join } from 'node:path';
import pg from 'pg';
import type { ThrowawayCluster } from '../../server/src/test-support/throwaway-cluster';
import type { AdminClient } from './admin-client';
import type { FaultProxy } from './fault-proxy';
import type { Prng } from './prng';
import type { SimDatabase } from './sim-database';
import type { SimServer } from './sim-server';

export interface ServerRestoreCounts {
  dumps: number;
  restores: number;
  /** Restores after which the operator bumped the sync epoch (the rest: laptops' detection). */
  operatorBumps: number;
  /** Rows of the change log the restore took away (what the server had lost). */
  changesLost: number;
  /**
   * Violations set aside as lost with a case that left its author's laptop before the restore,
   * held by no laptop at the restore and within the author's count of missing work
   * (restore-losses.ts).
   */
  lostWithLeavingCases: number;
  skipped: string | null;
}

type Assignment = { caseId: string; userId: string };

async function assignments(server: SimServer): Promise<Assignment[]> {
  return (
    await server.query<Assignment>(
      'SELECT case_id AS "caseId", user_id AS "userId" FROM assignments ORDER BY 1, 2',
    )
  ).rows;
}

export interface Supervisor {
  /** Makes `after` (the restored assignments) what `before` was, through the admin API. */
  redo(before: readonly Assignment[], after: readonly Assignment[]): Promise<void>;
}

/** The simulation's supervisor redoing what the restore undid, on a network without faults. */
export function supervisorRedo(admin: AdminClient, proxy: FaultProxy): Supervisor {
  return {
    async redo(before, after) {
      const key = (a: Assignment) => `${a.caseId}|${a.userId}`;
      const had = new Set(before.map(key));
      const has = new Set(after.map(key));
      const faults = proxy.faultsEnabled;
      proxy.faultsEnabled = false;
      try {
        for (const a of before)
          if (!has.has(key(a)) && !(await admin.assign(a.caseId, a.userId)))
            throw new Error('supervisor could not assign again after the restore');
        for (const a of after)
          if (!had.has(key(a)) && !(await admin.unassign(a.caseId, a.userId)))
            throw new Error('supervisor could not unassign again after the restore');
      } finally {
        proxy.faultsEnabled = faults;
      }
    },
  };
}

export class ServerRestores {
  readonly counts: ServerRestoreCounts;
  private readonly plan: { dumpAt: number; restoreAt: number } | null;
  private dumped = false;

  constructor(
    private readonly cluster: ThrowawayCluster | null,
    private readonly database: SimDatabase,
    schedule: Prng,
    steps: number,
    restores: number,
    skipped: string | null,
  ) {
    const possible = cluster !== null && database.name !== null && restores > 0;
    this.counts = {
      dumps: 0,
      restores: 0,
      operatorBumps: 0,
      changesLost: 0,
      lostWithLeavingCases: 0,
      skipped: possible ? null : (skipped ?? (restores > 0 ? 'no database name' : 'turned off')),
    };
    // One restore: a dump early enough that work follows it, the restore some steps after.
    const dumpAt = schedule.int(Math.floor(steps * 0.1), Math.floor(steps * 0.6));
    const after = schedule.int(Math.min(20, steps - dumpAt - 1), Math.min(250, steps - dumpAt - 1));
    this.plan = possible && steps > 10 ? { dumpAt, restoreAt: dumpAt + after } : null;
  }

  /**
   * Between the dump and the restore the supervisor changes nothing: a case moved away from a
   * laptop after the dump leaves with its acknowledged entries (and its key), so what the laptop
   * wrote in it cannot be sent again after the restore. The laptop counts it as missing and says
   * so (docs/sync.md guarantee 9); the run requires nothing missing instead.
   */
  supervisorWaits(step: number): boolean {
    return this.plan !== null && step >= this.plan.dumpAt && this.counts.restores === 0;
  }

  private get file(): string {
    return join(this.cluster!.dir, 'server-backup.dump');
  }

  /**
   * Dumps or restores when the plan says so (the server must be up for a dump). After a restore
   * the supervisor makes the assignments again that the restore undid (nobody else holds them to
   * send again), before any laptop syncs.
   */
  async atStep(
    step: number,
    server: SimServer,
    prng: Prng,
    supervisor: Supervisor,
    /** Runs right before the restore (the runner notes what every laptop holds then). */
    beforeRestore?: () => Promise<void>,
  ): Promise<void> {
    if (!this.plan || server.isDown) return;
    if (!this.dumped && step >= this.plan.dumpAt) {
      await this.cluster!.tool('pg_dump', ['-U', 'postgres', '-Fc', '-f', this.file, this.name]);
      this.dumped = true;
      this.counts.dumps += 1;
    } else if (this.dumped && this.counts.restores === 0 && step >= this.plan.restoreAt) {
      const before = await assignments(server);
      await beforeRestore?.();
      await this.restore(server, prng.chance(0.5));
      await supervisor.redo(before, await assignments(server));
    }
  }

  private get name(): string {
    return this.database.name!;
  }

  private async admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.cluster!.url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  private async restore(server: SimServer, operatorBump: boolean): Promise<void> {
    // An armed kill can strike while every laptop's holdings are noted (seed 1015 crashed the run
    // here with "server is down"): an operator restoring a backup starts from a running server.
    if (server.isDown) await server.restart();
    const head = async () =>
      (await server.query<{ n: number }>('SELECT count(*)::int AS n FROM change_log')).rows[0]!.n;
    const before = await head();
    await server.whileDown(async () => {
      await this.admin(async (c) => {
        await c.query(`DROP DATABASE ${this.name} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${this.name}`);
      });
      await this.cluster!.tool('pg_restore', ['-U', 'postgres', '-d', this.name, this.file]);
    });
    this.counts.restores += 1;
    this.counts.changesLost += Math.max(0, before - (await head()));
    if (operatorBump) {
      // `npm run server:admin -- bump-sync-epoch` (server/src/cli/case-commands.ts) for each
      // organisation: every laptop downloads again.
      await server.query(
        `UPDATE organisations SET sync_epoch = sync_epoch + 1, sync_epoch_changed_at = now()`,
      );
      this.counts.operatorBumps += 1;
    }
  }
}
