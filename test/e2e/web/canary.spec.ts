import { DEMO_TOTP_SECRET } from '../../../server/src/seed/demo-mfa';
import { signInWithTotp } from '../../../server/src/test-support/totp-sign-in';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { nodeToolCommand } from '../../../scripts/lib/node-tool.mjs';
import { expect, test, type BrowserContext } from '../support/test';
import { startStaticServer } from '../../../scripts/lib/static-server';
import config, { controlPort, serverPort } from '../../../playwright.config';
import { sealedIndexRows } from '../support/search-index';
import { setUpPassphrase } from '../support/session';

// Proof that nothing readable is left on disk: a browser profile is searched, byte by byte, for
// synthetic canaries typed into the app, one per kind of record (a case, a note, a form draft, a
// conflict, the search index), each asserted on its own. The control run uses a build with
// encryption off and must find every one of them, which shows each search can fail.
const root = resolve(import.meta.dirname, '../../..');
const launch = config.use?.launchOptions ?? {};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? filesUnder(join(dir, entry.name))
        : Promise.resolve([join(dir, entry.name)]),
    ),
  );
  return nested.flat();
}

interface Canaries {
  /** The client's family name: the case record, the outbox, the case list. */
  caseName: string;
  /** Interview note text: note revisions. */
  note: string;
  /** A form kept as a draft (an invalid A-number beside it): the drafts table only. */
  draft: string;
  /** The facility this laptop typed while the office changed it too: a legal-field conflict. */
  conflict: string;
  /**
   * A word typed in capitals in the note and searched for: the search index keeps its terms
   * folded to lower case, so this lower-case form is stored by the index and nowhere else.
   */
  searchTerm: string;
}

/**
 * Four unrelated strings: no two share a run of letters. Chromium's IndexedDB compresses its
 * tables (Snappy), and a canary repeating part of another one can be stored as a back-reference,
 * no longer whole on disk: the search would miss it even unencrypted.
 */
function randomLetters(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(8)), (byte) =>
    String.fromCharCode(97 + (byte % 26)),
  ).join('');
}

function newCanaries(): Canaries {
  const random = () => globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 12);
  return {
    caseName: `Zulmerkov${random()}`,
    note: `Pashtirin ${random()}`,
    draft: `Quembalto${random()}`,
    conflict: `Fyordamix ${random()}`,
    searchTerm: `vortimbrequ${randomLetters()}`,
  };
}

/** For each canary, the files (under `dir`) holding it in UTF-8 or UTF-16. */
async function findCanaries(dir: string, canaries: Canaries): Promise<Record<string, string[]>> {
  const hits: Record<string, string[]> = Object.fromEntries(
    Object.keys(canaries).map((kind) => [kind, []]),
  );
  for (const file of await filesUnder(dir)) {
    if (!(await stat(file).catch(() => null))?.isFile()) continue;
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    for (const [kind, canary] of Object.entries(canaries))
      if (
        bytes.includes(Buffer.from(canary, 'utf8')) ||
        bytes.includes(Buffer.from(canary, 'utf16le'))
      )
        hits[kind]!.push(file.slice(dir.length));
  }
  return hits;
}

/** The office changes the case's facility (a legal field) on the server, from its own device. */
async function officeChangesFacility(caseId: string): Promise<void> {
  const server = `http://127.0.0.1:${serverPort}`;
  // Staff sign in with their second step (the demo's published TOTP secret).
  const signIn = await signInWithTotp(
    server,
    '/v1/auth/sign-in',
    {
      email: 'supervisor@demo.amparo.test',
      password: 'demo-supervisor-2026',
      totpSecret: DEMO_TOTP_SECRET,
    },
    { device: { name: 'canary-office', platform: 'test', appVersion: '0.1.0' } },
  );
  expect(signIn.status).toBe(200);
  const session = signIn.body as { accessToken: string; deviceId: string };
  const authorization = `Bearer ${session.accessToken}`;
  // The case's version on the server: the office edits what it has seen.
  let version: number | undefined;
  for (let cursor: string | undefined; version === undefined;) {
    const pull = await fetch(
      `${server}/v1/sync/pull${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
      { headers: { authorization } },
    );
    const page = (await pull.json()) as {
      changes: { id: string; version: number }[];
      nextCursor: string;
      hasMore: boolean;
    };
    version = page.changes.find((change) => change.id === caseId)?.version;
    if (!page.hasMore) break;
    cursor = page.nextCursor;
  }
  expect(version).toBeDefined();
  const push = await fetch(`${server}/v1/sync/push`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({
      deviceId: session.deviceId,
      protocolVersion: 1,
      schemaVersion: 1,
      mutations: [
        {
          mutationId: crypto.randomUUID(),
          seq: 1,
          kind: 'patch',
          entity: 'case',
          entityId: caseId,
          caseId,
          baseVersion: version,
          // A new value each run: the web server (and its conflicts) outlive one test.
          patch: { set: { 'custody/facility': `Office Center ${Date.now()}` } },
          clientTime: new Date().toISOString(),
        },
      ],
    }),
  });
  const answer = (await push.json()) as { results: { status: string; reason?: string }[] };
  expect(answer.results).toEqual([expect.objectContaining({ status: 'applied' })]);
}

async function writeCanaries(
  context: BrowserContext,
  baseURL: string,
  canaries: Canaries,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(baseURL);
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Family name (as on the NTA)').fill(canaries.caseName);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: canaries.caseName })).toBeVisible();

  const identity = page.getByRole('region', { name: 'Identity' });
  await identity.getByLabel('A-number').fill('A12-34X');
  await identity.getByLabel('Given names').fill(canaries.draft);
  await expect(identity.getByRole('status')).toContainText('Kept as a draft');

  await page.getByRole('link', { name: 'Interviews' }).click();
  await page.getByLabel('Interview template').selectOption({ label: 'First intake' });
  await page.getByRole('button', { name: 'Start interview' }).click();
  const note = page.getByRole('textbox', { name: 'Notes on “Before we start”' });
  // The capitals plus a suffix a stemmer may cut: the index's term starts with the canary.
  await note.fill(`Interview note: ${canaries.note} ${canaries.searchTerm.toUpperCase()}AS`);
  await expect(
    page.locator('.section-note').getByRole('status').filter({ hasText: 'Saved at' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await page.getByLabel('Email').fill('attorney1@demo.amparo.test');
  await page.getByLabel('Password').fill('demo-attorney-one-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // A sign-in lands on Today once the first sync has run.
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.sync-indicator .sync-state')).toContainText(/Synced|refused|review/, {
    timeout: 30_000,
  });

  // On a case of this attorney's on the server, the office changes the facility; this laptop, not
  // having pulled that, types another one.
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  const assigned = page.locator('.case-table tbody th a').first();
  const caseId = (await assigned.getAttribute('href'))!.split('/').pop()!;
  await officeChangesFacility(caseId);
  await assigned.click();
  await page.getByRole('link', { name: 'Custody and release' }).click();
  await page.getByLabel('Facility', { exact: true }).fill(canaries.conflict);
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' }).first()).toBeVisible();
  await page.locator('.sync-indicator').getByRole('button', { name: 'Sync now' }).click();
  await expect(page.locator('.sync-indicator .sync-state')).toContainText('review', {
    timeout: 30_000,
  });
  // The conflict is on this laptop, holding the value typed here.
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(
    page.getByRole('group', { name: 'Facility' }).filter({ hasText: canaries.conflict }),
  ).toBeVisible();

  // The search finds the capitalised word, and its index is sealed and stored a few seconds
  // after the last change.
  await page.keyboard.press('Control+Shift+F');
  await page.getByRole('searchbox').fill(canaries.searchTerm);
  await expect(page.getByRole('status').filter({ hasText: 'result' })).toHaveText(
    '1 result in 1 case.',
  );
  await expect.poll(() => sealedIndexRows(page), { timeout: 30_000 }).toBe(1);
  await page.close();
}

async function runWithProfile(
  baseURL: string,
  canaries: Canaries,
): Promise<Record<string, string[]>> {
  const profile = await mkdtemp(join(tmpdir(), 'amparo-canary-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      ...launch,
      headless: true,
      baseURL,
    });
    await writeCanaries(context, baseURL, canaries);
    await context.close();
    return await findCanaries(profile, canaries);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

test.describe('encryption at rest', () => {
  test.setTimeout(180_000);

  test('leaves no client name, note, draft, conflict or search term readable anywhere in the browser profile', async ({
    baseURL,
  }) => {
    const hits = await runWithProfile(baseURL!, newCanaries());
    // Each canary on its own: a failure names every kind of record left readable.
    const readable = Object.entries(hits).filter(([, files]) => files.length > 0);
    expect(Object.fromEntries(readable)).toEqual({});
  });

  test('control: the same search finds the canaries when encryption is switched off', async () => {
    const outDir = join(root, 'out', 'renderer-plaintext');
    const vite = nodeToolCommand(root, 'vite', 'vite', [
      'build',
      'renderer',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
    execFileSync(vite.command, vite.args, {
      cwd: root,
      env: { ...process.env, VITE_AMPARO_UNSAFE_PLAINTEXT_STORAGE: '1' },
      stdio: 'inherit',
    });
    const config = await (
      await fetch(new URL('config.json', test.info().project.use.baseURL))
    ).json();
    const host = await startStaticServer({
      root: outDir,
      host: '127.0.0.1',
      port: controlPort,
      version: 'control',
      serverUrl: config.embeddedServerUrl,
    });
    try {
      const hits = await runWithProfile(host.url, newCanaries());
      // Each search can fail: every canary is found in the unencrypted profile.
      const missed = Object.entries(hits).filter(([, files]) => files.length === 0);
      expect(missed.map(([kind]) => kind)).toEqual([]);
      expect(Object.keys(hits).sort()).toEqual([
        'caseName',
        'conflict',
        'draft',
        'note',
        'searchTerm',
      ]);
    } finally {
      host.server.close();
    }
  });
});
