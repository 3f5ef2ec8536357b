import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCsv } from '../../../core/cases/time-log';
import { axeViolations } from '../support/axe';
import { unlock, setUpPassphrase } from '../support/session';
import { expect, test, type Page } from '../support/test';

// Issue 23 on the laptop, signed in as demo attorney 1 against the embedded server: a transfer
// and its location-check reminder on Today, a visit with an interpreter, the timer through a
// lock (driven by Playwright's clock), and the week's CSV read back.
test.setTimeout(240_000);
test.use({ viewport: { width: 1280, height: 900 }, bypassCSP: true });

const shots = resolve(import.meta.dirname, '../../../docs/screenshots');
const updateShots = process.env['AMPARO_UPDATE_SCREENSHOTS'] === '1';

async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  const serious = (await axeViolations(page, 'document'))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.targets.join(', ')})`);
  expect(serious, name).toEqual([]);
  if (updateShots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
}

test('transfer, visit, timer through a lock, and the week as CSV', async ({ page }) => {
  await page.clock.install({ time: new Date() });
  await page.goto('./');
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await page.getByLabel('Email').fill('attorney1@demo.amparo.test');
  await page.getByLabel('Password').fill('demo-attorney-one-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible({
    timeout: 30_000,
  });

  // A detained client of attorney 1's, from the Today list.
  const detained = page.getByRole('region', { name: /Detained clients/ });
  await detained.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Custody clock' })).toBeVisible();
  const reference = (await page
    .getByText(/^Reference /)
    .first()
    .textContent())!
    .replace(/^Reference\s*/, '')
    .split(' ')[0]!;

  // The transfer: the attorney looked it up; Amparo records it and lists the steps.
  await page.getByRole('radio', { name: 'The client was transferred' }).check();
  await page.getByLabel('New facility').fill('Jena/LaSalle Detention Facility');
  await page.getByLabel('How it was confirmed').selectOption('facility_call');
  await page.getByLabel('Checked by').fill('Abogada Prueba');
  await page.getByRole('button', { name: 'Record transfer' }).click();
  await expect(
    page.getByText(/Transfer recorded\. The facility in the case file is now/),
  ).toBeVisible();
  const steps = page.getByRole('region', { name: /After the transfer to Jena\/LaSalle/ });
  await expect(steps).toContainText('Change of address to the court (EOIR-33)');
  await expect(steps).toContainText('Change of address to DHS (AR-11)');
  await expect(steps).toContainText('8 CFR 1003.15(d)(2)');
  await expect(steps).toContainText('attorney to confirm');
  const glance = page.getByRole('group', { name: 'Case at a glance' });
  await expect(glance).toContainText('Detained · Jena/LaSalle Detention Facility');
  await expect(glance).toContainText('Next location check');
  await expect(glance).toContainText('in 3 days');

  // A visit with an interpreter.
  await page.getByLabel('An interpreter took part').check();
  await page.getByLabel("Interpreter's name (optional)").fill('Intérprete Prueba');
  await page
    .getByRole('form', { name: 'Log a contact' })
    .getByLabel('Language')
    .selectOption('mam');
  await page.getByLabel('Duration in minutes (optional)').fill('45');
  await page.getByRole('button', { name: 'Save contact' }).click();
  const contacts = page.getByRole('list', { name: 'Contacts, newest first' });
  await expect(contacts.getByRole('listitem')).toContainText(
    'Visit · 45 minutes · interpreter Intérprete Prueba: Mam',
  );
  await expect(glance).toContainText(/Last contact\s*today/);
  await check(page, 'time-custody-log-en');

  // Today: the transfer's steps and the next location check.
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  const due = page.getByRole('region', { name: /Location checks due/ });
  await expect(due).toContainText('3 steps after a transfer');
  await expect(due).toContainText(reference);
  const row = page
    .getByRole('region', { name: /Detained clients/ })
    .getByRole('listitem')
    .filter({
      hasText: reference,
    });
  await expect(row).toContainText('Next location check');
  await expect(row).toContainText('in 3 days');
  await expect(row).toContainText('last contact today');

  // The timer: started, five minutes, lock, unlock, two more minutes, stopped.
  await due.getByRole('link', { name: new RegExp(reference) }).click();
  await page
    .getByRole('navigation', { name: 'Case sections' })
    .getByRole('link', { name: 'Time' })
    .click();
  await page.getByLabel('Activity').first().selectOption('interview');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByText(/^Running: Interview since/)).toBeVisible();
  const caseUrl = page.url();
  await page.clock.fastForward('05:00');
  await expect(page.getByTestId('timer-elapsed')).toHaveText(/^0:05:\d\d$/);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(page);
  await page.goto(caseUrl);
  await expect(page.getByText(/^Running: Interview since/)).toBeVisible();
  await expect(page.getByTestId('timer-elapsed')).toHaveText(/^0:0[5-6]:\d\d$/);
  await page.clock.fastForward('02:00');
  await page.getByRole('button', { name: 'Stop timer' }).click();
  await expect(page.getByText('Timer stopped: 7 min saved.')).toBeVisible();
  const entries = page.getByRole('list', { name: 'Time entries' });
  await expect(entries.getByRole('listitem').first()).toContainText('Interview · 7 min · Timer');
  await check(page, 'time-case-en');

  // The week: totals and the CSV, read back.
  await page.getByRole('link', { name: 'Time', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pro bono time' })).toBeVisible();
  await expect(page.getByText(/Total this week: \d/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the week as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^amparo-pro-bono-time-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile((await file.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const rows = parseCsv(text);
  expect(rows[0]).toEqual([
    'Date',
    'Case reference',
    'Activity',
    'Minutes',
    'Hours',
    'Source',
    'Check',
  ]);
  expect(rows).toContainEqual([
    expect.any(String),
    reference,
    'Interview',
    '7',
    '0.12',
    'Timer',
    '',
  ]);
  expect(text).not.toMatch(/Prueba|Ejemplo|Ficticio/);
  await check(page, 'time-week-en');

  // Spanish: the same screens, checked with axe.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiempo pro bono' })).toBeVisible();
  await check(page, 'time-week-es');
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { name: 'Cronómetro' })).toBeVisible();
  await check(page, 'time-case-es');
  await page.goto(caseUrl.replace(/\/time$/, '/custody-log'));
  await expect(page.getByRole('heading', { name: 'Reloj de custodia' })).toBeVisible();
  await check(page, 'time-custody-log-es');
});
