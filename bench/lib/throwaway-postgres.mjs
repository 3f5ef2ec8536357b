// A throwaway PostgreSQL cluster for the server benchmark, as .ci/run makes one for the tests:
// initdb in a temp folder as user `postgres`, on a free port, removed by `stop()`. Durability is
// left on (fsync, synchronous_commit), as in production, unless `fsync: false` is asked for.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin/initdb')))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? join(root, versions.at(-1), 'bin') : null;
}

/** Starts the cluster; resolves with its DATABASE_URL and a `stop()`; throws if it cannot. */
export async function startThrowawayPostgres({ fsync = true } = {}) {
  const bin = postgresBin();
  if (!bin) throw new Error('no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)');
  if (process.getuid?.() !== 0) throw new Error('starting a cluster as user postgres needs root');
  const dir = mkdtempSync(join(tmpdir(), 'amparo-bench-pg-'));
  execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  const asPostgres = (command, args) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(fsync ? [] : ['-c fsync=off']),
  ].join(' ');
  try {
    asPostgres('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
    asPostgres('pg_ctl', [
      '-D',
      join(dir, 'data'),
      '-l',
      join(dir, 'log'),
      '-o',
      options,
      '-w',
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const version = execFileSync(join(bin, 'postgres'), ['--version']).toString().trim();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    fsync,
    stop() {
      try {
        asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
