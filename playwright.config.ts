import { defineConfig } from '@playwright/test';
import { shellCommandLine, tsxScriptCommand } from './scripts/lib/node-tool.mjs';

const webPort = Number(process.env['AMPARO_E2E_WEB_PORT'] ?? 4173);
export const serverPort = Number(process.env['AMPARO_E2E_SERVER_PORT'] ?? 8788);
/** A second web host (the canary test's control build with encryption off). */
export const controlPort = Number(process.env['AMPARO_E2E_CONTROL_PORT'] ?? 4174);

/** Test-only, public: 32 bytes, base64. Never use it for a real server. */
const E2E_MFA_KEY = 'YW1wYXJvLWUyZS1wdWJsaXNoZWQtdGVzdC1rZXktMzI=';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'out/test-results/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${webPort}/`,
    browserName: 'chromium',
    headless: true,
    locale: 'en-US',
    timezoneId: 'America/Chicago',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'web', testDir: 'test/e2e/web' },
    { name: 'desktop', testDir: 'test/e2e/desktop' },
    // The packaged app (test/packaging/smoke-build.mjs), in CI's Windows/macOS/Linux matrix.
    { name: 'packaged', testDir: 'test/e2e/packaged' },
  ],
  webServer: {
    // Node and tsx's loader, not node_modules/.bin/tsx: cmd.exe cannot run the POSIX shim.
    command: shellCommandLine(
      tsxScriptCommand('scripts/start.ts', [
        '--web',
        '--skip-build',
        '--ephemeral',
        '--port',
        String(webPort),
        '--server-port',
        String(serverPort),
        '--allow-origin',
        `http://127.0.0.1:${controlPort}`,
        // Every spec signs people in from 127.0.0.1; the limit itself is tested in server/.
        '--sign-in-rate-limit',
        '300',
      ]),
    ),
    // The server refuses to start on PostgreSQL without an MFA key (docs/deploy.md). The e2e server
    // holds only the public demo organisation, so a fixed, published test key is enough here.
    env: {
      ...(process.env as Record<string, string>),
      AMPARO_MFA_KEY: process.env['AMPARO_MFA_KEY'] ?? E2E_MFA_KEY,
    },
    url: `http://127.0.0.1:${webPort}/config.json`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
