import { expect, type Page } from '@playwright/test';

/** Synthetic test passphrase; the app requires at least 12 characters and a fair strength. */
export const testPassphrase = 'river lamp seven orchard';

/** First run: choose the passphrase that encrypts this browser profile's data. */
export async function setUpPassphrase(page: Page, passphrase = testPassphrase): Promise<void> {
  await expect(
    page.getByRole('heading', { name: 'Protect the client files on this computer' }),
  ).toBeVisible();
  await page.getByLabel('New passphrase').fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Encrypt and continue' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
}

/** Every later start (and every reload) opens at the lock screen. */
export async function unlock(page: Page, passphrase = testPassphrase): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Amparo is locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
}

export async function reloadAndUnlock(page: Page): Promise<void> {
  await page.reload();
  await unlock(page);
}
