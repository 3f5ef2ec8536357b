/**
 * The README's production commands, run as written (only the database URL and the port are
 * replaced) in a copy of the repository on an empty PostgreSQL database: no demo account exists
 * afterwards, the demo's published passwords fail, and the first admin's one-time password asks
 * to be changed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running, ServerInstall } from './deploy-helpers';
import {
  createEmptyDatabase,
  installServerCopy,
  missingPostgres,
  publishedDemoCredentials,
  repoRoot,
  startListening,
  tryPassword,
} from './deploy-helpers';

const heading = '## Running the server for MCJ (production)';

/** The first bash block under the production heading, one command per line. */
export function readmeProductionCommands(readme: string): string[] {
  const section = readme.slice(readme.indexOf(heading));
  const block = /```bash\n([\s\S]*?)```/.exec(section);
  if (!readme.includes(heading) || !block) throw new Error(`README has no "${heading}" commands`);
  return block[1]!
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

const skipReason = missingPostgres();
if (skipReason)
  process.stderr.write(`\n[deploy] README production test SKIPPED: ${skipReason}\n\n`);

describe.skipIf(skipReason !== null)("the README's production commands", () => {
  const commands = readmeProductionCommands(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
  let install: ServerInstall | undefined;
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let setup: { status: number | null; stdout: string; stderr: string };
  let server: Running | undefined;

  beforeAll(async () => {
    database = await createEmptyDatabase('readme');
    const withOurs = (line: string) =>
      line
        .replace(/DATABASE_URL=\S+/, `DATABASE_URL=${database.url}`)
        .replace(/--port \d+/, '--port 0');
    const [serve, ...rest] = [...commands].reverse();
    const before = rest.reverse();
    // `npm ci --omit=dev -w server` runs in a copy of the repository, as on MCJ's machine.
    const ci = before.find((line) => line.startsWith('npm ci'));
    if (ci) {
      install = installServerCopy();
      if (install.status !== 0) throw new Error(install.output);
    }
    const dir = install?.dir ?? repoRoot;
    const script = join(dir, 'readme-production.sh');
    writeFileSync(
      script,
      ['set -eu', ...before.filter((line) => line !== ci).map(withOurs), ''].join('\n'),
    );
    const result = spawnSync('bash', [script], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    setup = { status: result.status, stdout: result.stdout, stderr: result.stderr };
    if (setup.status !== 0) return;
    const exported = Object.fromEntries(
      before
        .map(withOurs)
        .map((line) => /^export (\w+)=(.*)$/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        // As the shell would: `$(openssl rand -base64 32)` is the key it prints.
        .map((match) => [
          match[1]!,
          spawnSync('bash', ['-c', `printf %s ${match[2]!}`], { encoding: 'utf8' }).stdout,
        ]),
    );
    server = await startListening('bash', ['-c', withOurs(serve!)], {
      cwd: dir,
      env: { ...process.env, ...exported },
    });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    if (install) rmSync(install.dir, { recursive: true, force: true });
  });

  it('are an install, an init and a server start, with no --demo anywhere', () => {
    expect(commands.some((line) => line.includes('server:admin -- init'))).toBe(true);
    expect(commands.at(-1)).toMatch(/^npm run server -- /);
    expect(commands.join('\n')).not.toMatch(/--demo/);
  });

  it('run: init prints a one-time password, the server starts', () => {
    expect(setup.status, `${setup.stdout}\n${setup.stderr}`).toBe(0);
    expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('leave no demo account in the database, only the organisation from init', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const users = await client.query<{ email: string; role: string }>(
        'SELECT email, role FROM users',
      );
      expect(users.rows).toEqual([{ email: 'admin@example.org', role: 'admin' }]);
      const orgs = await client.query<{ name: string }>('SELECT name FROM organisations');
      expect(orgs.rows).toEqual([{ name: 'Mississippi Center for Justice' }]);
    } finally {
      await client.end();
    }
  });

  it('refuse every published demo password', async () => {
    const credentials = await publishedDemoCredentials();
    expect(credentials).toHaveLength(4);
    for (const credential of credentials) {
      expect(await tryPassword(server!.url, credential.email, credential.password)).toBe(401);
    }
  });

  it('ask the first admin to replace the one-time password before signing in', async () => {
    const printed = JSON.parse(setup.stdout.slice(setup.stdout.indexOf('{'))) as {
      oneTimePassword: string;
    };
    expect(await tryPassword(server!.url, 'admin@example.org', printed.oneTimePassword)).toBe(403);
  });
});
