/**
 * One seeded run: the server on its own database, N laptops (alternating between the two demo
 * attorneys, so each attorney has several) behind fault proxies, the supervisor reassigning
 * cases, the server killed mid-push and restarted. Then quiescence and the invariants.
 */
import 'fake-indexeddb/auto';
import { demoCredentials } from '../../server/src/seed/demo-seed';
import { AdminClient, reassignRandomCase } from './admin-client';
import { checkChecksums } from './checksum-invariant';
import { checkExactlyOnce } from './exactly-once';
import { defaultFaultRates, FaultProxy, type FaultKind } from './fault-proxy';
import {
  Access,
  checkConvergence,
  checkNoLeaks,
  checkOutboxes,
  checkQuarantine,
  checkSavedRevisions,
} from './invariants';
import {
  clockSummary,
  installLaptopClocks,
  onLaptopClock,
  planClock,
  setClockOf,
  clockOf,
} from './laptop-clock';
import { DEFAULT_BACKUP_WEIGHT, runRandomOperation, type OperationName } from './operations';
import { PostgresFaults, startSimCluster, type PostgresFaultCounts } from './postgres-faults';
import { Prng } from './prng';
import { ServerRestores, supervisorRedo, type ServerRestoreCounts } from './server-restore';
import { quiesce } from './quiescence';
import { heldAtRestore, lostWithLeavingCases, type HeldAtRestore } from './restore-losses';
import { checkDocuments, documentSnapshot } from './document-invariants';
import {
  closeSimClient,
  createSimClient,
  syncOnce,
  type AttorneyKey,
  type GatedClient,
} from './sim-client';
import { createSimDatabase, type SimDatabase } from './sim-database';
import { SimServer, type ProcessKills } from './sim-server';
import { clientSnapshot, serverSnapshot } from './snapshots';
import type { Violation } from './violation';
import {
  checkDivergentWrites,
  checkFinalisedForks,
  checkReplacedValuesShown,
} from './write-oracle';
import { maybeKillMidUpload, type UploadKill } from './upload-faults';
import { UniqueValues, WriteLog } from './write-log';

export interface SimOptions {
  seed: number;
  clients: number;
  /** Operations per laptop. */
  ops: number;
  /** Server kills in the run (each mid-push or between requests, then a restart). */
  kills?: number;
  /** Chance per step that the supervisor reassigns a case. */
  adminRate?: number;
  /** Chance per step that the server prunes its whole change log (laptops then get 410). */
  pruneRate?: number;
  /**
   * Chance per step of a PostgreSQL fault (an immediate restart or the server's connections
   * terminated), on PostgreSQL runs with a cluster of the simulation's own (postgres-faults.ts).
   */
  postgresFaultRate?: number;
  /**
   * Share of the server's starts made as a child process (PostgreSQL runs only), killed with
   * SIGKILL; the others run in this process and die between two queries of a transaction.
   */
  childProcessShare?: number;
  /** Restores of the server's database from a `pg_dump` taken earlier in the run (0 or 1). */
  serverRestores?: number;
  /**
   * Weight of a laptop's backup-or-restore operation among the others (default 0.8, against about
   * 93 for all): raised, more runs restore a laptop from an earlier snapshot.
   */
  backupWeight?: number;
  /** PostgreSQL base URL for a throwaway database; default `DATABASE_URL`, else PGlite. */
  databaseUrl?: string;
}

export const DEFAULT_KILLS = 2;
export const DEFAULT_ADMIN_RATE = 0.03;
export const DEFAULT_PRUNE_RATE = 0.002;
export const DEFAULT_POSTGRES_FAULT_RATE = 0.005;
export const DEFAULT_SERVER_RESTORES = 0;
export const DEFAULT_CHILD_PROCESS_SHARE = 0.5;

export interface SimReport {
  options: Required<Omit<SimOptions, 'databaseUrl'>>;
  database: SimDatabase['kind'];
  ms: number;
  operations: Partial<Record<OperationName, { done: number; skipped: number }>>;
  faults: Partial<Record<FaultKind | 'offline' | 'upstreamDown', number>>;
  /** In-process kills inside a transaction; the server as a child process and its SIGKILLs. */
  kills: { total: number; midTransaction: number; process: ProcessKills };
  syncs: { total: number; failed: number };
  /** PostgreSQL restarted and connections terminated under the server (or why not). */
  postgresFaults: PostgresFaultCounts;
  /** The server's database dumped and restored from that dump later in the run (or why not). */
  serverRestores: ServerRestoreCounts;
  /** Times the server pruned its change log during the run. */
  prunes: number;
  /** Laptops restored from a snapshot of their database taken earlier in the run. */
  laptopRestores: number;
  /** Syncs on a full disk, and those that told the attorney so (`storage_full`). */
  diskFull: { syncs: number; reported: number };
  /** Laptops whose clock ran off the real one (up to ±48 h), clock changes mid-run, the largest skew. */
  clocks: { skewed: number; changed: number; maxSkewHours: number };
  /** Laptops stopped dead right after a pull page committed, then started again. */
  pullCrashes: number;
  /** Server kills that stopped a document upload part way; upload requests the proxies faulted. */
  uploads: Record<UploadKill, number> & { faulted: number };
  /** Access-token refreshes (tokens live seconds here), answers lost on the way, requests sent twice. */
  refreshes: { total: number; answerLost: number; duplicated: number; signInsAgain: number };
  adminChanges: number;
  savedRevisions: number;
  /** Autosaves refused because the note was finalised elsewhere while its editor was open. */
  refusedSaves: number;
  writes: number;
  quiescenceRounds: number;
  /** Local copies damaged on purpose, and differences the laptops' checksums found. */
  checksum: { damaged: number; found: number };
  conflicts: Record<string, number>;
  quarantined: { device: string; mutation: string; entity: string | null; reason: string }[];
  violations: Violation[];
}

function credentialsFor(role: 'attorney1' | 'attorney2' | 'supervisor') {
  const credential = demoCredentials.find((c) => c.email.startsWith(role))!;
  return {
    email: credential.email,
    password: credential.password,
    totpSecret: credential.totpSecret,
  };
}

function killPlan(prng: Prng, kills: number, steps: number): Set<number> {
  const plan = new Set<number>();
  while (plan.size < Math.min(kills, Math.max(0, steps - 1))) plan.add(prng.int(1, steps - 1));
  return plan;
}

/**
 * Everything committed so far leaves the change log, as `pruneChanges` does: every laptop's next
 * pull gets 410. Except revocations, which the push's 14-day unassignment grace reads: the
 * server's 365-day retention never reaches one that young, so neither does this.
 */
async function pruneAll(server: SimServer): Promise<void> {
  await server.query(
    `WITH gone AS (DELETE FROM change_log WHERE op <> 'revoke' RETURNING org_id, seq)
     UPDATE organisations o SET min_cursor_seq = GREATEST(o.min_cursor_seq, g.seq)
     FROM (SELECT org_id, max(seq) AS seq FROM gone GROUP BY org_id) g WHERE o.id = g.org_id`,
  );
}

export async function runSimulation(options: SimOptions): Promise<SimReport> {
  const started = performance.now();
  const settings = {
    seed: options.seed,
    clients: options.clients,
    ops: options.ops,
    kills: options.kills ?? DEFAULT_KILLS,
    adminRate: options.adminRate ?? DEFAULT_ADMIN_RATE,
    pruneRate: options.pruneRate ?? DEFAULT_PRUNE_RATE,
    postgresFaultRate: options.postgresFaultRate ?? DEFAULT_POSTGRES_FAULT_RATE,
    serverRestores: options.serverRestores ?? DEFAULT_SERVER_RESTORES,
    childProcessShare: options.childProcessShare ?? DEFAULT_CHILD_PROCESS_SHARE,
    backupWeight: options.backupWeight ?? DEFAULT_BACKUP_WEIGHT,
  };
  const root = new Prng(settings.seed);
  const schedule = root.fork('schedule');
  const databaseUrl = options.databaseUrl ?? process.env['DATABASE_URL'];
  const own =
    settings.postgresFaultRate > 0
      ? await startSimCluster(databaseUrl)
      : { skipped: 'turned off (rate 0)' };
  const cluster = 'cluster' in own ? own.cluster : null;
  const database = await createSimDatabase(cluster?.url ?? databaseUrl).catch(async (error) => {
    await cluster?.stop();
    throw error;
  });
  const pgFaults = new PostgresFaults(
    cluster,
    database.name,
    'skipped' in own ? own.skipped : null,
  );
  const pgSchedule = root.fork('postgres');
  const restores = new ServerRestores(
    cluster,
    database,
    root.fork('server-restore'),
    settings.clients * settings.ops,
    settings.serverRestores,
    'skipped' in own ? own.skipped : null,
  );
  const processes = root.fork('server-process');
  const server = await SimServer.start(database, processes, settings.childProcessShare);
  const upstream = () => server.url;
  const clients: GatedClient[] = [];
  const proxies: FaultProxy[] = [];
  const uninstallClocks = installLaptopClocks();
  try {
    for (let i = 0; i < settings.clients; i += 1) {
      const attorney: AttorneyKey = i % 2 === 0 ? 'attorney1' : 'attorney2';
      const client = await createSimClient({
        name: `laptop-${i + 1}`,
        attorney,
        credentials: credentialsFor(attorney),
        upstream,
        prng: root.fork(`laptop-${i + 1}`),
      });
      setClockOf(client, planClock(client.prng.fork('clock'), settings.ops));
      clients.push(client);
      proxies.push(client.proxy);
    }
    const adminRates = Object.fromEntries(
      Object.entries(defaultFaultRates).map(([kind, rate]) => [kind, rate / 2]),
    ) as typeof defaultFaultRates;
    const adminProxy = await new FaultProxy(
      upstream,
      root.fork('supervisor/network'),
      adminRates,
    ).listen();
    proxies.push(adminProxy);
    const admin = await AdminClient.signIn(adminProxy, credentialsFor('supervisor'));
    const adminPrng = root.fork('supervisor');
    const supervisor = supervisorRedo(admin, adminProxy);
    const attorneys = [
      clients.find((c) => c.attorney === 'attorney1')?.userId ?? '',
      clients.find((c) => c.attorney === 'attorney2')?.userId ?? '',
    ] as const;

    for (const client of clients) await syncOnce(client);
    for (const proxy of proxies) proxy.faultsEnabled = true;

    const values = new UniqueValues(settings.seed);
    const log = new WriteLog();
    const operations: SimReport['operations'] = {};
    const steps = settings.clients * settings.ops;
    const kills = killPlan(schedule, settings.kills, steps);
    let downUntil = -1;
    let prunes = 0;
    let held: HeldAtRestore | null = null;
    const uploadKills = { betweenChunks: 0, inCommit: 0 };
    const uploadPrng = root.fork('uploadKills');
    for (let step = 0; step < steps; step += 1) {
      log.step = step;
      await pgFaults.settled();
      if (server.isDown && step >= downUntil) await server.restart();
      await pgFaults.maybeStrike(pgSchedule, settings.postgresFaultRate, server);
      await restores.atStep(step, server, pgSchedule, supervisor, async () => {
        held = heldAtRestore(await Promise.all(clients.map(clientSnapshot)));
      });
      if (kills.has(step) && !server.isDown) {
        if (schedule.chance(0.75)) {
          // A pull makes a few queries, a push dozens: a child process dies mid-pull too.
          const route = processes.pick(['push', 'pull'] as const);
          server.armKill(route === 'pull' ? processes.int(1, 6) : schedule.int(1, 60), route);
        } else {
          await server.kill();
          downUntil = step + schedule.int(1, 6);
        }
      }
      if (schedule.chance(settings.pruneRate) && !server.isDown) {
        await pruneAll(server);
        prunes += 1;
      }
      if (
        schedule.chance(settings.adminRate) &&
        attorneys.every(Boolean) &&
        !restores.supervisorWaits(step)
      ) {
        await reassignRandomCase(admin, adminPrng, attorneys);
      }
      const client = schedule.pick(clients);
      const uploadKill = await maybeKillMidUpload(server, client, uploadPrng);
      if (uploadKill) uploadKills[uploadKill] += 1;
      const killsBefore = server.kills;
      clockOf(client)?.tick();
      const { op, outcome } = await onLaptopClock(client, () =>
        runRandomOperation({ client, values, log }, settings.backupWeight),
      );
      const tally = (operations[op] ??= { done: 0, skipped: 0 });
      tally[outcome] += 1;
      if (server.kills > killsBefore) downUntil = step + schedule.int(0, 4);
    }

    server.disarm();
    await pgFaults.settled();
    // A short run can end before any planned kill struck (an armed kill waits for a push or pull
    // that never came): kill it once between requests, so every run meets a restart.
    if (settings.kills > 0 && server.kills === 0) {
      if (!server.isDown) await server.kill();
      await server.restart();
    }
    const rest = await quiesce(server, clients, proxies);
    const serverState = await serverSnapshot(server);
    const laptops = await Promise.all(clients.map(clientSnapshot));
    const access = new Access(serverState);
    const documents = await documentSnapshot(server, clients);
    const checksums = await checkChecksums(server, clients, access);
    const found = [
      ...checksums.violations,
      ...rest.violations,
      ...checkSavedRevisions(clients, serverState, laptops, access),
      ...checkConvergence(serverState, laptops, access),
      ...checkDocuments(documents, access),
      ...checkExactlyOnce(serverState, prunes > 0),
      ...checkOutboxes(laptops),
      ...checkQuarantine(serverState),
      ...checkDivergentWrites(log.records, serverState),
      ...checkFinalisedForks(serverState),
      ...checkReplacedValuesShown(serverState, laptops, access),
      ...checkNoLeaks(laptops, access),
    ];
    const { standing: violations, lost } = lostWithLeavingCases(
      found,
      held,
      log.records,
      laptops,
      (userId, caseId) => access.allows(userId, caseId),
    );
    restores.counts.lostWithLeavingCases = lost.length;
    const faults: SimReport['faults'] = {};
    for (const proxy of proxies) {
      for (const [kind, n] of Object.entries(proxy.counts) as [FaultKind, number][])
        faults[kind] = (faults[kind] ?? 0) + n;
    }
    const conflicts: Record<string, number> = {};
    for (const c of serverState.conflicts) {
      const key = `${c.kind}/${c.status}`;
      conflicts[key] = (conflicts[key] ?? 0) + 1;
    }
    return {
      options: settings,
      database: database.kind,
      ms: Math.round(performance.now() - started),
      operations,
      faults,
      kills: {
        total: server.kills,
        midTransaction: server.midTransactionKills,
        process: server.processKills,
      },
      syncs: {
        total: clients.reduce((n, c) => n + c.syncs, 0),
        failed: clients.reduce((n, c) => n + c.failedSyncs, 0),
      },
      refreshes: {
        total: proxies.reduce((n, p) => n + p.refreshes.total, 0),
        answerLost: proxies.reduce((n, p) => n + p.refreshes.answerLost, 0),
        duplicated: proxies.reduce((n, p) => n + p.refreshes.duplicated, 0),
        signInsAgain: clients.reduce((n, c) => n + c.signInsAgain, 0),
      },
      postgresFaults: pgFaults.counts,
      serverRestores: restores.counts,
      prunes,
      clocks: clockSummary(clients),
      pullCrashes: clients.reduce((n, c) => n + c.pullCrash.crashes, 0),
      uploads: { ...uploadKills, faulted: proxies.reduce((n, p) => n + p.uploadFaults, 0) },
      laptopRestores: clients.reduce((n, c) => n + c.restores, 0),
      diskFull: {
        syncs: operations.diskFull?.done ?? 0,
        reported: clients.reduce((n, c) => n + c.diskFullSeen, 0),
      },
      adminChanges: admin.changes,
      savedRevisions: clients.reduce((n, c) => n + c.saved.size, 0),
      refusedSaves: clients.reduce((n, c) => n + c.refusedSaves, 0),
      writes: log.records.length,
      quiescenceRounds: rest.rounds,
      checksum: { damaged: checksums.damaged, found: checksums.found },
      conflicts,
      quarantined: serverState.quarantine.map((q) => ({
        device: q.deviceId,
        mutation: q.mutationId,
        entity: q.entity,
        reason: q.reason,
      })),
      violations,
    };
  } finally {
    for (const client of clients) await closeSimClient(client).catch(() => undefined);
    for (const proxy of proxies) await proxy.close().catch(() => undefined);
    await server.stop().catch(() => undefined);
    await database.dispose().catch(() => undefined);
    await pgFaults.stop().catch(() => undefined);
    uninstallClocks();
  }
}
