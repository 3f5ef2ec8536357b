import { resolve } from 'node:path';
import { axeViolations } from '../support/axe';
import { DEMO_TOTP_SECRET } from '../../../server/src/seed/demo-mfa';
import { freshTotpCode } from '../../../server/src/test-support/totp-sign-in';
import {
  ApiDevice,
  casePatch,
  consoleUrl,
  demo,
  noteRevision,
  signInToConsole,
} from '../support/console';
import { expect, test, type Page } from '../support/test';

// Every console screen in English and Spanish: axe (WCAG 2.1 A/AA) with zero serious or critical
// violations, dialogs and error states included, and the README's screenshots
// (written only with AMPARO_UPDATE_SCREENSHOTS=1). Then a keyboard-only walk.
const shots = resolve(import.meta.dirname, '../../../docs/screenshots');
const updateShots = process.env['AMPARO_UPDATE_SCREENSHOTS'] === '1';

test.use({ bypassCSP: true, viewport: { width: 1280, height: 860 } });
test.setTimeout(240_000);

async function check(page: Page, screen: string, language: 'en' | 'es', shoot = true) {
  await page.waitForLoadState('networkidle');
  const serious = (await axeViolations(page, 'document'))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.targets.join(', ')})`);
  expect(serious, `${screen} in ${language}`).toEqual([]);
  if (updateShots && shoot)
    await page.screenshot({ path: `${shots}/console-${screen}-${language}.png`, fullPage: false });
}

const words = {
  en: {
    language: 'English',
    accounts: 'Accounts',
    devices: 'Devices',
    audit: 'Audit log',
    refused: 'Refused changes',
    conflicts: 'Conflicts',
    cases: 'Cases',
    notes: 'Notes',
    newAccount: 'New account',
    create: 'Create account',
    cancel: 'Cancel',
    show: 'Show',
  },
  es: {
    language: 'Español',
    accounts: 'Cuentas',
    devices: 'Dispositivos',
    audit: 'Registro de auditoría',
    refused: 'Cambios rechazados',
    conflicts: 'Conflictos',
    cases: 'Casos',
    notes: 'Notas',
    newAccount: 'Nueva cuenta',
    create: 'Crear la cuenta',
    cancel: 'Cancelar',
    show: 'Mostrar',
  },
} as const;

async function heading(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

let noteCase = '';

test.beforeAll(async () => {
  // Something for the supervisor's screens to show: a conflict, a refused note and a note.
  const supervisor = await ApiDevice.signIn('supervisor');
  const attorney1 = await ApiDevice.signIn('attorney1');
  const attorney2 = await ApiDevice.signIn('attorney2');
  const { cases } = await supervisor.request<{
    cases: { id: string; reference: string; version: number; assignedUserIds: string[] }[];
  }>('GET', '/v1/admin/cases');
  const target = cases.filter((c) => c.assignedUserIds.includes(attorney1.userId)).at(-1)!;
  noteCase = target.reference;
  await attorney1.push([
    noteRevision(
      target.id,
      'Interview note: the client prefers Mam, Spanish as a second language.',
    ),
  ]);
  await supervisor.push([
    casePatch(target.id, target.version, { 'custody/status': 'released_parole' }),
  ]);
  await attorney1.push([casePatch(target.id, target.version, { 'custody/status': 'detained' })]);
  await attorney2.push([
    noteRevision(target.id, 'Interview note: the client asked for a Mam interpreter.'),
  ]);
});

test('the sign-in screen, with its errors, in both languages', async ({ page }) => {
  await page.goto(consoleUrl);
  for (const language of ['en', 'es'] as const) {
    await page.getByRole('button', { name: words[language].language }).click();
    await check(page, 'sign-in', language);
    // A refusal and a field error, announced and translated.
    await page.locator('input[type="email"]').fill(demo.attorney1.email);
    await page.locator('input[type="password"]').fill(demo.attorney1.password);
    await page.locator('button[type="submit"]').click();
    await expect(page.getByRole('alert')).toContainText(
      language === 'en' ? 'Attorneys use the Amparo laptop app' : 'Los abogados usan',
    );
    await page.locator('input[type="email"]').fill('not an email');
    await page.locator('button[type="submit"]').click();
    await expect(page.locator('.field-error').first()).toBeVisible();
    await check(page, 'sign-in-errors', language, false);
    await page.locator('input[type="email"]').fill('');
  }
});

test('admin screens have no serious accessibility violations in English or Spanish', async ({
  page,
}) => {
  await signInToConsole(page, 'admin');
  for (const language of ['en', 'es'] as const) {
    const w = words[language];
    await page.getByRole('button', { name: w.language }).click();
    await page.getByRole('link', { name: w.accounts }).click();
    await heading(page, w.accounts);
    await check(page, 'accounts', language);
    await page.getByRole('button', { name: w.newAccount }).click();
    await page.getByRole('button', { name: w.create }).click();
    await expect(page.locator('.account-form .field-error').first()).toBeVisible();
    await check(page, 'account-form', language);
    await page.getByRole('button', { name: w.cancel }).click();
    // A confirmation dialog, open.
    await page.locator('.row-actions button').nth(1).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(page, 'account-dialog', language, false);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('link', { name: w.devices }).click();
    await heading(page, w.devices);
    await check(page, 'devices', language);

    await page.getByRole('link', { name: w.audit }).click();
    await heading(page, w.audit);
    await page.getByRole('button', { name: w.show, exact: true }).click();
    await check(page, 'audit', language);
  }
});

test('supervisor screens have no serious accessibility violations in English or Spanish', async ({
  page,
}) => {
  await signInToConsole(page, 'supervisor');
  for (const language of ['en', 'es'] as const) {
    const w = words[language];
    await page.getByRole('button', { name: w.language }).click();
    await page.getByRole('link', { name: w.cases, exact: true }).click();
    await heading(page, w.cases);
    await expect(page.locator('.data-table tbody tr').first()).toBeVisible();
    await check(page, 'cases', language);
    await page.getByRole('link', { name: noteCase, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: w.notes })).toBeVisible();
    await expect(page.locator('.note-text').first()).toBeVisible();
    await check(page, 'case', language);
    await page.getByRole('link', { name: w.refused }).click();
    await heading(page, w.refused);
    await expect(page.locator('.review-item').first()).toBeVisible();
    await check(page, 'refused-changes', language);
    await page.getByRole('link', { name: w.conflicts }).click();
    await heading(page, w.conflicts);
    await expect(page.locator('.review-item').first()).toBeVisible();
    await check(page, 'conflicts', language);
    await page.locator('.review-item button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(page, 'conflict-dialog', language, false);
    await page.keyboard.press('Escape');
  }
});

test('the console is usable with the keyboard alone', async ({ page }) => {
  const focused = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => element === document.activeElement);
  async function tabTo(locator: ReturnType<Page['locator']>, key: 'Tab' | 'Shift+Tab') {
    for (let i = 0; i < 30 && !(await focused(locator)); i++) await page.keyboard.press(key);
    await expect(locator).toBeFocused();
  }
  await page.goto(consoleUrl);
  // The screen's heading has the focus; the skip link is the first stop before it.
  const signInHeading = page.getByRole('heading', {
    level: 1,
    name: 'Sign in to the staff console',
  });
  await expect(signInHeading).toBeFocused();
  await tabTo(page.getByRole('link', { name: 'Skip to main content' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Sign in with Tab and Enter only; focus lands on the first screen's heading.
  await tabTo(page.getByLabel('Email'), 'Tab');
  await page.keyboard.type(demo.admin.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(demo.admin.password);
  await page.keyboard.press('Enter');
  // The second step takes the focus on its code field; Enter sends it.
  await expect(page.getByLabel('Code', { exact: true })).toBeFocused();
  await page.keyboard.type(await freshTotpCode(demo.admin.email, DEMO_TOTP_SECRET));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeFocused();

  // The navigation is reachable; Enter opens Devices, whose heading takes the focus.
  await tabTo(page.getByRole('link', { name: 'Devices' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeFocused();
  await tabTo(page.getByRole('link', { name: 'Accounts' }), 'Shift+Tab');
  await page.keyboard.press('Enter');

  // A dialog opened from the keyboard starts on Cancel, Escape closes it, focus goes back.
  const reset = page.getByRole('button', { name: `Reset password: ${demo.admin.name}` });
  await tabTo(reset, 'Tab');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Reset password' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(reset).toBeFocused();
});
