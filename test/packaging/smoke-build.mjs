/* eslint-disable no-console -- a command-line build step that reports to its terminal */
// The packaged-app smoke variant: the release build of Amparo (`electron-builder --dir`) with one
// difference, the EnableNodeCliInspectArguments fuse left on, because Playwright's
// `_electron.launch` drives the app through the inspector. Everything else (asar, integrity check,
// the other fuses, CSP, preload) is what volunteers install. Never ship this build.
//   node test/packaging/smoke-build.mjs            packs for this OS into release-smoke/
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeToolCommand } from '../../scripts/lib/node-tool.mjs';

export const smokeOutputDir = 'release-smoke';

/** The one setting in which the smoke variant differs from the release. */
export const smokeOverrides = ['-c.electronFuses.enableNodeCliInspectArguments=true'];

const platformFlags = { linux: '--linux', win32: '--win', darwin: '--mac' };

/**
 * electron-builder's arguments for the smoke variant on `platform`.
 * @param {NodeJS.Platform} platform
 * @param {string} outputDir
 */
export function smokeBuildArgs(platform, outputDir) {
  const flag = platformFlags[platform];
  if (!flag) throw new Error(`no packaged build for ${platform}`);
  return [
    flag,
    'dir',
    '--publish',
    'never',
    ...smokeOverrides,
    `-c.directories.output=${outputDir}`,
    // Unsigned and not notarised: the smoke build never leaves the CI machine.
    '-c.mac.notarize=false',
  ];
}

/**
 * Where electron-builder puts the packed executable for `platform` under `outputDir`.
 * @param {string} outputDir
 * @param {NodeJS.Platform} platform
 * @param {string} arch
 */
export function packedExecutable(outputDir, platform, arch = process.arch) {
  if (platform === 'win32')
    return join(outputDir, `win-${arch === 'arm64' ? 'arm64-' : ''}unpacked`, 'Amparo.exe');
  if (platform === 'darwin') {
    const folder = arch === 'arm64' ? 'mac-arm64' : 'mac';
    return join(outputDir, folder, 'Amparo.app', 'Contents', 'MacOS', 'Amparo');
  }
  return join(outputDir, `linux-${arch === 'arm64' ? 'arm64-' : ''}unpacked`, 'amparo');
}

/** The app.asar beside a packed executable. */
export function packedAsar(executable, platform) {
  if (platform === 'darwin') return resolve(executable, '..', '..', 'Resources', 'app.asar');
  return resolve(executable, '..', 'resources', 'app.asar');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const build = nodeToolCommand(root, 'electron-vite', 'electron-vite', ['build']);
  if (spawnSync(build.command, build.args, { cwd: root, stdio: 'inherit' }).status !== 0)
    process.exit(1);
  const pack = nodeToolCommand(
    root,
    'electron-builder',
    'electron-builder',
    smokeBuildArgs(process.platform, smokeOutputDir),
  );
  const result = spawnSync(pack.command, pack.args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const executable = packedExecutable(join(root, smokeOutputDir), process.platform);
  if (!existsSync(executable)) {
    console.error(`the smoke build has no executable at ${executable}`);
    process.exit(1);
  }
  console.log(`smoke build: ${executable}`);
}
