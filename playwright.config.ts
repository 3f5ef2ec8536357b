import { defineConfig } from '@playwright/test';
import { shellCommandLine, tsxScriptCommand } from './scripts/lib/node-tool.mjs';

/**
 * Playwright workers: two in CI, one elsewhere (AMPARO_E2E_WORKERS overrides; never `--workers`).
 * Each worker has a web host, an embedded server and a database of its own, so specs in different
 * workers share nothing: not the demo organisation, its two-step codes (one per 30 s per account)
 * or the sign-in rate limit. Worker i (TEST_PARALLEL_INDEX, 0 in the runner) uses the ports below
 * plus i, and the database `<DATABASE_URL's>_e2e<i>` from the second worker on.
 */
const workers = Number(process.env['AMPARO_E2E_WORKERS'] ?? (process.env['CI'] ? 2 : 1));
const slot = Number(process.env['TEST_PARALLEL_INDEX'] ?? 0);
const basePorts = {
  web: Number(process.env['AMPARO_E2E_WEB_PORT'] ?? 4173),
  server: Number(process.env['AMPARO_E2E_SERVER_PORT'] ?? 8788),
  control: Number(process.env['AMPARO_E2E_CONTROL_PORT'] ?? 4183),
};

const webPort = basePorts.web + slot;
export const serverPort = basePorts.server + slot;
/** A second web host (the canary test's control build with encryption off). */
export const controlPort = basePorts.control + slot;

/** Test-only, public: 32 bytes, base64. Never use it for a real server. */
const E2E_MFA_KEY = 'YW1wYXJvLWUyZS1wdWJsaXNoZWQtdGVzdC1rZXktMzI=';

function withDatabase(url: string | undefined, index: number): string | undefined {
  if (!url || index === 0) return url;
  const renamed = new URL(url);
  renamed.pathname = `${renamed.pathname}_e2e${index}`;
  return renamed.toString();
}

/** Worker `index`'s web host and embedded server (`npm start` in web mode). */
function webServer(index: number) {
  const ports = {
    web: basePorts.web + index,
    server: basePorts.server + index,
    control: basePorts.control + index,
  };
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    // The server refuses to start on PostgreSQL without an MFA key (docs/deploy.md). The e2e
    // server holds only the public demo organisation, so a fixed, published test key is enough.
    AMPARO_MFA_KEY: process.env['AMPARO_MFA_KEY'] ?? E2E_MFA_KEY,
  };
  const databaseUrl = withDatabase(process.env['DATABASE_URL'], index);
  const ownerUrl = withDatabase(process.env['DATABASE_OWNER_URL'], index);
  if (databaseUrl) env['DATABASE_URL'] = databaseUrl;
  if (ownerUrl) env['DATABASE_OWNER_URL'] = ownerUrl;
  // Node and tsx's loader, not node_modules/.bin/tsx: cmd.exe cannot run the POSIX shim.
  const start = shellCommandLine(
    tsxScriptCommand('scripts/start.ts', [
      '--web',
      '--skip-build',
      '--ephemeral',
      '--port',
      String(ports.web),
      '--server-port',
      String(ports.server),
      '--allow-origin',
      `http://127.0.0.1:${ports.control}`,
      // Every spec signs people in from 127.0.0.1; the limit itself is tested in server/.
      '--sign-in-rate-limit',
      '300',
    ]),
  );
  const freshDatabase =
    index > 0 && databaseUrl
      ? `${shellCommandLine(tsxScriptCommand('scripts/e2e-database.ts'))} && `
      : '';
  return {
    command: `${freshDatabase}${start}`,
    env,
    url: `http://127.0.0.1:${ports.web}/config.json`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers,
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
  webServer: Array.from({ length: workers }, (_, index) => webServer(index)),
});
