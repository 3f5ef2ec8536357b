/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks with require() */
// electron-builder `beforePack` hook: a release is never built from a renderer whose local storage
// is unencrypted. The flag is VITE_AMPARO_UNSAFE_PLAINTEXT_STORAGE (renderer/src/db/database.ts),
// which exists only for the canary test's control build. electron-vite writes what the renderer
// was built with to out/renderer/build-flags.json (electron.vite.config.ts); packaging stops if
// that file is missing or says plaintext, or if the flag is set in this environment at all.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const FLAG = 'VITE_AMPARO_UNSAFE_PLAINTEXT_STORAGE';

function releaseProblem(projectDir, env = process.env) {
  if (env[FLAG]) return `${FLAG} is set in the environment: unset it and rebuild (npm run build)`;
  let flags;
  try {
    flags = JSON.parse(
      readFileSync(join(projectDir, 'out', 'renderer', 'build-flags.json'), 'utf8'),
    );
  } catch {
    return 'out/renderer/build-flags.json is missing: build the renderer with electron-vite build';
  }
  if (flags.plaintextStorage !== false)
    return `the renderer in out/ was built with ${FLAG}: its local storage is NOT encrypted; rebuild without it`;
  return null;
}

async function beforePack(context) {
  const projectDir = context?.packager?.projectDir ?? process.cwd();
  const problem = releaseProblem(projectDir);
  if (problem) throw new Error(`Refusing to package Amparo: ${problem}`);
}

module.exports = beforePack;
module.exports.default = beforePack;
module.exports.releaseProblem = releaseProblem;
