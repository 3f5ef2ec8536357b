// How Amparo's scripts start the tools they need on Windows, macOS and Linux alike: a package's bin
// file run by the current Node (`process.execPath`), never `npx` or `node_modules/.bin/…`. On
// Windows those are `.cmd` shims that only a shell can start (since Node 20.12, spawning a `.cmd`
// without `shell` throws EINVAL), and cmd.exe cannot run the POSIX shims at all.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The command that runs `bin` of `packageName` (installed under `root`) with `args`, with no
 * shell on any platform.
 * @param {string} root the project folder whose node_modules holds the package
 * @param {string} packageName e.g. 'typescript'
 * @param {string} [bin] the bin entry (defaults to the package's only or same-named bin)
 * @param {readonly string[]} [args]
 * @param {string} [execPath] the Node executable (tests pass one)
 * @returns {{ command: string, args: string[] }}
 */
export function nodeToolCommand(root, packageName, bin, args = [], execPath = process.execPath) {
  const requireFromRoot = createRequire(join(root, 'package.json'));
  const manifestPath = requireFromRoot.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const name = bin ?? packageName.split('/').pop();
  const entry =
    typeof manifest.bin === 'string'
      ? manifest.bin
      : (manifest.bin?.[name] ?? (bin ? undefined : Object.values(manifest.bin ?? {})[0]));
  if (typeof entry !== 'string') throw new Error(`${packageName} has no bin named ${name}`);
  return { command: execPath, args: [join(dirname(manifestPath), entry), ...args] };
}

/**
 * The command that runs a TypeScript file through tsx's loader in the current Node:
 * `node --import tsx file.ts …` (Node ≥ 20.6), the same on every platform.
 * @param {string} script
 * @param {readonly string[]} [args]
 * @param {string} [execPath]
 * @returns {{ command: string, args: string[] }}
 */
export function tsxScriptCommand(script, args = [], execPath = process.execPath) {
  return { command: execPath, args: ['--import', 'tsx', script, ...args] };
}

/**
 * One command line for a tool that hands its command to a shell (Playwright's `webServer`):
 * sh on macOS and Linux, cmd.exe on Windows. Arguments are double-quoted only when they need it;
 * neither shell expands anything inside double quotes that Amparo's arguments contain (paths,
 * ports, URLs), and the quotes are refused rather than escaped.
 * @param {{ command: string, args: readonly string[] }} command
 * @returns {string}
 */
export function shellCommandLine({ command, args }) {
  return [command, ...args]
    .map((part) => {
      if (/["%$`!\n]/.test(part)) throw new Error(`cannot quote ${JSON.stringify(part)} safely`);
      return /^[\w@+=:,./\\-]+$/.test(part) ? part : `"${part}"`;
    })
    .join(' ');
}
