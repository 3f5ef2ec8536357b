/**
 * The staff console's first screen in headless Chromium (issue 18, Scale: "dashboard first
 * screen usable ≤ 1 s"): the real server (PostgreSQL, the dashboard's 5,000 cases, 150 volunteers
 * and 200,000 note revisions) serves the built console; a supervisor opens it, signs in with the
 * second step, and lands on the caseload dashboard. Timed from Node around Playwright:
 *
 * - console page: navigation to the sign-in form on screen (bundle, boot, first render);
 * - first screen: "Verify and sign in" pressed to the dashboard's first row on screen (sign-in
 *   answer, directory and dashboard requests, render);
 * - from navigation: both, with the typing between them left out.
 *
 * Beside each, in the same runs: a static page of the same server (navigation to its heading on
 * screen), and the server's own work for the first screen (the dashboard call, in process).
 *
 *   npm run bench -- console-first-screen   (builds the console when out/console is missing)
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { stepAt, totpCode } from '../../server/src/auth/mfa/totp';
import { enrolWithSecret } from '../../server/src/auth/mfa/mfa-service';
import { buildApp } from '../../server/src/app/build-app';
import { createConfig } from '../../server/src/app/app-config';
import { migrate } from '../../server/src/db/migrate';
import { createPgDb } from '../../server/src/db/pg-db';
import { caseloadDashboard } from '../../server/src/summaries/dashboard-read';
import {
  CHEAP_PASSWORD_PARAMS,
  TEST_MFA_KEY,
  TEST_TOTP_SECRET,
} from '../../server/src/test-support/test-app';
import { BENCH_PASSWORD, seedDashboardOrg } from '../dashboard/dashboard-seed';
import { launchBenchBrowser, repoRoot } from '../lib/browser-harness';
import { median, percentile } from '../lib/stats';
import { ms, printTable, reportSummary } from '../lib/summary';
import { withThrowawayDatabase } from '../server-sync/bench-processes';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '5000' },
    volunteers: { type: 'string', default: '150' },
    revisions: { type: 'string', default: '200000' },
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '10' },
  },
});
const RUNS = Number(values.runs);

/** The server's second-step clock, moved one 30-second step per sign-in (each code used once). */
const mfaClock = { ms: Date.now(), now: () => mfaClock.ms };
function nextCode(): string {
  mfaClock.ms += 30_000;
  return totpCode(TEST_TOTP_SECRET, stepAt(mfaClock.ms));
}

async function consoleFiles(): Promise<string> {
  const built = join(repoRoot, 'out/console');
  if (process.env['BENCH_SKIP_BUILD'] !== '1' || !existsSync(join(built, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: join(repoRoot, 'console/vite.config.ts'), logLevel: 'warn' });
  }
  // A copy with the baseline page beside the console's own files, served the same way.
  const dir = await mkdtemp(join(tmpdir(), 'amparo-bench-console-'));
  await cp(built, dir, { recursive: true });
  await writeFile(
    join(dir, 'baseline.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
      '<title>Baseline</title></head>' +
      '<body><h1>Baseline page</h1><p>A static page of the same server.</p></body></html>',
  );
  return dir;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main() {
  const baseUrl = process.env['DATABASE_URL'];
  if (!baseUrl) {
    console.error('Set DATABASE_URL to a PostgreSQL server (a throwaway database is made on it).');
    process.exit(2);
  }
  const dir = await consoleFiles();
  await withThrowawayDatabase(baseUrl, async (url) => {
    const db = createPgDb({ connectionString: url });
    const browser = await launchBenchBrowser();
    try {
      await migrate(db);
      const seeded = await seedDashboardOrg(db, {
        cases: Number(values.cases),
        volunteers: Number(values.volunteers),
        revisions: Number(values.revisions),
      });
      await enrolWithSecret(db, TEST_MFA_KEY, seeded.supervisor.id, TEST_TOTP_SECRET);
      const app = await buildApp({
        db,
        config: createConfig({
          passwordParams: CHEAP_PASSWORD_PARAMS,
          rateLimits: {
            signIn: 10_000,
            refresh: 10_000,
            sync: 10_000,
            admin: 10_000,
            failedAuth: 10_000,
          },
          mfa: { key: TEST_MFA_KEY, challengeTtlSeconds: 300, maxAttempts: 5, now: mfaClock.now },
          consoleDir: dir,
        }),
        logLevel: 'warn',
      });
      const origin = await app.listen({ host: '127.0.0.1', port: 0 });
      const page = browser.page;
      const consoleUrl = `${origin}/console/`;

      const openSignIn = async (target: Page) => {
        await target.goto(consoleUrl, { waitUntil: 'commit' });
        await target
          .getByRole('heading', { level: 1, name: 'Sign in to the staff console' })
          .waitFor();
      };
      const signIn = async (target: Page) => {
        await target.getByLabel('Email').fill(seeded.supervisor.email);
        await target.getByLabel('Password').fill(BENCH_PASSWORD);
        await target.getByRole('button', { name: 'Sign in' }).click();
        await target.getByLabel('Code').fill(nextCode());
        // The first screen: from pressing the last button to the dashboard's first case on screen.
        return timed(async () => {
          await target.getByRole('button', { name: /^Verify and sign in$/ }).click();
          await target
            .getByRole('table', { name: 'Open cases' })
            .locator('tbody tr')
            .first()
            .waitFor();
        });
      };
      // Warm: the server's first queries, Chromium's first start of a page.
      for (let i = 0; i < 2; i++) {
        await openSignIn(page);
        await signIn(page);
      }
      const staticPage: number[] = [];
      const consolePage: number[] = [];
      const firstScreen: number[] = [];
      const serverCall: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        staticPage.push(
          await timed(async () => {
            await page.goto(`${origin}/console/baseline.html`, { waitUntil: 'commit' });
            await page.getByRole('heading', { level: 1, name: 'Baseline page' }).waitFor();
          }),
        );
        // A reload signs the console out (its session lives in memory): each run signs in.
        consolePage.push(await timed(() => openSignIn(page)));
        firstScreen.push(await signIn(page));
        serverCall.push(
          await timed(() =>
            caseloadDashboard(
              db,
              seeded.caller,
              { sort: 'hearing', dir: 'asc', offset: 0, limit: 50 },
              `bench-${run}`,
            ),
          ),
        );
      }
      const total = consolePage.map((value, i) => value + firstScreen[i]!);
      const load = loadavg()[0]!.toFixed(1);
      console.log(
        `console first screen: ${seeded.files.length} cases, ${seeded.revisions} note revisions, ${RUNS} runs, load ${load}`,
      );
      const row = (name: string, samples: number[]) => [
        name,
        ms(median(samples)),
        ms(percentile(samples, 95)),
        ms(Math.max(...samples)),
      ];
      printTable(
        ['measure', 'p50', 'p95', 'max'],
        [
          row('console page: navigation to the sign-in form', consolePage),
          row('first screen: sign-in pressed to the first case row', firstScreen),
          row('both (typing left out)', total),
          row('baseline: static page of the same server', staticPage),
          row('baseline: the dashboard call in the server', serverCall),
        ],
      );
      const p95 = (s: number[]) => percentile(s, 95);
      await app.close();
      reportSummary([
        {
          benchmark: 'bench/console-first-screen',
          metric: `console first screen after sign-in, ${seeded.files.length} cases, headless Chromium (load ${load})`,
          value: ms(p95(firstScreen)),
          baseline: `server call ${ms(p95(serverCall))}`,
          ratio: `${(p95(firstScreen) / p95(serverCall)).toFixed(1)}×`,
          target: 'p95 ≤ 1 s',
          met: p95(firstScreen) <= 1000,
        },
        {
          benchmark: 'bench/console-first-screen',
          metric: `console page to sign-in form (load ${load})`,
          value: ms(p95(consolePage)),
          baseline: `static page ${ms(p95(staticPage))}`,
          ratio: `${(p95(consolePage) / p95(staticPage)).toFixed(1)}×`,
          target: '—',
          met: null,
        },
        {
          benchmark: 'bench/console-first-screen',
          metric: `both, from navigation (typing left out) (load ${load})`,
          value: ms(p95(total)),
          baseline: `static page ${ms(p95(staticPage))}`,
          ratio: `${(p95(total) / p95(staticPage)).toFixed(1)}×`,
          target: 'p95 ≤ 1 s',
          met: p95(total) <= 1000,
        },
      ]);
    } finally {
      await browser.dispose();
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
}

await main();
