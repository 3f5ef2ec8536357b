/**
 * Helpers for the deployment tests: a copy of what a deployment gets (package files, core/,
 * server/) with `npm ci --omit=dev -w server` run in it, throwaway PostgreSQL databases on the
 * server that DATABASE_URL names, and a child process watched until it says it is listening.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const shell = process.platform === 'win32';

export interface ServerInstall {
  dir: string;
  status: number | null;
  output: string;
}

/** A temporary folder holding the server as docs/deploy.md installs it. */
export function installServerCopy(): ServerInstall {
  const dir = mkdtempSync(join(tmpdir(), 'amparo-deploy-'));
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.base.json']) {
    cpSync(join(repoRoot, file), join(dir, file));
  }
  for (const part of ['core', 'server']) {
    cpSync(join(repoRoot, part), join(dir, part), {
      recursive: true,
      filter: (source) => !source.includes('node_modules') && !source.endsWith('.test.ts'),
    });
  }
  const result = spawnSync(
    'npm',
    ['ci', '--omit=dev', '-w', 'server', '--prefer-offline', '--no-audit', '--no-fund'],
    { cwd: dir, encoding: 'utf8', shell, timeout: 110_000 },
  );
  return { dir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// These tests make databases of their own on DATABASE_URL's server and run the server and CLI on
// them as DATABASE_URL's role; an owner URL naming CI's shared test database would not match
// them (the server refuses that), so the processes they start never inherit it.
delete process.env['DATABASE_OWNER_URL'];

/** Why PostgreSQL tests cannot run here, or null. */
export function missingPostgres(): string | null {
  return process.env['DATABASE_URL'] ? null : 'DATABASE_URL is not set (no PostgreSQL server)';
}

/** A new, empty database on DATABASE_URL's server, named after DATABASE_URL's own database. */
export async function createEmptyDatabase(
  label: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(process.env['DATABASE_URL']!);
  const name = `${base.pathname.slice(1) || 'amparo'}_${label}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base.href);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: base.href });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export interface Running {
  child: ChildProcess;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** Starts a command and resolves with the URL it prints after "listening on". */
export function startListening(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Running> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      // npm runs the server as a grandchild: signal the whole process group.
      if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGTERM');
      else child.kill('SIGTERM');
    });
  return new Promise<Running>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`not listening after ${options.timeoutMs ?? 90_000} ms:\n${output}`));
    }, options.timeoutMs ?? 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output, stop });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${output}`));
    });
  });
}

/** The demo's published credentials, read from the repository (as anyone can). */
export async function publishedDemoCredentials(): Promise<{ email: string; password: string }[]> {
  const { demoCredentials } = await import('../../server/src/seed/demo-seed');
  return demoCredentials;
}

export async function tryPassword(url: string, email: string, password: string): Promise<number> {
  const response = await fetch(`${url}/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email,
      password,
      device: { name: 'Deploy test', platform: 'linux', appVersion: '0.1.0' },
    }),
  });
  return response.status;
}
