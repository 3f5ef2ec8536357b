/**
 * Node side of the browser benchmarks: builds the bench bundle (bench/browser, Vite), serves it
 * with the app's static server (same CSP as web mode), and opens it in headless Debian Chromium
 * with a disk-backed persistent profile and the Playwright config's launch flags.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { startStaticServer } from '../../scripts/lib/static-server';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const bundleDir = join(repoRoot, 'out/bench');

/** Builds the bench bundle once per `npm run bench` (the runner sets BENCH_SKIP_BUILD after). */
export async function buildBenchBundle(): Promise<void> {
  if (process.env['BENCH_SKIP_BUILD'] === '1' && existsSync(join(bundleDir, 'index.html'))) return;
  const { build } = await import('vite');
  const started = performance.now();
  await build({ configFile: join(repoRoot, 'bench/vite.config.ts'), logLevel: 'warn' });
  console.log(`bench bundle built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface BenchHost {
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves the bench bundle on `port` (free by default), allowing connections to `serverUrl`. */
export async function startBenchHost(
  options: { port?: number; serverUrl?: string | null } = {},
): Promise<BenchHost> {
  const port = options.port ?? (await freePort());
  const { url, server } = await startStaticServer({
    root: bundleDir,
    host: '127.0.0.1',
    port,
    version: 'bench',
    serverUrl: options.serverUrl ?? null,
  });
  return {
    url,
    origin: new URL(url).origin,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  /** Closes Chromium; the profile stays on disk for a cold restart until `dispose`. */
  close(): Promise<void>;
  dispose(): Promise<void>;
}

const launchOptions = playwrightConfig.use?.launchOptions ?? {};

/** Headless Chromium on a persistent, disk-backed profile (a new temp folder unless given). */
export async function launchBenchBrowser(profileDir?: string): Promise<BenchBrowser> {
  const dir = profileDir ?? (await mkdtemp(join(tmpdir(), 'amparo-bench-profile-')));
  const context = await chromium.launchPersistentContext(dir, {
    ...launchOptions,
    headless: true,
    locale: 'en-US',
    timezoneId: 'America/Chicago',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The console message of a failed load does not say which address; this does.
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close();
    if (errors.length > 0) console.log(`  (page reported: ${errors.slice(0, 3).join(' | ')})`);
  };
  return {
    context,
    page,
    profileDir: dir,
    close,
    dispose: async () => {
      await close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the bench page and waits until its entry module has registered the benchmarks. */
export async function openBenchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'amparoBench' in window, undefined, { timeout: 60_000 });
}

/** Calls `window.amparoBench[name](args)` in the page and returns its (JSON) result. */
export async function runInPage<T>(page: Page, name: string, args: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([benchName, benchArgs]) => {
      const benches = (
        window as unknown as { amparoBench: Record<string, (a: unknown) => unknown> }
      ).amparoBench;
      const bench = benches[benchName as string];
      if (!bench) throw new Error(`no benchmark ${String(benchName)} in the page`);
      return bench(benchArgs);
    },
    [name, args] as const,
  ) as Promise<T>;
}

/**
 * Navigates to the bench page with `#run=name&args=…`: the benchmark starts as soon as the entry
 * module runs (so it can time from navigation start); resolves with its result.
 */
export async function runOnLoad<T>(
  page: Page,
  url: string,
  name: string,
  args: unknown,
): Promise<T> {
  const hash = new URLSearchParams({ run: name, args: JSON.stringify(args) });
  await page.goto(`${url}#${hash.toString()}`);
  const handle = await page.waitForFunction(
    () => (window as unknown as { amparoBenchOutcome?: unknown }).amparoBenchOutcome,
    undefined,
    { timeout: 0, polling: 100 },
  );
  const outcome = (await handle.jsonValue()) as
    { ok: true; value: T } | { ok: false; error: string };
  if (!outcome.ok) throw new Error(`${name} failed in the page: ${outcome.error}`);
  return outcome.value;
}

/** One-minute load average, for the record (other engineers share this machine). */
export function loadNow(): string {
  return loadavg()[0]!.toFixed(2);
}

/**
 * The common shape of a page benchmark: build the bundle, serve it, and `runs` times open a fresh
 * browser, call `name` in the page and print one line about the result. Returns every result.
 */
export async function runPageBench<T>(options: {
  name: string;
  args: unknown;
  runs: number;
  describe: (result: T) => string;
}): Promise<T[]> {
  await buildBenchBundle();
  const host = await startBenchHost();
  const results: T[] = [];
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      const load = loadNow();
      const browser = await launchBenchBrowser();
      try {
        await openBenchPage(browser.page, host.url);
        const result = await runInPage<T>(browser.page, options.name, options.args);
        results.push(result);
        console.log(`run ${run}/${options.runs} (load ${load}): ${options.describe(result)}`);
      } finally {
        await browser.dispose();
      }
    }
  } finally {
    await host.close();
  }
  return results;
}
