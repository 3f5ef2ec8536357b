import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { stepAt, totpCode } from '../../../server/src/auth/mfa/totp';
import { axeViolations } from '../support/axe';
import { ApiDevice, consoleUrl, serverUrl } from '../support/console';
import { expect, test, type Page } from '../support/test';

// Issue 20 #1 in the console: a new staff account enrols (QR code and the secret as text, then
// recovery codes), signs in again with a code, and with a recovery code once. Every screen is
// checked with axe in English and Spanish; screenshots for the README with
// AMPARO_UPDATE_SCREENSHOTS=1.
const shots = resolve(import.meta.dirname, '../../../docs/screenshots');
const updateShots = process.env['AMPARO_UPDATE_SCREENSHOTS'] === '1';

test.use({ bypassCSP: true, viewport: { width: 1280, height: 860 } });
test.setTimeout(180_000);

async function check(page: Page, screen: string, language: 'en' | 'es') {
  await page.waitForLoadState('networkidle');
  const serious = (await axeViolations(page, 'document'))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.targets.join(', ')})`);
  expect(serious, `${screen} in ${language}`).toEqual([]);
  if (updateShots)
    await page.screenshot({ path: `${shots}/console-${screen}-${language}.png`, fullPage: false });
}

const words = {
  en: {
    language: 'English',
    signIn: 'Sign in',
    enrol: 'Set up two-step sign-in',
    confirm: 'Confirm and sign in',
    recovery: 'Save your recovery codes',
    done: 'I have saved them: continue',
    verify: 'Verify and sign in',
    code: 'Code',
    wrong: 'not right',
    qr: 'QR code for your authenticator app',
  },
  es: {
    language: 'Español',
    signIn: 'Iniciar sesión',
    enrol: 'Configure el inicio de sesión en dos pasos',
    confirm: 'Confirmar e iniciar sesión',
    recovery: 'Guarde sus códigos de recuperación',
    done: 'Ya los guardé: continuar',
    verify: 'Verificar e iniciar sesión',
    code: 'Código',
    wrong: 'no es correcto',
    qr: 'Código QR para su aplicación de autenticación',
  },
} as const;

/** A code from the secret, one step ahead of the last one used (a code is good once). */
function codeAfter(secret: string, usedStep: number): { code: string; step: number } {
  const step = Math.max(stepAt(Date.now()), usedStep + 1);
  return { code: totpCode(secret, step), step };
}

for (const language of ['en', 'es'] as const) {
  test(`a new supervisor enrols, then signs in with a code and a recovery code (${language})`, async ({
    page,
  }) => {
    const w = words[language];
    const admin = await ApiDevice.signIn('admin');
    const email = `mfa.${language}.${randomUUID().slice(0, 6)}@example.org`;
    const password = 'a long synthetic password';
    // A supervisor account is a request (two-person control): the demo supervisor approves it
    // and receives the one-time password, which the new supervisor replaces before signing in.
    const asked = await admin.request<{ request: { id: string } }>('POST', '/v1/admin/users', {
      email,
      displayName: `Sol Supervisora (${language})`,
      role: 'supervisor',
    });
    const supervisor = await ApiDevice.signIn('supervisor');
    const approved = await supervisor.request<{ temporaryPassword: string }>(
      'POST',
      `/v1/admin/approvals/${asked.request.id}/approve`,
    );
    const replaced = await fetch(`${serverUrl}/v1/auth/change-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email,
        currentPassword: approved.temporaryPassword,
        newPassword: password,
      }),
    });
    expect(replaced.status).toBe(200);

    const passwordStep = async () => {
      await page.goto(consoleUrl);
      await page.getByRole('button', { name: w.language }).click();
      await page.locator('input[type="email"]').fill(email);
      await page.locator('input[type="password"]').fill(password);
      await page.getByRole('button', { name: w.signIn, exact: true }).click();
    };

    await passwordStep();
    await expect(page.getByRole('heading', { name: w.enrol })).toBeVisible();
    await expect(page.getByRole('img', { name: w.qr })).toBeVisible();
    const secret = (await page.locator('.mfa-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await check(page, 'mfa-enrol', language);
    let used = codeAfter(secret, 0);
    await page.getByLabel(w.code, { exact: true }).fill(used.code);
    await page.getByRole('button', { name: w.confirm }).click();
    await expect(page.getByRole('heading', { name: w.recovery })).toBeFocused();
    const recovery = await page.locator('.recovery-codes code').allInnerTexts();
    expect(recovery).toHaveLength(10);
    await check(page, 'mfa-recovery', language);
    await page.getByRole('button', { name: w.done }).click();
    await expect(page.getByRole('navigation', { name: /Console|Consola/ })).toBeVisible();

    // Signed out (the console keeps nothing), in again: the code step, a wrong code first.
    await passwordStep();
    const code = page.getByLabel(w.code, { exact: true });
    await expect(code).toBeFocused();
    await code.fill('000000');
    await page.getByRole('button', { name: w.verify }).click();
    await expect(page.getByRole('alert')).toContainText(w.wrong);
    await check(page, 'mfa-verify', language);
    used = codeAfter(secret, used.step);
    await code.fill(used.code);
    await page.getByRole('button', { name: w.verify }).click();
    await expect(page.getByRole('navigation', { name: /Console|Consola/ })).toBeVisible();

    // A recovery code works once.
    for (const expected of ['in', 'refused'] as const) {
      await passwordStep();
      await page.getByLabel(w.code, { exact: true }).fill(recovery[0]!);
      await page.getByRole('button', { name: w.verify }).click();
      if (expected === 'in')
        await expect(page.getByRole('navigation', { name: /Console|Consola/ })).toBeVisible();
      else await expect(page.getByRole('alert')).toContainText(w.wrong);
    }
  });
}
