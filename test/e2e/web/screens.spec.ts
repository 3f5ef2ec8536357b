import { resolve } from 'node:path';
import { expect, test, type Page } from '../support/test';
import { axeViolations } from '../support/axe';
import { setUpPassphrase } from '../support/session';

// Every main screen, in English and Spanish: an automated accessibility check (axe, WCAG 2.1 A/AA)
// with zero serious or critical violations, and the screenshots shown in the README
// (written only with AMPARO_UPDATE_SCREENSHOTS=1). Data: the demo organisation's synthetic cases.
const shots = resolve(import.meta.dirname, '../../../docs/screenshots');
const updateShots = process.env['AMPARO_UPDATE_SCREENSHOTS'] === '1';

test.use({ bypassCSP: true, viewport: { width: 1280, height: 860 } });
test.setTimeout(240_000);

async function check(page: Page, screen: string, language: 'en' | 'es') {
  await page.waitForLoadState('networkidle');
  const serious = (await axeViolations(page, 'document'))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.targets.length})`);
  expect(serious, `${screen} in ${language}`).toEqual([]);
  if (updateShots)
    await page.screenshot({ path: `${shots}/${screen}-${language}.png`, fullPage: false });
}

test('main screens have no serious accessibility violations in English or Spanish', async ({
  page,
}) => {
  await page.goto('./');
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await page.getByLabel('Email').fill('attorney1@demo.amparo.test');
  await page.getByLabel('Password').fill('demo-attorney-one-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.sync-indicator .sync-state')).toContainText('Synced', {
    timeout: 30_000,
  });
  // A sign-in lands on Today, which says how many cases arrived.
  await expect(page.getByText(/cases arrived from MCJ/)).toBeVisible();
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await check(page, 'sync', 'en');

  for (const language of ['en', 'es'] as const) {
    if (language === 'es') await page.getByRole('button', { name: 'Español' }).click();
    await page
      .getByRole('link', { name: language === 'en' ? 'Today' : 'Hoy', exact: true })
      .click();
    await expect(page.locator('.today-section').first()).toBeVisible();
    await check(page, 'today', language);
    const cases = language === 'en' ? 'Cases' : 'Casos';
    await page.getByRole('link', { name: cases, exact: true }).click();
    await expect(page.locator('.case-table tbody tr').first()).toBeVisible();
    await check(page, 'case-list', language);

    await page.locator('.case-table tbody th a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check(page, 'case-file', language);
    if (updateShots)
      await page
        .locator('.case-header')
        .screenshot({ path: `${shots}/case-header-${language}.png` });

    await page
      .getByRole('link', { name: language === 'en' ? 'Interviews' : 'Entrevistas' })
      .click();
    const start = page.getByRole('button', {
      name: language === 'en' ? 'Start interview' : /Iniciar/,
    });
    if (await start.isVisible()) {
      await start.click();
      await expect(page.locator('.interview-header')).toBeVisible();
    } else {
      await page.locator('main a[href*="/interviews/"]').first().click();
    }
    await check(page, 'interview', language);

    await page.getByRole('link', { name: language === 'en' ? 'Defenses' : 'Defensas' }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await check(page, 'defenses', language);

    await page
      .getByRole('link', {
        name: language === 'en' ? 'Deadlines and hearings' : 'Plazos y audiencias',
      })
      .click();
    await check(page, 'case-agenda', language);
    await page.getByRole('link', { name: language === 'en' ? 'Documents' : 'Documentos' }).click();
    await check(page, 'documents', language);
    await page.getByRole('link', { name: language === 'en' ? 'Review' : 'Revisar' }).click();
    await check(page, 'review', language);

    await page.getByRole('link', { name: 'Agenda', exact: true }).click();
    await check(page, 'agenda', language);
    await page
      .getByRole('link', { name: language === 'en' ? 'Settings' : 'Configuración', exact: true })
      .click();
    await check(page, 'settings', language);
  }
});
