/**
 * A PostgreSQL cluster of a test's own (never the shared one), so that a test may restart it or
 * kill its backends. Made with the machine's PostgreSQL binaries as the `postgres` user in a
 * temporary folder, listening on a free port of 127.0.0.1; `stop` removes it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PG_BIN = process.env['AMPARO_PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

/** Why no cluster of one's own can be made here (null when one can). */
export function throwawayClusterUnavailable(): string | null {
  if (!existsSync(join(PG_BIN, 'pg_ctl')))
    return `no pg_ctl in ${PG_BIN} (set AMPARO_PG_BIN to PostgreSQL's bin folder)`;
  if (process.platform === 'win32') return 'no runuser on Windows';
  if (process.getuid?.() !== 0)
    return 'not root: initdb must run as the postgres user, through runuser';
  return null;
}

function listenOn(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : null;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * The ports of `range` (inclusive), each once, starting at a random one: clusters started at the
 * same moment (the simulation's seeds, one process each) would otherwise all try the first free
 * port, which none has bound yet, and exhaust their attempts on each other.
 */
export function portsToTry(range: readonly [number, number], random = Math.random): number[] {
  const size = range[1] - range[0] + 1;
  const start = Math.floor(random() * size);
  return Array.from({ length: size }, (_, i) => range[0] + ((start + i) % size));
}

/** A free port: any (the system's choice), or a free one of `range` (inclusive). */
async function freePort(range?: readonly [number, number]): Promise<number> {
  if (!range) {
    const port = await listenOn(0);
    if (port === null) throw new Error('no free port');
    return port;
  }
  for (const port of portsToTry(range)) if ((await listenOn(port)) !== null) return port;
  throw new Error(`no free port in ${range[0]}-${range[1]}`);
}

export interface ThrowawayClusterOptions {
  /** Ports to choose from (inclusive); default: any free port. */
  ports?: readonly [number, number];
  /** Extra `-c name=value` settings, e.g. `fsync=off` where only process crashes are simulated. */
  settings?: readonly string[];
}

export interface ThrowawayCluster {
  url: string;
  /** A folder the postgres user may write to (dumps), removed with the cluster. */
  dir: string;
  port: number;
  /** `pg_ctl restart -m immediate`: every backend dies at once, as in a crash. */
  restartImmediate(): Promise<void>;
  /** Down (immediate) until `start`. */
  pause(): Promise<void>;
  start(): Promise<void>;
  /** Runs one of PostgreSQL's programs (pg_dump, pg_restore…) as the postgres user. */
  tool(bin: string, args: string[]): Promise<{ stdout: string; stderr: string }>;
  stop(): Promise<void>;
}

export async function startThrowawayCluster(
  options: ThrowawayClusterOptions = {},
): Promise<ThrowawayCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'amparo-pg-'));
  const data = join(dir, 'data');
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  await chown(dir, uid, gid);
  const asPostgres = (bin: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', join(PG_BIN, bin), ...args], {
      maxBuffer: 64 * 1024 * 1024,
    });
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres']);
  const settings = (options.settings ?? []).map((s) => ` -c ${s}`).join('');
  let port = 0;
  const ctl = (args: string[]) =>
    asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${settings}`,
      '-w',
      ...args,
    ]);
  // Another process may take the port between the check and the start: try the next one.
  for (let attempt = 1; ; attempt += 1) {
    port = await freePort(options.ports);
    try {
      await ctl(['start']);
      break;
    } catch (error) {
      if (attempt >= 5) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    port,
    restartImmediate: async () => {
      await ctl(['-m', 'immediate', 'restart']);
    },
    pause: async () => {
      await ctl(['-m', 'immediate', 'stop']);
    },
    start: async () => {
      await ctl(['start']);
    },
    tool: (bin, args) => asPostgres(bin, ['-h', '127.0.0.1', '-p', String(port), ...args]),
    stop: async () => {
      await ctl(['-m', 'immediate', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
