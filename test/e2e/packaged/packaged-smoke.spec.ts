import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { packedAsar, packedExecutable, smokeOutputDir } from '../../packaging/smoke-build.mjs';

// The packaged app as volunteers install it (electron-builder --dir, asar, fuses), built by
// `node test/packaging/smoke-build.mjs` with only the inspector fuse left on for Playwright.
// CI's matrix (ubuntu, windows, macos) builds it before `npm test`; elsewhere it is skipped.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const executable = packedExecutable(join(repoRoot, smokeOutputDir), process.platform);
const skipReason = existsSync(executable)
  ? null
  : `no packaged smoke build at ${executable} (run "node test/packaging/smoke-build.mjs" where the Electron binary can be downloaded)`;
if (skipReason) process.stderr.write(`\n[packaged e2e] SKIPPED: ${skipReason}\n\n`);
test.skip(skipReason !== null, skipReason ?? '');

let app: ElectronApplication | undefined;
let page: Page;
let userData: string | undefined;

test.beforeAll(async () => {
  userData = await mkdtemp(join(tmpdir(), 'amparo-packaged-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('AMPARO_') && key !== 'ELECTRON_RUN_AS_NODE') {
      env[key] = value;
    }
  }
  app = await _electron.launch({
    executablePath: executable,
    env: { ...env, AMPARO_USER_DATA_DIR: userData, AMPARO_LOG_LEVEL: 'warn' },
    timeout: 60_000,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userData) await rm(userData, { recursive: true, force: true });
});

test('opens one window on the first-run or lock screen, served from app://amparo', async () => {
  expect(page.url()).toMatch(/^app:\/\/amparo\//);
  expect(app!.windows()).toHaveLength(1);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: /Protect the client files on this computer|Amparo is locked/,
    }),
  ).toBeVisible();
});

test('app://amparo answers with the strict CSP header', async () => {
  const csp = await page.evaluate(async () =>
    (await fetch(`${location.origin}/`)).headers.get('content-security-policy'),
  );
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("frame-ancestors 'none'");
});

test('the preload exposes window.amparo and nothing of Node', async () => {
  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return {
      amparo: typeof scope['amparo'],
      require: typeof scope['require'],
      process: typeof scope['process'],
      module: typeof scope['module'],
      electron: typeof scope['electron'],
      ipcRenderer: typeof scope['ipcRenderer'],
    };
  });
  expect(globals).toEqual({
    amparo: 'object',
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    electron: 'undefined',
    ipcRenderer: 'undefined',
  });
});

test('the installed app.asar holds no test, source map or .env file', () => {
  const asar = createRequire(import.meta.url)('@electron/asar') as {
    listPackage(path: string): string[];
  };
  const files = asar.listPackage(packedAsar(executable, process.platform));
  expect(files).toContain(join('/', 'out', 'renderer', 'index.html').replaceAll('\\', '/'));
  const own = files
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => !f.startsWith('/node_modules/'));
  expect(own.filter((f) => /\.map$|\.tsx?$|(^|\/)\.env/.test(f))).toEqual([]);
  expect(own.filter((f) => /\/(test|tests|__tests__|fixtures|demo)\//.test(f))).toEqual([]);
});
