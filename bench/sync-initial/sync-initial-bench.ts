/**
 * First-sync benchmark (issues 6 and 7): the server (PGlite in memory, or PostgreSQL in a
 * throwaway database when DATABASE_URL is set) seeded with 1,000 cases assigned to one attorney
 * and 20,000 note revisions of ~1 KB; then, in headless Chromium with a disk-backed profile,
 * sign in and SyncEngine.syncNow() into an encrypted database, beside a raw Dexie bulkPut
 * (chunks of 1,000, strict durability) of the same rows in the same page. A profiling pass
 * then takes the sync apart (server and network, JSON, zod, apply with and without encryption,
 * AES-GCM alone).
 *
 *   npm run bench -- sync-initial
 *   npx tsx --tsconfig tsconfig.tests.json bench/sync-initial/sync-initial-bench.ts [--runs 3] [--cases 1000] [--revisions-per-case 20] [--no-profile]
 *   BENCH_MINIFY=0 npx tsx --tsconfig tsconfig.tests.json bench/sync-initial/sync-initial-bench.ts --runs 1 --cpu-profile /tmp/profiles
 *
 * `--cpu-profile DIR` adds one sync under CPU profilers (the page, and this process, which runs
 * the server), saves both as .cpuprofile and prints the functions with the most self time.
 *
 * Then the same runs again with the server's pull pages replayed from memory (replay-proxy.ts):
 * the laptop's part of the sync without the seeded server competing for the same two cores.
 * `--no-replay` skips them.
 *
 * Target (ARCHITECTURE §8): sync ≤ 2× the raw bulkPut, encryption on.
 */
import { parseArgs } from 'node:util';
import type { FirstSyncProfile, FirstSyncResult } from './first-sync-page';
import { startReplayProxy } from './replay-proxy';
import { startSeededServer, type SeededServer } from './seeded-server';
import { pullEverything } from './server-pull';
import {
  buildBenchBundle,
  freePort,
  launchBenchBrowser,
  loadNow,
  openBenchPage,
  runInPage,
  startBenchHost,
} from '../lib/browser-harness';
import { profilePage, profileThisProcess, reportProfile } from '../lib/cpu-profile';
import { median, medianOfRuns } from '../lib/stats';
import { printTable, reportSummary, seconds } from '../lib/summary';
import { withThrowawayDatabase } from '../server-sync/bench-processes';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '3' },
    cases: { type: 'string', default: '1000' },
    'revisions-per-case': { type: 'string', default: '20' },
    'note-bytes': { type: 'string', default: '1000' },
    'no-profile': { type: 'boolean', default: false },
    'cpu-profile': { type: 'string' },
    'no-replay': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);

type Credentials = { serverUrl: string; email: string; password: string };

/** `count` first syncs, each in a fresh browser profile, checked for completeness. */
async function syncRuns(
  hostUrl: string,
  credentials: Credentials,
  server: SeededServer,
  count: number,
  label: string,
): Promise<FirstSyncResult[]> {
  const results: FirstSyncResult[] = [];
  for (let run = 1; run <= count; run += 1) {
    const load = loadNow();
    const browser = await launchBenchBrowser();
    try {
      await openBenchPage(browser.page, hostUrl);
      const result = await runInPage<FirstSyncResult>(browser.page, 'firstSync', credentials);
      if (result.docs !== server.cases || result.revisions !== server.revisions)
        throw new Error(`synced ${result.docs} cases and ${result.revisions} revisions`);
      results.push(result);
      console.log(
        `${label} ${run}/${count} (load ${load}): sync ${seconds(result.syncMs)}, raw bulkPut of the stored rows ${seconds(result.baselineMs)} (before ${seconds(result.baselineBeforeMs)}, after ${seconds(result.baselineAfterMs)}), ratio ${result.ratio.toFixed(2)} (${result.pullRequests} pulls, server ${seconds(result.pullServerMs)})`,
      );
    } finally {
      await browser.dispose();
    }
  }
  return results;
}

/**
 * The same syncs with pull pages replayed from memory after one recording sync (not counted).
 * The bench host is served again on the same port, allowing the proxy instead of the server.
 */
async function replayedRuns(hostPort: number, credentials: Credentials, server: SeededServer) {
  const proxy = await startReplayProxy(server.url);
  const host = await startBenchHost({ port: hostPort, serverUrl: proxy.url });
  const viaProxy = { ...credentials, serverUrl: proxy.url };
  try {
    await syncRuns(host.url, viaProxy, server, 1, 'recording');
    const before = proxy.replayed();
    const results = await syncRuns(host.url, viaProxy, server, runs, 'replayed');
    if (proxy.replayed() === before) throw new Error('no pull page was replayed');
    return results;
  } finally {
    await host.close();
    await proxy.close();
  }
}

async function withServer<T>(
  allowedOrigin: string,
  run: (server: SeededServer) => Promise<T>,
): Promise<T> {
  const seedOptions = {
    allowedOrigin,
    cases: Number(values.cases),
    revisionsPerCase: Number(values['revisions-per-case']),
    noteBytes: Number(values['note-bytes']),
  };
  const start = async (databaseUrl?: string) => {
    const server = await startSeededServer({
      ...seedOptions,
      ...(databaseUrl ? { databaseUrl } : {}),
    });
    try {
      return await run(server);
    } finally {
      await server.close();
    }
  };
  const base = process.env['DATABASE_URL'];
  return base ? withThrowawayDatabase(base, start) : start();
}

await buildBenchBundle();
const hostPort = await freePort();
await withServer(`http://127.0.0.1:${hostPort}`, async (server) => {
  console.log(
    `server on ${server.database}: ${server.cases} cases and ${server.revisions} note revisions (${(server.revisionBytes / 1024 / 1024).toFixed(1)} MB) seeded in ${seconds(server.seedMs)}`,
  );
  const alone = await pullEverything(server);
  if (alone.rows !== server.cases + server.revisions)
    throw new Error(`the server sent ${alone.rows} rows`);
  console.log(`server alone: ${alone.pages} pull pages over HTTP in Node in ${seconds(alone.ms)}`);
  const host = await startBenchHost({ port: hostPort, serverUrl: server.url });
  const credentials = { serverUrl: server.url, email: server.email, password: server.password };
  const results: FirstSyncResult[] = [];
  let profile: FirstSyncProfile | null = null;
  try {
    results.push(...(await syncRuns(host.url, credentials, server, runs, 'run')));
    const profileDir = values['cpu-profile'];
    if (profileDir) {
      const browser = await launchBenchBrowser();
      try {
        await openBenchPage(browser.page, host.url);
        const [pageProfiler, serverProfiler] = [
          await profilePage(browser.page),
          await profileThisProcess(),
        ];
        const result = await runInPage<FirstSyncResult>(browser.page, 'firstSync', credentials);
        const profiles = {
          page: await pageProfiler.stop(),
          server: await serverProfiler.stop(),
        };
        console.log(
          `\nprofiled sync: ${seconds(result.syncMs)} (baseline ${seconds(result.baselineMs)})`,
        );
        for (const [name, profile] of Object.entries(profiles))
          reportProfile(
            profileDir,
            `sync-initial-${name}`,
            profile,
            `${name} CPU profile (the page's includes the baseline)`,
          );
      } finally {
        await browser.dispose();
      }
    }
    if (!values['no-profile']) {
      const load = loadNow();
      const browser = await launchBenchBrowser();
      try {
        await openBenchPage(browser.page, host.url);
        profile = await runInPage<FirstSyncProfile>(browser.page, 'firstSyncProfile', credentials);
        console.log(`profile pass done (load ${load})`);
      } finally {
        await browser.dispose();
      }
    }
  } finally {
    await host.close();
  }
  const replayed = values['no-replay'] ? [] : await replayedRuns(hostPort, credentials, server);

  const r = medianOfRuns(results);
  const ratio = median(results.map((x) => x.ratio));
  console.log(
    `\nfirst sync: ${r.docs} cases + ${r.revisions} note revisions (${r.megabytes.toFixed(1)} MB as stored in clear), server on ${server.database}, medians of ${runs} runs (load now ${loadNow()})`,
  );
  printTable(
    ['measure', 'time'],
    [
      ['SyncEngine.syncNow() into the encrypted database', seconds(r.syncMs)],
      ['  of which: pull requests until response headers (server)', seconds(r.pullServerMs)],
      ['server alone: every pull page over HTTP from Node, no browser', seconds(alone.ms)],
      [
        'raw Dexie bulkPut, chunks of 1,000, the rows as stored (sealed), before and after (baseline)',
        seconds(r.baselineMs),
      ],
      ['ratio sync / baseline (median of per-run ratios)', `${ratio.toFixed(2)}×`],
      ...(replayed.length > 0
        ? [
            [
              'replayed pull pages: sync / bulkPut / ratio (laptop only)',
              `${seconds(medianOfRuns(replayed).syncMs)} / ${seconds(medianOfRuns(replayed).baselineMs)} / ${median(replayed.map((x) => x.ratio)).toFixed(2)}×`,
            ],
          ]
        : []),
    ],
  );
  if (profile) {
    const p = profile;
    console.log(`\nwhere the time goes (one profiling pass, ${p.pages} pages of up to 500 rows):`);
    printTable(
      ['step', 'time', 'share of the sync'],
      (
        [
          ['server + loopback network (fetch and read body)', p.serverAndNetworkMs],
          ['JSON.parse of the pages', p.jsonParseMs],
          ['zod PullResponseSchema.parse', p.zodValidateMs],
          ['applyPullPage, encrypted (seal + IndexedDB + rebase)', p.applyEncryptedMs],
          ['applyPullPage, encryption off (same schema)', p.applyPlainMs],
          ['  → encryption cost inside apply', p.applyEncryptedMs - p.applyPlainMs],
          ['AES-256-GCM sealing of every row alone', p.aesSealMs],
          ['raw bulkPut baseline in this pass', p.baselineMs],
        ] as const
      ).map(([label, value]) => [
        label,
        seconds(value),
        `${((value / r.syncMs) * 100).toFixed(0)} %`,
      ]),
    );
  }
  reportSummary([
    {
      benchmark: 'sync-initial',
      metric: `sync ${r.docs} cases + ${r.revisions} revisions (${server.database})`,
      value: seconds(r.syncMs),
      baseline: seconds(r.baselineMs),
      ratio: `${ratio.toFixed(2)}×`,
      target: '≤ 2× raw bulkPut',
      met: ratio <= 2,
    },
    ...(replayed.length > 0
      ? [
          {
            benchmark: 'sync-initial',
            metric: 'same, pull pages replayed from memory (laptop only)',
            value: seconds(medianOfRuns(replayed).syncMs),
            baseline: seconds(medianOfRuns(replayed).baselineMs),
            ratio: `${median(replayed.map((x) => x.ratio)).toFixed(2)}×`,
            target: '—',
            met: null,
          },
        ]
      : []),
  ]);
});
