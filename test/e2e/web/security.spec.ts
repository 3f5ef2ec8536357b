import { expect, test } from '../support/test';
import { setUpPassphrase, testPassphrase, unlock } from '../support/session';
import { DEMO_TOTP_SECRET } from '../../../server/src/seed/demo-mfa';
import { signInWithTotp } from '../../../server/src/test-support/totp-sign-in';

test.describe('lock and unlock', () => {
  test('refuses a weak passphrase, locks on demand, and says nothing about content on a wrong passphrase', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByLabel('New passphrase').fill('password1234');
    await page.getByLabel('Type the passphrase again').fill('password1234');
    await page.getByRole('button', { name: 'Encrypt and continue' }).click();
    await expect(page.getByText('This passphrase is too easy to guess')).toBeVisible();

    await page.getByLabel('New passphrase').fill('');
    await setUpPassphrase(page);
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Family name (as on the NTA)').fill('Muestra');
    await page.getByRole('button', { name: 'Create case' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Muestra' })).toBeVisible();

    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Amparo is locked' })).toBeVisible();
    await expect(page.getByText('Muestra')).toHaveCount(0);

    await page.getByLabel('Passphrase', { exact: true }).fill('river lamp seven orchards');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('That passphrase did not unlock Amparo.')).toBeVisible();
    await unlock(page, testPassphrase);
    await expect(page.getByRole('heading', { level: 1, name: 'Muestra' })).toBeVisible();
  });

  test('erases the data after a forgotten passphrase, warning about unsynced work', async ({
    page,
  }) => {
    await page.goto('./');
    await setUpPassphrase(page);
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Family name (as on the NTA)').fill('Olvido');
    await page.getByRole('button', { name: 'Create case' }).click();
    // A document on the case, never sent: its bytes would be lost with the rest.
    const sections = page.getByRole('navigation', { name: 'Case sections' });
    await sections.getByRole('link', { name: 'Documents' }).click();
    await page.getByLabel('Choose files…').setInputFiles({
      name: 'passport-scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n% synthetic passport scan\n%%EOF\n'),
    });
    await expect(page.getByRole('rowheader', { name: 'passport-scan.pdf' })).toBeVisible();
    await page.getByRole('button', { name: 'Lock' }).click();

    await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
    const dialog = page.getByRole('dialog', { name: 'Forgot your passphrase?' });
    await expect(
      dialog.getByText('1 change on this computer has not reached MCJ and will be lost.'),
    ).toBeVisible();
    await expect(
      dialog.getByText('1 document on this computer has not been sent to MCJ and will be lost.'),
    ).toBeVisible();
    const erase = dialog.getByRole('button', { name: "Erase this computer's data" });
    await dialog.getByLabel('Type "erase" to confirm').fill('erase');
    await expect(erase).toBeDisabled();
    await dialog.getByLabel('I understand that what has not reached MCJ will be lost').check();
    await erase.click();
    await expect(
      page.getByRole('heading', { name: 'Protect the client files on this computer' }),
    ).toBeVisible();

    // The wipe, and the unsynced change it discarded, reach MCJ's audit log with the next sign-in.
    const started = new Date().toISOString();
    await setUpPassphrase(page);
    await page.getByRole('link', { name: 'Sync', exact: true }).click();
    await page.getByLabel('Email').fill('attorney2@demo.amparo.test');
    await page.getByLabel('Password').fill('demo-attorney-two-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // A sign-in lands on Today once the first sync has run.
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.locator('.sync-indicator .sync-state')).toContainText('Synced', {
      timeout: 30_000,
    });
    const { embeddedServerUrl } = await (await page.request.get('config.json')).json();
    const signIn = await signInWithTotp(
      embeddedServerUrl,
      '/v1/auth/sign-in',
      {
        email: 'admin@demo.amparo.test',
        password: 'demo-admin-2026-pass',
        totpSecret: DEMO_TOTP_SECRET,
      },
      { device: { name: 'e2e', platform: 'test', appVersion: '0' } },
    );
    const { accessToken } = signIn.body as { accessToken: string };
    const audit = await page.request.get(
      `${embeddedServerUrl}/v1/admin/audit/export?since=${started}`,
      {
        headers: { authorization: `Bearer ${accessToken}` },
      },
    );
    const wipes = (await audit.text())
      .split('\n')
      .filter((line) => line.includes('device.local_wipe'));
    expect(wipes).toHaveLength(1);
    expect(wipes[0]).toContain('"overridden":true');
    expect(wipes[0]).toContain('"unsyncedChanges":1');
    expect(wipes[0]).toContain('"unsyncedDocuments":1');
  });
});
