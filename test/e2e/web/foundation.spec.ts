import { expect, test } from '../support/test';
import { reloadAndUnlock, setUpPassphrase } from '../support/session';

test.describe('the app shell in web mode', () => {
  test('switches language and keeps what the attorney saved across a reload', async ({ page }) => {
    await page.goto('./#/settings');
    await setUpPassphrase(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Configuración' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    const profile = page.getByRole('form', { name: 'Your profile' });
    const eoirId = page.getByLabel('EOIR ID (eRegistry)');
    await page.getByLabel('Your full name').fill('Pat Volunteer');
    await eoirId.fill('not an id');
    await profile.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText('An EOIR ID is 2 letters followed by 6 digits or more'),
    ).toBeVisible();
    await expect(eoirId).toHaveValue('not an id');

    await eoirId.fill('AB123456');
    await profile.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Profile saved')).toBeVisible();

    await reloadAndUnlock(page);
    await expect(page.getByLabel('Your full name')).toHaveValue('Pat Volunteer');
    await expect(page.getByLabel('EOIR ID (eRegistry)')).toHaveValue('AB123456');
    await expect(page.getByText('Web mode')).toBeVisible();
  });

  test('says when the browser is offline', async ({ page, context }) => {
    await page.goto('./#/settings');
    await setUpPassphrase(page);
    await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
    await context.setOffline(true);
    await expect(page.getByText('Offline — your work is saved on this computer')).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
  });
});
