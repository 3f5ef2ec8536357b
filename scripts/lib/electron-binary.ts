import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The path of the Electron binary, or the reason there is none. Since Electron 42 the binary is
 * downloaded on first use (`require('electron')`); where that cannot happen the package throws
 * "Electron failed to install correctly". The probe runs in a child process so that a failed
 * download's stack trace does not spill into `npm start`'s output.
 */
export function findElectronBinary(cwd: string): { path: string } | { missing: string } {
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write(String(require('electron')))"],
    {
      cwd,
      encoding: 'utf8',
      timeout: 10 * 60_000,
    },
  );
  const resolved = probe.stdout?.trim();
  if (probe.status === 0 && resolved && existsSync(resolved)) return { path: resolved };
  const stderr = probe.stderr ?? '';
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED/.test(stderr)) {
    return { missing: 'the Electron binary is not installed and cannot be downloaded from here' };
  }
  const reason = stderr
    .split('\n')
    .find((line) => /Electron failed|Error:/.test(line))
    ?.replace(/^.*?Error:\s*/, '')
    .trim();
  return { missing: reason || 'the electron package did not return a binary path' };
}
