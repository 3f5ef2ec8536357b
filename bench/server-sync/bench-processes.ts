/**
 * Processes and measurements for the server benchmark: a throwaway PostgreSQL database, the
 * server in its own process, and CPU accounting from /proc (Linux).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export interface DemoCredential {
  role: string;
  email: string;
  password: string;
}

/**
 * CPU seconds used so far by a process and its reaped children (Linux /proc; 0 elsewhere). On a
 * shared machine wall-clock throughput depends on what else runs, so the bench also reports
 * mutations per CPU-second of the server and PostgreSQL.
 */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return ticks / 100;
  } catch {
    return 0;
  }
}

/** The postmaster and its live children (their finished children count in the postmaster's). */
export function postgresPids(postmasterPid: number): number[] {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return (
          Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) ===
          postmasterPid
        );
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmasterPid, ...children];
}

export async function findPostmaster(databaseUrl: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const dir = (
      await client.query<{ setting: string }>(
        `SELECT setting FROM pg_settings WHERE name = 'data_directory'`,
      )
    ).rows[0]!.setting;
    return Number(readFileSync(`${dir}/postmaster.pid`, 'utf8').split('\n')[0]);
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export async function withThrowawayDatabase<T>(
  baseUrl: string,
  run: (url: string) => Promise<T>,
): Promise<T> {
  const name = `amparo_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Starts `npm run server` on the throwaway database; resolves with its URL and demo accounts. */
export function startServerProcess(databaseUrl: string) {
  const main = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    [
      ...(process.env['BENCH_SERVER_PROFILE']
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_SERVER_PROFILE']}`]
        : []),
      '--import',
      'tsx',
      main,
      // Demo accounts are seeded only when asked (never on a production start).
      '--demo',
      '--port',
      '0',
      '--log-level',
      'warn',
      '--sync-rate-limit',
      '1000000',
      '--sign-in-rate-limit',
      '1000000',
    ],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AMPARO_MFA_KEY: process.env['AMPARO_MFA_KEY'] ?? randomBytes(32).toString('base64'),
        ...(process.env['BENCH_AUDIT_SEALER'] === 'off' ? { AMPARO_AUDIT_SEAL_MS: '0' } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise<{
    url: string;
    credentials: DemoCredential[];
    pid: number;
    stop(): void;
  }>((resolve, reject) => {
    let output = '';
    const credentials: DemoCredential[] = [];
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const match of output.matchAll(/demo (\w+): (\S+) \/ (\S+)/g)) {
        if (!credentials.some((c) => c.email === match[2]))
          credentials.push({ role: match[1]!, email: match[2]!, password: match[3]! });
      }
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url && credentials.length === 4)
        resolve({ url, credentials, pid: child.pid!, stop: () => child.kill('SIGTERM') });
    });
  });
}
