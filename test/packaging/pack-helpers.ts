/**
 * Helpers for the packaging tests: a stand-in Electron distribution (no Electron binary can be
 * downloaded on CI machines without GitHub access), a staged copy of the project as a release
 * build would see it, and electron-builder run on it with `--dir`.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeToolCommand } from '../../scripts/lib/node-tool.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const requireFromRepo = createRequire(join(repoRoot, 'package.json'));
export const electronVersion = '45.5.0';
/** npm and npx are `.cmd` files on Windows, which Node runs only through a shell. */
const shell = process.platform === 'win32';

/** Electron's fuse sentinel and a V1 wire of 8 fuses with Electron's defaults. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const defaultWire = '10110001';

/** Why the packaging tests cannot run here, or null when every tool they need is present. */
export function missingTool(): string | null {
  const needed = [
    'electron-builder/cli.js',
    'app-builder-lib/scheme.json',
    'app-builder-lib/out/util/config/config.js',
    '@electron/asar',
    '@electron/fuses',
  ];
  for (const id of needed) {
    try {
      requireFromRepo.resolve(id);
    } catch {
      return `${id} is not installed (run npm ci)`;
    }
  }
  if (spawnSync('npm', ['--version'], { encoding: 'utf8', shell }).status !== 0)
    return 'npm is not on PATH';
  return null;
}

/** A folder electron-builder accepts as `electronDist`: a shell script carrying a fuse wire. */
export function makeElectronDist(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const script = [
    '#!/bin/sh',
    'echo "stand-in for the Electron binary (packaging tests only)" >&2',
    'exit 1',
    '',
  ].join('\n');
  const wire = Buffer.concat([
    Buffer.from(`# ${fuseSentinel}`, 'latin1'),
    Buffer.from([1, defaultWire.length]),
    Buffer.from(`${defaultWire}\n`, 'latin1'),
  ]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from(script), wire]));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), electronVersion);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
}

export const decoys = {
  'out/main/index.js.map': '{"version":3,"sources":["../../electron/main/index.ts"]}',
  'out/renderer/assets/index.js.map': '{"version":3}',
  'out/main/leftover.ts': 'export const source = true;',
  'out/renderer/fixtures/demo-cases.json': '[{"familyName":"Prueba"}]',
  'server/src/main.ts': 'startServer();',
  'test/fixtures/case.json': '{}',
  '.data/demo.sqlite': 'demo',
  '.env': 'DATABASE_URL=postgres://secret@db/amparo',
  'out/renderer/.env': 'VITE_SECRET=1',
  'out/main/.env.production': 'SECRET=1',
} as const;

/** The server workspace's runtime packages: present in a checkout's node_modules, never packed. */
export function serverPackages(): string[] {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'server', 'package.json'), 'utf8')) as {
    name: string;
    dependencies: Record<string, string>;
  };
  return [pkg.name, ...Object.keys(pkg.dependencies)];
}

/**
 * The project as a release build sees it: package.json, electron-builder.yml, build/, the built
 * out/{main,preload,renderer}, the server workspace's package.json and its link, the production
 * node_modules of the whole checkout (a real folder: npm cannot list a symlinked one; the server's
 * packages are there too, as on any machine that ran `npm ci`), plus decoys that must never be packed.
 */
export function stageProject(stage: string): void {
  for (const file of ['package.json', 'electron-builder.yml', 'server/package.json']) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(stage, file));
  }
  cpSync(join(repoRoot, 'build'), join(stage, 'build'), { recursive: true });
  cpSync(join(repoRoot, 'assets'), join(stage, 'assets'), { recursive: true });
  for (const part of ['main', 'preload', 'renderer']) {
    cpSync(join(repoRoot, 'out', part), join(stage, 'out', part), { recursive: true });
  }
  const listed = spawnSync('npm', ['ls', '--omit', 'dev', '--all', '--parseable'], {
    cwd: repoRoot,
    encoding: 'utf8',
    shell,
  });
  for (const path of listed.stdout.split('\n').slice(1).filter(Boolean)) {
    const rel = relative(repoRoot, path);
    if (!rel.startsWith('node_modules')) continue;
    mkdirSync(dirname(join(stage, rel)), { recursive: true });
    if (lstatSync(join(repoRoot, rel)).isSymbolicLink()) {
      // The workspace link (node_modules/amparo-server -> ../server).
      symlinkSync(readlinkSync(join(repoRoot, rel)), join(stage, rel), 'junction');
      continue;
    }
    cpSync(path, join(stage, rel), { recursive: true });
  }
  for (const [file, content] of Object.entries(decoys)) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    writeFileSync(join(stage, file), content);
  }
}

/** Makes sure out/ holds a build, building it when it does not. */
export function ensureBuilt(): void {
  const built = [
    'out/main/index.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
    'out/renderer/build-flags.json',
  ].every((file) => existsSync(join(repoRoot, file)));
  if (built) return;
  const { command, args } = nodeToolCommand(repoRoot, 'electron-vite', 'electron-vite', ['build']);
  const build = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stderr}`);
}

export function runElectronBuilder(
  stage: string,
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const cli = requireFromRepo.resolve('electron-builder/cli.js');
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: stage,
    encoding: 'utf8',
    timeout: 110_000,
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
