/**
 * Server sync benchmark: 50 simulated devices (one attorney and one case each) pushing batches
 * of mutations and pulling concurrently against the real server on PostgreSQL.
 *
 *   DATABASE_URL=postgres://… npx tsx bench/server-sync/server-sync-bench.ts [--devices 50] [--rounds 10] [--batch 100] [--contended 5]
 *
 * `--contended K` runs a second phase beside the best case, on the same server: K devices (K
 * attorneys) share each case, and one patch in ten sets a legal field (the facility) from a stale
 * version, so the server merges field by field across devices and records conflicts. It prints
 * both phases and the ratio of their throughputs.
 *
 * It creates a throwaway database next to the one in DATABASE_URL and drops it at the end. The
 * server runs in its own process (`server/src/main.ts`), as in production, so the simulated
 * devices' own work is not counted against it.
 * Prints applied mutations per second and p50/p95 latencies of push and pull, and how many audit
 * rows the audit chain's sealer had linked; BENCH_AUDIT_SEALER=off runs the server with the
 * sealer off (the baseline for its cost, docs/audit-chain.md). Target (docs,
 * ARCHITECTURE.md §8): ≥ 1,000 applied mutations/s on a 2-core machine.
 */
import { DEMO_TOTP_SECRET } from '../../server/src/seed/demo-mfa';
import { signInWithTotp } from '../../server/src/test-support/totp-sign-in';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  cpuSeconds,
  findPostmaster,
  percentile,
  postgresPids,
  startServerProcess,
  withThrowawayDatabase,
} from './bench-processes';
import type { DemoCredential } from './bench-processes';

const { values } = parseArgs({
  options: {
    devices: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '10' },
    batch: { type: 'string', default: '100' },
    contended: { type: 'string', default: '0' },
  },
});
const DEVICES = Number(values.devices);
const ROUNDS = Number(values.rounds);
const BATCH = Number(values.batch);
const CONTENDED = Number(values.contended);

type Json = Record<string, unknown>;

async function main() {
  const baseUrl = process.env['DATABASE_URL'];
  if (!baseUrl) {
    console.error(
      'Set DATABASE_URL to a PostgreSQL server (a throwaway database is created on it).',
    );
    process.exit(2);
  }
  await withThrowawayDatabase(baseUrl, async (databaseUrl) => {
    const server = await startServerProcess(databaseUrl);
    const postmaster = await findPostmaster(databaseUrl);
    const cpu = () => ({
      server: cpuSeconds(server.pid),
      postgres: postmaster
        ? postgresPids(postmaster).reduce((sum, pid) => sum + cpuSeconds(pid), 0)
        : 0,
    });
    try {
      const best = await run(server.url, server.credentials, cpu, 1, 'best');
      if (CONTENDED > 1) {
        const contended = await run(server.url, server.credentials, cpu, CONTENDED, 'contended');
        console.log('');
        console.log(
          `contended / best case throughput: ${(contended / best).toFixed(2)} (${CONTENDED} devices per case vs one)`,
        );
      }
      await reportAuditChain(databaseUrl);
    } finally {
      server.stop();
    }
  });
}

/** Whether the audit chain's sealer kept up with the pushes (BENCH_AUDIT_SEALER=off: baseline). */
async function reportAuditChain(databaseUrl: string) {
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ audit: number; sealed: number }>(
      'SELECT (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM audit_chain)::int AS sealed',
    );
    console.log(
      `  audit chain (sealer ${process.env['BENCH_AUDIT_SEALER'] === 'off' ? 'off: baseline' : 'on'}): ${rows[0]!.sealed} of ${rows[0]!.audit} audit rows linked 2.5 s after the last push`,
    );
  } finally {
    await client.end();
  }
}
/** One phase; answers the applied (or conflicting) mutations per second. */
async function run(
  base: string,
  credentials: DemoCredential[],
  cpu: () => { server: number; postgres: number },
  devicesPerCase: number,
  phase: string,
): Promise<number> {
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await response.json()) as Json;
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const device = { name: 'Bench laptop', platform: 'linux', appVersion: '0.1.0' };
  const signIn = async (email: string, password: string) =>
    (await call('POST', '/v1/auth/sign-in', { email, password, device })) as {
      accessToken: string;
      deviceId: string;
    };
  // Staff have a second sign-in step; the demo's secret is published (issue 20 #1).
  const staffSignIn = async (role: string) => {
    const answer = await signInWithTotp(
      base,
      '/v1/auth/sign-in',
      { ...cred(role), totpSecret: DEMO_TOTP_SECRET },
      { device },
    );
    if (answer.status !== 200) throw new Error(`${role} sign-in: ${JSON.stringify(answer.body)}`);
    return answer.body as { accessToken: string; deviceId: string };
  };
  const cred = (role: string) => credentials.find((c) => c.role === role)!;
  const admin = await staffSignIn('admin');
  const supervisor = await staffSignIn('supervisor');

  const firstPage = (await call(
    'GET',
    '/v1/sync/pull?limit=1',
    undefined,
    supervisor.accessToken,
  )) as { changes: { row: Json }[] };
  const template = firstPage.changes[0]!.row;

  console.log(
    `Setting up ${DEVICES} attorneys and devices, ${devicesPerCase} per case (${phase})…`,
  );
  const devices: {
    token: string;
    deviceId: string;
    caseId: string;
    seq: number;
    cursor?: string;
    parent?: string;
    noteId: string;
  }[] = [];
  const users: { id: string; email: string; password: string }[] = [];
  for (let i = 0; i < DEVICES; i += 1) {
    const email = `bench.${phase}.attorney.${i}@example.org`;
    const password = `bench-password-${i}-long`;
    const user = (await call(
      'POST',
      '/v1/admin/users',
      { email, displayName: `Bench Attorney ${phase} ${i}`, role: 'attorney', password },
      admin.accessToken,
    )) as { user: { id: string } };
    users.push({ id: user.user.id, email, password });
  }
  for (let first = 0; first < DEVICES; first += devicesPerCase) {
    const sharing = users.slice(first, first + devicesPerCase);
    const caseId = randomUUID();
    const caseFile = {
      ...template,
      id: caseId,
      reference: `${phase === 'best' ? 'BEST' : 'SHARED'}-2026-${String(first).padStart(4, '0')}`,
    };
    await call(
      'POST',
      '/v1/admin/cases',
      { caseFile, assignTo: sharing.map((user) => user.id) },
      supervisor.accessToken,
    );
    for (const user of sharing) {
      const session = await signIn(user.email, user.password);
      devices.push({
        token: session.accessToken,
        deviceId: session.deviceId,
        caseId,
        seq: 0,
        noteId: randomUUID(),
      });
    }
  }
  for (const d of devices) {
    let page = (await call('GET', '/v1/sync/pull', undefined, d.token)) as {
      nextCursor: string;
      hasMore: boolean;
    };
    while (page.hasMore)
      page = (await call(
        'GET',
        `/v1/sync/pull?cursor=${page.nextCursor}`,
        undefined,
        d.token,
      )) as typeof page;
    d.cursor = page.nextCursor;
  }

  const pushLatencies: number[] = [];
  const pullLatencies: number[] = [];
  let applied = 0;
  let conflicts = 0;
  let pulledRows = 0;
  const fields = [
    'custody/iceOffice',
    'identity/givenNames',
    'releasePlan/sponsorName',
    'custody/deportationOfficer',
  ];

  // With devices sharing a case, one patch in ten is a legal field from a stale version.
  const contendedLegalPatch = (i: number) => devicesPerCase > 1 && i % 10 === 3;
  const batchFor = (d: (typeof devices)[number], round: number) =>
    Array.from({ length: BATCH }, (_, i) => {
      d.seq += 1;
      const base = {
        mutationId: randomUUID(),
        seq: d.seq,
        caseId: d.caseId,
        clientTime: new Date().toISOString(),
        patch: { set: {} },
      };
      if (i % 5 === 4) {
        const id = randomUUID();
        const body = {
          id,
          noteId: d.noteId,
          caseId: d.caseId,
          parentIds: d.parent ? [d.parent] : [],
          body: `Round ${round}, note line ${i}. `.repeat(20),
          createdAt: new Date().toISOString(),
          state: 'draft',
        };
        d.parent = id;
        return {
          ...base,
          kind: 'noteRevision',
          entity: 'noteRevision',
          entityId: id,
          baseVersion: 0,
          body,
        };
      }
      return {
        ...base,
        kind: 'patch',
        entity: 'case',
        entityId: d.caseId,
        baseVersion: 1,
        patch: {
          set: {
            [contendedLegalPatch(i) ? 'custody/facility' : fields[i % fields.length]!]:
              `Value ${d.deviceId.slice(0, 4)} ${round}.${i}`,
          },
        },
      };
    });

  console.log(
    `Running: ${DEVICES} devices x ${ROUNDS} rounds x ${BATCH} mutations (push, then pull)…`,
  );
  const load = loadavg()[0]!;
  const cpuBefore = cpu();
  const started = performance.now();
  await Promise.all(
    devices.map(async (d) => {
      for (let round = 0; round < ROUNDS; round += 1) {
        const mutations = batchFor(d, round);
        let t0 = performance.now();
        const pushed = (await call(
          'POST',
          '/v1/sync/push',
          { deviceId: d.deviceId, protocolVersion: 1, schemaVersion: 1, mutations },
          d.token,
        )) as { results: { status: string }[] };
        pushLatencies.push(performance.now() - t0);
        applied += pushed.results.filter((r) => r.status === 'applied').length;
        conflicts += pushed.results.filter((r) => r.status === 'conflict').length;
        t0 = performance.now();
        const page = (await call(
          'GET',
          `/v1/sync/pull?cursor=${d.cursor}`,
          undefined,
          d.token,
        )) as { nextCursor: string; changes: unknown[] };
        pullLatencies.push(performance.now() - t0);
        pulledRows += page.changes.length;
        d.cursor = page.nextCursor;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpu();
  const serverCpu = cpuAfter.server - cpuBefore.server;
  const postgresCpu = cpuAfter.postgres - cpuBefore.postgres;
  const cpuUsed = serverCpu + postgresCpu;
  const expected = DEVICES * ROUNDS * BATCH;
  console.log('');
  const settled = applied + conflicts;
  console.log(
    `server sync benchmark, ${phase} (PostgreSQL, ${cpus().length} cores, Node ${process.version})`,
  );
  console.log(
    `  devices ${DEVICES} (${devicesPerCase} per case), rounds ${ROUNDS}, batch ${BATCH}: ${applied}/${expected} mutations applied and ${conflicts} recorded as conflicts in ${seconds.toFixed(2)} s`,
  );
  console.log(
    `  applied (or conflicting) mutations/s: ${(settled / seconds).toFixed(0)}   (target >= 1000)`,
  );
  if (cpuUsed > 0) {
    console.log(
      `  CPU: server ${serverCpu.toFixed(1)} s + PostgreSQL ${postgresCpu.toFixed(1)} s = ${(settled / cpuUsed).toFixed(0)} mutations per CPU-second (${(cpuUsed / seconds).toFixed(2)} of ${cpus().length} cores busy)`,
    );
  }
  console.log(
    `  machine load average at start: ${load.toFixed(2)} (other processes share these cores)`,
  );
  console.log(
    `  push latency ms: p50 ${percentile(pushLatencies, 50).toFixed(0)}, p95 ${percentile(pushLatencies, 95).toFixed(0)} (${pushLatencies.length} pushes of ${BATCH})`,
  );
  console.log(
    `  pull latency ms: p50 ${percentile(pullLatencies, 50).toFixed(0)}, p95 ${percentile(pullLatencies, 95).toFixed(0)} (${pullLatencies.length} pulls, ${pulledRows} rows)`,
  );
  if (settled !== expected || (devicesPerCase > 1 && conflicts === 0)) process.exitCode = 1;
  return settled / seconds;
}

await main();
