import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { nodeToolCommand } from '../../../scripts/lib/node-tool.mjs';
import { expect, test, type BrowserContext } from '../support/test';
import { startStaticServer } from '../../../scripts/lib/static-server';
import config, { controlPort } from '../../../playwright.config';
import { setUpPassphrase } from '../support/session';

// Proof that nothing readable is left on disk: a browser profile is searched, byte by byte, for
// two synthetic canaries typed into the app. The control run uses a build with encryption off
// and must find them, which shows the search can fail.
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

async function findCanaries(dir: string, canaries: string[]): Promise<string[]> {
  const needles = canaries.flatMap((c) => [Buffer.from(c, 'utf8'), Buffer.from(c, 'utf16le')]);
  const hits: string[] = [];
  for (const file of await filesUnder(dir)) {
    if (!(await stat(file).catch(() => null))?.isFile()) continue;
    const bytes = await readFile(file).catch(() => null);
    if (bytes && needles.some((needle) => bytes.includes(needle)))
      hits.push(file.slice(dir.length));
  }
  return hits;
}

async function writeCanaries(
  context: BrowserContext,
  baseURL: string,
  canaries: [string, string],
): Promise<void> {
  const page = await context.newPage();
  await page.goto(baseURL);
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Family name (as on the NTA)').fill(canaries[0]);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: canaries[0] })).toBeVisible();

  await page.getByRole('link', { name: 'Interviews' }).click();
  await page.getByLabel('Interview template').selectOption({ label: 'First intake' });
  await page.getByRole('button', { name: 'Start interview' }).click();
  const note = page.getByRole('textbox', { name: 'Notes on “Before we start”' });
  await note.fill(`Interview note: ${canaries[1]}`);
  await expect(page.locator('.section-note').getByRole('status')).toContainText('Saved at');

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
  await page.close();
}

async function runWithProfile(baseURL: string, canaries: [string, string]): Promise<string[]> {
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

  test('leaves no client name or note text readable anywhere in the browser profile', async ({
    baseURL,
  }) => {
    const canaries: [string, string] = [`Canaryzq${Date.now()}`, `NoteCanary${Date.now()}xq`];
    expect(await runWithProfile(baseURL!, canaries)).toEqual([]);
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
      const canaries: [string, string] = [`Canaryzq${Date.now()}`, `NoteCanary${Date.now()}xq`];
      const hits = await runWithProfile(host.url, canaries);
      expect(hits.length).toBeGreaterThan(0);
    } finally {
      host.server.close();
    }
  });
});
