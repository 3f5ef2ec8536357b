import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeToolCommand, shellCommandLine, tsxScriptCommand } from './node-tool.mjs';
import { testSteps } from './test-steps.mjs';

const root = resolve(import.meta.dirname, '../..');
const platforms = ['win32', 'darwin', 'linux'] as const;

function onPlatform(platform: NodeJS.Platform) {
  vi.spyOn(process, 'platform', 'get').mockReturnValue(platform);
}

afterEach(() => vi.restoreAllMocks());

describe.each(platforms)('npm test on %s', (platform) => {
  it('spawns every step as the current Node running a package bin file, with no npx or shell', () => {
    onPlatform(platform);
    const steps = Object.values(testSteps(root, resolve(root, 'out/test-results')));
    expect(steps.map((step) => step.label)).toHaveLength(8);
    for (const step of steps) {
      expect(step.command).toBe(process.execPath);
      const [bin] = step.args;
      expect(isAbsolute(bin!)).toBe(true);
      expect(existsSync(bin!)).toBe(true);
      expect(bin).not.toMatch(/node_modules[\\/]\.bin|\.cmd$|npx/);
    }
  });
});

describe('Playwright web server', () => {
  it('starts through the current Node and tsx loader, never node_modules/.bin', async () => {
    onPlatform('win32');
    const { default: config } = await import('../../playwright.config');
    const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
    expect(server?.command).toMatch(/^("[^"]+"|\S+) --import tsx scripts\/start\.ts --web /);
    expect(
      server?.command.startsWith(process.execPath) ||
        server?.command.startsWith(`"${process.execPath}"`),
    ).toBe(true);
    expect(server?.command).not.toMatch(/node_modules|npx/);
  });
});

describe('nodeToolCommand', () => {
  it('finds a named bin entry, a single bin and the package-named one', () => {
    expect(nodeToolCommand(root, 'typescript', 'tsc', ['-b']).args[0]).toMatch(
      /typescript[\\/]bin[\\/]tsc$/,
    );
    expect(nodeToolCommand(root, 'tsx').args[0]).toMatch(/tsx[\\/]dist[\\/]cli\.mjs$/);
    expect(nodeToolCommand(root, '@playwright/test', 'playwright', ['test']).args).toEqual([
      expect.stringMatching(/@playwright[\\/]test[\\/]cli\.js$/),
      'test',
    ]);
    expect(() => nodeToolCommand(root, 'typescript', 'nothing-like-this')).toThrow(/no bin/);
    expect(() => nodeToolCommand(root, 'zod')).toThrow(/no bin/);
  });

  it('uses the Node it is given (a Windows install path with spaces and accents)', () => {
    const node = 'C:\\Program Files\\nodejs\\node.exe';
    expect(nodeToolCommand(root, 'eslint', 'eslint', ['.'], node).command).toBe(node);
    expect(tsxScriptCommand('scripts/start.ts', ['--web'], node)).toEqual({
      command: node,
      args: ['--import', 'tsx', 'scripts/start.ts', '--web'],
    });
  });
});

describe('shellCommandLine (Playwright webServer: sh on macOS/Linux, cmd.exe on Windows)', () => {
  it('quotes only the parts that need it', () => {
    expect(
      shellCommandLine({
        command: 'C:\\Users\\José Pérez\\node.exe',
        args: [
          '--import',
          'tsx',
          'scripts/start.ts',
          '--port',
          '4173',
          '--allow-origin',
          'http://127.0.0.1:4174',
        ],
      }),
    ).toBe(
      '"C:\\Users\\José Pérez\\node.exe" --import tsx scripts/start.ts --port 4173 --allow-origin http://127.0.0.1:4174',
    );
    expect(shellCommandLine({ command: '/usr/bin/node', args: ['a b'] })).toBe(
      '/usr/bin/node "a b"',
    );
  });

  it('refuses characters either shell would expand inside double quotes', () => {
    for (const bad of ['%PATH%', '$HOME', '`id`', 'say "hi"', 'bang!']) {
      expect(() => shellCommandLine({ command: 'node', args: [bad] })).toThrow(/cannot quote/);
    }
  });
});
