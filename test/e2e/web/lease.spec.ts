import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../../../playwright.config';
import { flushToTables } from '../support/probe/flush-to-tables';
import { probeProfile } from '../support/probe/profile-probe';
import { setUpPassphrase, unlock } from '../support/session';
import { expect, test, type BrowserContext } from '../support/test';

// Issue 19 #2 on a real Chromium profile: after a sign-in the store is bound to the server's
// device share. While the lease runs, a copy of the profile plus the passphrase opens the data
// (the share is on disk: the control, and the documented limit). After the lease ends offline,
// the laptop refuses to unlock, erases the share, and the same probe opens nothing; a clock set
// back does not bring it back.
const PASSPHRASE = 'river lamp seven orchard';
const DAY = 24 * 60 * 60 * 1000;
const launch = config.use?.launchOptions ?? {};

async function withProfile(
  profile: string,
  baseURL: string,
  work: (context: BrowserContext) => Promise<void>,
  time?: Date,
): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, {
    ...launch,
    headless: true,
    baseURL,
  });
  try {
    if (time) await context.clock.install({ time });
    await work(context);
  } finally {
    await context.close();
  }
}

test.describe('device lease', () => {
  test.setTimeout(240_000);

  test('past the lease offline the passphrase opens nothing on disk (control: it does during the lease)', async ({
    baseURL,
  }) => {
    const profile = await mkdtemp(join(tmpdir(), 'amparo-lease-'));
    const canary = `Leaseqz${Date.now()}`;
    try {
      await withProfile(profile, baseURL!, async (context) => {
        const page = await context.newPage();
        await page.goto(baseURL!);
        await setUpPassphrase(page, PASSPHRASE);
        await page.getByRole('link', { name: 'Sync', exact: true }).click();
        await page.getByLabel('Email').fill('attorney1@demo.amparo.test');
        await page.getByLabel('Password').fill('demo-attorney-one-2026');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible({
          timeout: 30_000,
        });
        // Signed in as an attorney, the main button starts an intake (issue 17); a local case
        // is still the simplest record to look for on disk.
        await page.evaluate(() => {
          location.hash = '#/cases/new';
        });
        await page.getByLabel('Family name (as on the NTA)').fill(canary);
        await page.getByRole('button', { name: 'Create case' }).click();
        await expect(page.getByRole('heading', { level: 1, name: canary })).toBeVisible();
        // The first unlock after the sign-in binds the store to the share.
        await page.reload();
        await unlock(page, PASSPHRASE);
        await page.evaluate(flushToTables);
      });

      const during = await probeProfile(profile, PASSPHRASE);
      expect(during.unreadable).toEqual([]);
      expect(
        during.opened.filter((o) => o.text.includes(canary)).length,
        'control: during the lease the share is on disk and the probe opens the case',
      ).toBeGreaterThan(0);

      // 31 days later, never online in between (the embedded server is not asked: the lock
      // screen refuses before any sync).
      await withProfile(
        profile,
        baseURL!,
        async (context) => {
          const page = await context.newPage();
          await page.goto(baseURL!);
          await expect(
            page.getByRole('heading', { name: 'This computer must check in with MCJ' }),
          ).toBeVisible();
          await expect(page.getByText(/lease ended on/)).toBeVisible();
          await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
          await page.getByRole('button', { name: 'Unlock' }).click();
          await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
          await expect(page.getByRole('heading', { name: 'Amparo is locked' })).toBeVisible();
        },
        new Date(Date.now() + 31 * DAY),
      );

      const after = await probeProfile(profile, PASSPHRASE);
      expect(after.unreadable).toEqual([]);
      expect(after.recordsSeen, 'the sealed records are still on disk').toBeGreaterThan(0);
      expect(after.dataKeysOpened).toBe(0);
      expect(after.opened).toEqual([]);

      // The clock set back into the lease: still refused, and said why.
      await withProfile(
        profile,
        baseURL!,
        async (context) => {
          const page = await context.newPage();
          await page.goto(baseURL!);
          await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
          await page.getByRole('button', { name: 'Unlock' }).click();
          await expect(page.getByText(/clock is set earlier than a time Amparo/)).toBeVisible();
          await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
        },
        new Date(Date.now() + 2 * DAY),
      );
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
});
