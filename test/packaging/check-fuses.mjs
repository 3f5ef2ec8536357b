/* eslint-disable no-console -- a command-line check that reports to its terminal */
// Release check: reads the fuse wire of every packed Amparo executable under a release folder and
// fails unless each hardening fuse is set as electron-builder.yml says.
// Usage: node test/packaging/check-fuses.mjs release
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fuses from '@electron/fuses';

const { getCurrentFuseWire, FuseV1Options } = fuses;
const expected = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

function executables(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(folder, entry.name);
    for (const candidate of [
      join(dir, 'Amparo.app'),
      join(dir, 'Amparo.exe'),
      join(dir, 'amparo'),
    ]) {
      if (existsSync(candidate)) found.push(candidate);
    }
  }
  return found;
}

const folder = process.argv[2] ?? 'release';
const apps = executables(folder);
if (apps.length === 0) {
  console.error(`no packed Amparo executable under ${folder}/`);
  process.exit(1);
}
let failed = false;
for (const app of apps) {
  const wire = await getCurrentFuseWire(app);
  for (const [name, on] of Object.entries(expected)) {
    const state = wire[FuseV1Options[name]];
    const ok = state === (on ? 49 : 48);
    if (!ok) failed = true;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${app}: ${name} should be ${on ? 'on' : 'off'}`);
  }
}
process.exit(failed ? 1 : 0);
