/**
 * The server is its own npm workspace: `npm ci --omit=dev -w server` on a copy of the sources a
 * deployment gets (package files, core/, server/) installs exactly the server's production
 * dependency tree from the lockfile, nothing of the desktop app or the toolchain, and the server
 * starts from it. This is what the Dockerfile and docs/deploy.md do.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerInstall } from './deploy-helpers';
import { installServerCopy, repoRoot, startListening } from './deploy-helpers';

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  link?: boolean;
  resolved?: string;
}

const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const rootPkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** npm skips optional packages built for another libc (glibc or musl) on Linux. */
function currentLibc(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } })
    .header;
  return header?.glibcVersionRuntime ? 'glibc' : 'musl';
}

function matchesPlatform(entry: LockEntry): boolean {
  const fits = (list: string[] | undefined, value: string | undefined) =>
    !list ||
    value === undefined ||
    list.some((item) => item === value || (item.startsWith('!') && item !== `!${value}`));
  return (
    fits(entry.os, process.platform) &&
    fits(entry.cpu, process.arch) &&
    fits(entry.libc, currentLibc())
  );
}

/** Node's resolution over the lockfile: from a package folder, the nearest node_modules/<name>. */
function resolveIn(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/** Every lockfile folder the server needs at run time on this platform. */
function serverClosure(): Set<string> {
  const seen = new Set<string>();
  const visit = (from: string, deps: Record<string, string>, optional: boolean) => {
    for (const name of Object.keys(deps)) {
      const at = resolveIn(from, name);
      if (!at) {
        if (optional) continue;
        throw new Error(`${name} (needed by ${from || 'server'}) is not in the lockfile`);
      }
      const entry = lock.packages[at]!;
      if (seen.has(at) || (optional && !matchesPlatform(entry))) continue;
      seen.add(at);
      visit(at, entry.dependencies ?? {}, false);
      visit(at, entry.optionalDependencies ?? {}, true);
      // npm installs peers too, unless they are marked optional.
      const peers = Object.keys(entry.peerDependencies ?? {}).filter(
        (peer) => !entry.peerDependenciesMeta?.[peer]?.optional,
      );
      visit(at, Object.fromEntries(peers.map((peer) => [peer, '*'])), false);
    }
  };
  const server = lock.packages['server']!;
  seen.add('node_modules/amparo-server');
  visit('', server.dependencies ?? {}, false);
  return seen;
}

/** Package folders actually installed under `dir/node_modules`, as lockfile-style paths. */
function installedFolders(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  const modules = join(dir, prefix, 'node_modules');
  let names: string[];
  try {
    names = readdirSync(modules);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const scoped = name.startsWith('@')
      ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`)
      : [name];
    for (const pkg of scoped) {
      const at = `${prefix}${prefix ? '/' : ''}node_modules/${pkg}`;
      out.push(at);
      if (pkg !== 'amparo-server') out.push(...installedFolders(dir, at));
    }
  }
  return out;
}

describe('server workspace (npm ci --omit=dev -w server)', () => {
  let install: ServerInstall;

  beforeAll(() => {
    install = installServerCopy();
  });

  afterAll(() => {
    if (install) rmSync(install.dir, { recursive: true, force: true });
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it("installs exactly the server's production tree from the lockfile", () => {
    const installed = new Set(installedFolders(install.dir));
    const expected = serverClosure();
    expect([...installed].filter((at) => !expected.has(at)).sort()).toEqual([]);
    expect([...expected].filter((at) => !installed.has(at)).sort()).toEqual([]);
  });

  it('installs nothing of the desktop app or the toolchain', () => {
    const installed = new Set(installedFolders(install.dir));
    const serverDeps = new Set(
      Object.keys(lock.packages['server']!.dependencies ?? {}).map((n) => `node_modules/${n}`),
    );
    const appOnly = [...Object.keys(rootPkg.dependencies), ...Object.keys(rootPkg.devDependencies)]
      .map((name) => `node_modules/${name}`)
      .filter((at) => !serverDeps.has(at));
    expect(appOnly).toContain('node_modules/electron-updater');
    expect(appOnly).toContain('node_modules/electron');
    expect(appOnly.filter((at) => installed.has(at))).toEqual([]);
  });

  it('starts the server from that install and answers /health', async () => {
    const server = await startListening(
      process.execPath,
      [
        join(install.dir, 'node_modules/tsx/dist/cli.mjs'),
        'server/src/main.ts',
        '--in-memory',
        '--port',
        '0',
        '--log-level',
        'warn',
      ],
      { cwd: install.dir, env: { ...process.env, DATABASE_URL: '' } },
    );
    try {
      const health = (await (await fetch(`${server.url}/health`)).json()) as { status: string };
      expect(health.status).toBe('ok');
    } finally {
      await server.stop();
    }
  });
});
