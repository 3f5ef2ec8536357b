import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../../../playwright.config';
import { flushToTables } from '../support/probe/flush-to-tables';
import { probeProfile } from '../support/probe/profile-probe';
import { setUpPassphrase, unlock } from '../support/session';
import { expect, test, type BrowserContext } from '../support/test';

// Issue 19: a passphrase change retires the old passphrase. A copy of the real Chromium profile
// is searched byte by byte (LevelDB logs and tables, deleted records included) for vaults; keys
// are derived with a passphrase and every record they reach is opened. Before the change the old
// passphrase opens the client's file (the control); after it, the same probe opens nothing.
const OLD = 'river lamp seven orchard';
const NEW = 'copper kettle winter meadow';
const launch = config.use?.launchOptions ?? {};

async function withProfile(
  profile: string,
  baseURL: string,
  work: (context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, {
    ...launch,
    headless: true,
    baseURL,
  });
  try {
    await work(context);
  } finally {
    await context.close();
  }
}

const mentions = (result: Awaited<ReturnType<typeof probeProfile>>, canary: string) =>
  result.opened.filter((o) => o.text.includes(canary));

test.describe('passphrase change', () => {
  test.setTimeout(240_000);

  test('the old passphrase opens nothing on disk afterwards (control: it did before)', async ({
    baseURL,
  }) => {
    const profile = await mkdtemp(join(tmpdir(), 'amparo-rekey-'));
    const canary = `Probeqz${Date.now()}`;
    try {
      await withProfile(profile, baseURL!, async (context) => {
        const page = await context.newPage();
        await page.goto(baseURL!);
        await setUpPassphrase(page, OLD);
        await page.getByRole('link', { name: 'New case' }).click();
        await page.getByLabel('Family name (as on the NTA)').fill(canary);
        await page.getByRole('button', { name: 'Create case' }).click();
        await expect(page.getByRole('heading', { level: 1, name: canary })).toBeVisible();
      });
      // LevelDB moves its log into table files (*.ldb) from time to time; a database deleted in
      // the same bucket makes Chromium do it now, so the control also reads a table file.
      await withProfile(profile, baseURL!, async (context) => {
        const page = await context.newPage();
        await page.goto(baseURL!);
        await unlock(page, OLD);
        await page.evaluate(flushToTables);
      });

      const before = await probeProfile(profile, OLD);
      expect(before.unreadable).toEqual([]);
      expect(before.dataKeysOpened).toBeGreaterThan(0);
      expect(mentions(before, canary).length, 'control: the probe opens the case').toBeGreaterThan(
        0,
      );
      // The control reads table files, not only logs: the reader of compressed blocks is proven.
      expect(before.opened.some((o) => /\.ldb$/.test(o.source))).toBe(true);
      test.info().annotations.push({
        type: 'probe',
        description: `before: ${before.vaultsSeen} vaults, ${before.recordsSeen} sealed records, ${before.opened.length} opened (${[...new Set(before.opened.map((o) => o.source.split('/').pop()))].join(', ')})`,
      });

      await withProfile(profile, baseURL!, async (context) => {
        const page = await context.newPage();
        await page.goto(baseURL!);
        await unlock(page, OLD);
        await page.getByRole('link', { name: 'Settings' }).click();
        await page.getByLabel('Current passphrase').fill(OLD);
        await page.getByLabel('New passphrase', { exact: true }).fill(NEW);
        await page.getByLabel('Type the new passphrase again').fill(NEW);
        await page.getByRole('button', { name: 'Change passphrase' }).click();
        await expect(page.getByText('Your passphrase was changed and every record')).toBeVisible({
          timeout: 60_000,
        });
        await unlock(page, NEW);
        await page.getByRole('link', { name: 'Cases' }).click();
        await expect(page.getByRole('link', { name: new RegExp(canary) })).toBeVisible();
      });

      const after = await probeProfile(profile, OLD);
      expect(after.unreadable).toEqual([]);
      expect(after.recordsSeen, 'the sealed records are still on disk').toBeGreaterThan(0);
      expect(after.dataKeysOpened).toBe(0);
      expect(after.opened).toEqual([]);
      test.info().annotations.push({
        type: 'probe',
        description: `after: ${after.vaultsSeen} vaults, ${after.recordsSeen} sealed records, ${after.opened.length} opened`,
      });

      // The same probe with the new passphrase reads the new store: it still works.
      const withNew = await probeProfile(profile, NEW);
      expect(mentions(withNew, canary).length).toBeGreaterThan(0);
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
});
