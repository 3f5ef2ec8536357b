import { randomInt, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { ApiDevice, casePatch, openDemoLaptop, signInToConsole } from '../support/console';
import { syncNow } from '../support/sync-world';
import { expect, test } from '../support/test';

// Issue 17, both halves, on the embedded server (PostgreSQL when DATABASE_URL is set): attorney 1
// starts a field intake offline naming an adverse party; the supervisor finds the party planted in
// attorney 2's case, waives with a reason, accepts and assigns to attorney 1, whose laptop gets the
// case; a CSV of 50 rows with 3 bad ones imports 47; attorney 2 never sees the case or the intake.
test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);
test.use({ viewport: { width: 1280, height: 900 } });

const shots = resolve(import.meta.dirname, '../../../docs/screenshots');
const updateShots = process.env['AMPARO_UPDATE_SCREENSHOTS'] === '1';
const run = Date.now().toString(36);
const givenNames = `Ana ${run}`;
const aNumber = String(randomInt(100_000_000, 999_999_999));

let laptopContext: BrowserContext;
let staffContext: BrowserContext;
let laptop: Page;
let staff: Page;
let intakeReference = '';
let caseReference = '';
let planted = { id: '', reference: '' };

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  const serious = (await axeViolations(page, 'document'))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.targets.join(', ')})`);
  expect(serious, name).toEqual([]);
  if (updateShots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
}

test.beforeAll(async ({ browser }) => {
  // The adverse party the check must find, in a case of attorney 2's.
  const supervisor = await ApiDevice.signIn('supervisor');
  const attorney2 = await ApiDevice.signIn('attorney2');
  const { cases } = await supervisor.request<{
    cases: { id: string; reference: string; version: number; assignedUserIds: string[] }[];
  }>('GET', '/v1/admin/cases');
  const target = cases.find((c) => c.assignedUserIds.includes(attorney2.userId))!;
  const pushed = await supervisor.push([
    casePatch(target.id, target.version, {
      parties: [
        { id: randomUUID(), role: 'adverse', name: 'Perez, Jose A.', relationship: 'abuser' },
      ],
    }),
  ]);
  expect(pushed.results[0]!.status).toBe('applied');
  planted = { id: target.id, reference: target.reference };
  laptopContext = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
  });
  staffContext = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
  });
  laptop = await openDemoLaptop(laptopContext, 'attorney1');
  staff = await staffContext.newPage();
});
test.afterAll(async () => {
  await laptopContext?.close();
  await staffContext?.close();
});

test('attorney 1 starts a field intake offline, naming an adverse party, and syncs it', async () => {
  await laptopContext.setOffline(true);
  await laptop.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(laptop.getByRole('link', { name: 'New case' })).toHaveCount(0);
  await laptop.getByRole('link', { name: 'New intake' }).click();
  await laptop.getByLabel('Family name').fill('Prueba');
  await laptop.getByLabel('Given names').fill(givenNames);
  await laptop.getByLabel('A-number').fill(aNumber);
  await laptop.getByLabel('Custody status').selectOption('detained');
  await laptop.getByLabel('Facility').fill('Adams County Detention Center');
  await laptop.getByRole('button', { name: 'Add a person' }).click();
  const party = laptop.getByRole('group', { name: 'Person 1' });
  await party.getByLabel('Name').fill('José Ángel Pérez');
  await party.getByLabel('Relationship to the client').fill('ex-spouse');
  await laptop.getByRole('button', { name: 'Submit to MCJ' }).click();
  await expect(laptop.getByText('Submitted: it goes to MCJ at the next sync.')).toBeVisible();
  const heading = await laptop.getByRole('heading', { level: 1 }).textContent();
  intakeReference = /INT-\d{4}-\d{6}/.exec(heading ?? '')![0];

  await laptopContext.setOffline(false);
  await syncNow(laptop);
  await laptop.getByRole('link', { name: 'Cases', exact: true }).click();
  const mine = laptop.getByRole('region', { name: 'Your intakes' });
  await expect(mine).toContainText(`${givenNames} Prueba · ${intakeReference}`);
  await expect(mine).toContainText('Sent: waiting for MCJ');
  await expect(mine).not.toContainText('Not synced yet');
  await shoot(laptop, 'intake-laptop-en');
  await laptop.getByRole('button', { name: 'Español' }).click();
  await expect(laptop.locator('html')).toHaveAttribute('lang', 'es');
  await shoot(laptop, 'intake-laptop-es');
  await laptop.getByRole('button', { name: 'English' }).click();
  await expect(laptop.locator('html')).toHaveAttribute('lang', 'en');
});

test('the supervisor checks it, waives the conflict with a reason, accepts and assigns it', async () => {
  await signInToConsole(staff, 'supervisor');
  await staff.getByRole('link', { name: 'Intakes', exact: true }).click();
  const row = staff.getByRole('row').filter({ hasText: intakeReference });
  await expect(row).toContainText(`${givenNames} Prueba`);
  await expect(row).toContainText('Laptop (field intake)');
  await row.getByRole('link', { name: intakeReference }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(`Intake ${intakeReference}`);
  await staff.getByRole('button', { name: 'Run the conflict check' }).click();
  const hit = staff.getByRole('row').filter({ hasText: planted.reference });
  await expect(hit).toContainText('Perez, Jose A.');
  await expect(hit).toContainText('Adverse party · abuser');
  await expect(hit).toContainText('José Ángel Pérez (Adverse party)');
  await staff.getByRole('radio', { name: 'Waived' }).check();
  await staff.getByRole('button', { name: 'Record the decision' }).click();
  await expect(staff.getByText('Give the reason.')).toBeVisible();
  await staff
    .getByLabel('Reason', { exact: true })
    .fill('Different person: other date of birth; consent in writing.');
  await staff.getByRole('button', { name: 'Record the decision' }).click();
  await expect(staff.getByText('Decision recorded: Waived.')).toBeVisible();
  await shoot(staff, 'console-intake-en');
  await staff.getByRole('button', { name: 'Español' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(`Admisión ${intakeReference}`);
  await shoot(staff, 'console-intake-es');
  await staff.getByRole('button', { name: 'English' }).click();

  await staff.getByRole('checkbox', { name: /^Alex Attorney \(demo\)/ }).check();
  await staff.getByRole('button', { name: 'Accept and open the case' }).click();
  const done = staff.getByRole('status').filter({ hasText: 'Accepted: case' });
  await expect(done).toBeVisible();
  caseReference = /MCJ-\d{4}-\d{4}/.exec((await done.textContent()) ?? '')![0];
});

test('attorney 1’s laptop gets the case with the intake’s data; the case replaces the intake', async () => {
  await syncNow(laptop);
  await laptop.getByRole('link', { name: 'Cases', exact: true }).click();
  // (Intakes of earlier runs on a kept database may still be listed: only this one matters.)
  await expect(
    laptop.getByRole('region', { name: 'Your intakes' }).getByText(intakeReference),
  ).toHaveCount(0);
  await laptop.getByRole('link', { name: new RegExp(`${givenNames}`) }).click();
  await expect(laptop.getByText(caseReference).first()).toBeVisible();
  await expect(laptop.getByText('Adams County Detention Center').first()).toBeVisible();
});

test('attorney 2 never receives the case or the intake', async () => {
  const attorney2 = await ApiDevice.signIn('attorney2');
  const pages: string[] = [];
  let cursor = '';
  for (;;) {
    const page = await attorney2.request<{ nextCursor: string; hasMore: boolean }>(
      'GET',
      `/v1/sync/pull?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    pages.push(JSON.stringify(page));
    if (!page.hasMore) break;
    cursor = page.nextCursor;
  }
  const body = pages.join('\n');
  expect(body).not.toContain(givenNames);
  expect(body).not.toContain(aNumber);
  expect(body).not.toContain(intakeReference);
  expect(body).not.toContain(caseReference);
});

test('a CSV of 50 rows with 3 bad ones imports 47 and offers the 3 with their reasons', async () => {
  const lines = ['Last name,First name,A-Number,Custody,Notes'];
  for (let i = 1; i <= 50; i += 1) {
    if (i === 10) lines.push(',Sin Apellido,,detained,');
    else if (i === 20) lines.push(`Prueba${run}x${i},Ana,12,detained,`);
    else if (i === 30)
      lines.push(`Prueba${run}x${i},Ana,,detained,"=HYPERLINK(""http://example.invalid"")"`);
    else lines.push(`Prueba${run}x${i},Ana,,detained,`);
  }
  await staff.getByRole('link', { name: 'Intakes', exact: true }).click();
  await staff.getByRole('link', { name: 'Import from a CSV file' }).click();
  await staff.getByLabel('CSV file').setInputFiles({
    name: 'intakes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
  });
  await expect(staff.getByText('47 rows ready, 3 rows with problems.')).toBeVisible();
  await shoot(staff, 'console-csv-import-en');
  await staff.getByRole('button', { name: 'Español' }).click();
  await expect(staff.getByText('47 filas listas', { exact: false })).toBeVisible();
  await shoot(staff, 'console-csv-import-es');
  await staff.getByRole('button', { name: 'English' }).click();
  const downloading = staff.waitForEvent('download');
  await staff
    .getByRole('button', { name: 'Download the 3 rows with problems and their reasons' })
    .click();
  const rejected = await readFile((await (await downloading).path())!, 'utf8');
  const rows = rejected.trim().split(/\r?\n/);
  expect(rows).toHaveLength(4);
  expect(rows[0]).toContain('Line,Reasons');
  expect(rejected).toContain('Family name:');
  expect(rejected).toContain('A-number:');
  expect(rejected).toContain(`'=HYPERLINK`);
  await staff.getByRole('button', { name: 'Import only the 47 valid rows' }).click();
  await expect(staff.getByText('47 intakes imported.', { exact: false })).toBeVisible();
  await staff.getByRole('link', { name: 'Back to intakes' }).click();
  await expect(staff.getByRole('row').filter({ hasText: `Prueba${run}x` })).toHaveCount(47);

  await staff.getByRole('link', { name: 'Assignments', exact: true }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Assignments' })).toBeVisible();
  await shoot(staff, 'console-assignments-en');
  await staff.getByRole('button', { name: 'Español' }).click();
  await expect(staff.locator('html')).toHaveAttribute('lang', 'es');
  await shoot(staff, 'console-assignments-es');
  await staff.getByRole('button', { name: 'English' }).click();
});
