import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/test';
import {
  ApiDevice,
  casePatch,
  demo,
  identifyingStrings,
  noteRevision,
  openDemoLaptop,
  signInToConsole,
} from '../support/console';

// MCJ's staff in the console against the embedded server (on PostgreSQL when DATABASE_URL is
// set, as in CI): accounts, a laptop revoked and wiped, quarantine and conflicts, the audit log.
// Everything the admin's browser receives is kept and searched for case contents at the end.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const run = Date.now().toString(36);
const newAttorney = {
  email: `nuria.voluntaria.${run}@example.org`,
  name: `Nuria Voluntaria ${run} (e2e)`,
};
const noteCanary = `NoteCanaryQz${run}`;

let adminContext: BrowserContext;
let admin: Page;
const adminBodies: string[] = [];

test.beforeAll(async ({ browser }) => {
  adminContext = await browser.newContext();
  admin = await adminContext.newPage();
  admin.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/v1/')) return;
    void response.text().then(
      (text) => adminBodies.push(text),
      () => undefined,
    );
  });
  await signInToConsole(admin, 'admin');
});
test.afterAll(async () => adminContext.close());

test('an admin creates an attorney with languages, firm and availability', async () => {
  await expect(admin.getByRole('heading', { level: 1, name: 'Accounts' })).toBeFocused();
  await admin.getByRole('button', { name: 'New account' }).click();
  const panel = admin.locator('section.panel');
  await panel.getByLabel('Email', { exact: true }).fill(newAttorney.email);
  await panel.getByLabel('Name', { exact: true }).fill(newAttorney.name);
  await panel.getByLabel('Spanish').check();
  await panel.getByLabel('Mam', { exact: true }).check();
  await panel.getByLabel('Firm or organisation').fill('Voluntarios & Asociados LLP');
  await panel.getByLabel('Availability').selectOption({ label: 'Limited: ask first' });
  await panel.getByRole('button', { name: 'Create account' }).click();

  const notice = admin.getByRole('status').filter({ hasText: 'Account created' });
  await expect(notice).toContainText(newAttorney.name);
  await expect(notice.locator('.temporary-password')).toHaveText(/\S{12,}/);
  const row = admin
    .getByRole('row')
    .filter({ has: admin.getByRole('rowheader', { name: newAttorney.name, exact: true }) });
  await expect(row).toContainText('Attorney');
  await expect(row).toContainText('Spanish, Mam');
  await expect(row).toContainText('Voluntarios & Asociados LLP');
  await expect(row).toContainText('Limited: ask first');
  await expect(row).toContainText('Never');

  // The same email again: refused with a clear message, nothing created.
  await admin.getByRole('button', { name: 'New account' }).click();
  await panel.getByLabel('Email', { exact: true }).fill(newAttorney.email.toUpperCase());
  await panel.getByLabel('Name', { exact: true }).fill('Someone Else (e2e)');
  await panel.getByRole('button', { name: 'Create account' }).click();
  await expect(panel.getByRole('alert')).toHaveText('An account with this email already exists.');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(admin.getByRole('row', { name: /Someone Else/ })).toHaveCount(0);
});

test('an admin sees attorney 1’s laptop after it syncs, revokes it, and the laptop wipes', async ({
  browser,
}) => {
  const laptopContext = await browser.newContext();
  const laptop = await openDemoLaptop(laptopContext, 'attorney1');

  await admin.getByRole('link', { name: 'Devices' }).click();
  await admin.getByLabel('Person').selectOption({ label: demo.attorney1.name });
  const rows = admin.locator('section[aria-labelledby="laptops-title"] tbody tr');
  // Newest sync first: the laptop that just signed in.
  const row = rows.first();
  await expect(row).toContainText('Amparo web');
  await expect(row).toContainText('Active');
  await expect(row.locator('td').nth(2)).not.toHaveText('Never');

  await row.getByRole('button', { name: /Revoke and erase/ }).click();
  const dialog = admin.getByRole('dialog', { name: /Revoke Amparo web of Alex Attorney/ });
  await expect(dialog).toContainText('erases every client file on it');
  await expect(dialog).toContainText('not synced is sent to MCJ when it next connects');
  await expect(dialog).toContainText('kept in Refused changes for review');
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Revoke and erase' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'is revoked' })).toBeVisible();
  await expect(rows.first()).toContainText('Revoked: erases at next contact');

  // Its next contact: the server says wipe, and the laptop is empty and back at first run.
  await laptop.locator('.sync-indicator').getByRole('button', { name: 'Sync now' }).click();
  await expect(
    laptop.getByRole('heading', { name: 'Protect the client files on this computer' }),
  ).toBeVisible({ timeout: 30_000 });
  await laptopContext.close();

  await admin.getByRole('link', { name: 'Accounts' }).click();
  await admin.getByRole('link', { name: 'Devices' }).click();
  await admin.getByLabel('Person').selectOption({ label: demo.attorney1.name });
  await expect(rows.first()).toContainText('Revoked: told to erase on');
  // Console sessions are listed apart from laptops, this one among them.
  await expect(admin.locator('section[aria-labelledby="console-sessions-title"]')).toContainText(
    'This session (you)',
  );
});

test('a supervisor opens refused changes and conflicts and resolves one', async ({ browser }) => {
  // What laptops would send: the supervisor and attorney 1 change one custody status from the
  // same version (a conflict on a legal fact); attorney 2 writes a note in a case not theirs.
  const supervisorDevice = await ApiDevice.signIn('supervisor');
  const attorney1 = await ApiDevice.signIn('attorney1');
  const attorney2 = await ApiDevice.signIn('attorney2');
  const { cases } = await supervisorDevice.request<{
    cases: { id: string; reference: string; version: number; assignedUserIds: string[] }[];
  }>('GET', '/v1/admin/cases');
  const target = cases.find((c) => c.assignedUserIds.includes(attorney1.userId))!;
  const first = await supervisorDevice.push([
    casePatch(target.id, target.version, { 'custody/status': 'released_recognizance' }),
  ]);
  expect(first.results[0]!.status).toBe('applied');
  const second = await attorney1.push([
    casePatch(target.id, target.version, { 'custody/status': 'released_bond' }),
  ]);
  expect(second.results[0]!.status).toBe('conflict');
  const refused = await attorney2.push([noteRevision(target.id, `Interview note: ${noteCanary}`)]);
  expect(refused.results[0]).toMatchObject({ status: 'rejected', reason: 'not_assigned' });

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInToConsole(page, 'supervisor');
  await page.getByRole('link', { name: 'Refused changes' }).click();
  const item = page.locator('.review-item').filter({ hasText: noteCanary });
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(`Note · ${target.reference}`);
  await expect(item).toContainText(demo.attorney2.name);
  await expect(item).toContainText('the case was not assigned to the sender');
  await expect(item).toContainText('Note text');
  await item.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked reviewed.' })).toBeVisible();
  await expect(page.locator('.review-item').filter({ hasText: noteCanary })).toHaveCount(0);

  await page.getByRole('link', { name: 'Conflicts' }).click();
  const conflict = page
    .locator('.review-item')
    .filter({ hasText: target.reference })
    .filter({ hasText: 'released_bond' });
  await expect(conflict).toContainText('A legal fact was changed on the server and on a laptop');
  const server = conflict.getByRole('region', { name: 'On the server' });
  const laptopSide = conflict.getByRole('region', { name: 'From the laptop' });
  await expect(server).toContainText('released_recognizance');
  await expect(server).toContainText(demo.supervisor.name);
  await expect(laptopSide).toContainText('released_bond');
  await expect(laptopSide).toContainText(demo.attorney1.name);
  await conflict.getByRole('button', { name: "Use the laptop's value" }).click();
  const confirm = page.getByRole('dialog', { name: "Use the laptop's value?" });
  await expect(confirm).toContainText('every laptop with this case receives it');
  await confirm.getByRole('button', { name: "Use the laptop's value" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Resolved' })).toBeVisible();
  await expect(conflict).toHaveCount(0);
  const after = await supervisorDevice.request<{ cases: { id: string; version: number }[] }>(
    'GET',
    '/v1/admin/cases',
  );
  expect(after.cases.find((c) => c.id === target.id)!.version).toBe(target.version + 2);
  await context.close();
});

test('a supervisor applies a refused change after review (issue 15 #2)', async ({ browser }) => {
  // Attorney 2 changes a detail of a case not assigned to them: refused, kept whole.
  const supervisorDevice = await ApiDevice.signIn('supervisor');
  const attorney2 = await ApiDevice.signIn('attorney2');
  const { cases } = await supervisorDevice.request<{
    cases: {
      id: string;
      reference: string;
      version: number;
      assignedUserIds: string[];
      deleted: boolean;
    }[];
  }>('GET', '/v1/admin/cases');
  const target = cases.find((c) => !c.assignedUserIds.includes(attorney2.userId) && !c.deleted)!;
  const office = `ERO applied after review ${run}`;
  const refused = await attorney2.push([
    casePatch(target.id, target.version, { 'custody/iceOffice': office }),
  ]);
  expect(refused.results[0]).toMatchObject({ status: 'rejected', reason: 'not_assigned' });

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInToConsole(page, 'supervisor');
  await page.getByRole('link', { name: 'Refused changes' }).click();
  const item = page.locator('.review-item').filter({ hasText: office });
  await expect(item).toContainText(demo.attorney2.name);
  await item.getByRole('button', { name: 'Apply this change' }).click();
  const confirm = page.getByRole('dialog', { name: 'Apply this refused change?' });
  await expect(confirm).toContainText(`as ${demo.attorney2.name} sent it`);
  await confirm.getByRole('button', { name: 'Apply the change' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Applied: the change took effect' }),
  ).toBeVisible();
  await expect(item).toHaveCount(0);
  await page.getByLabel('Also show changes already reviewed').check();
  await expect(item).toContainText('Applied');
  await expect(item.getByRole('button', { name: 'Apply this change' })).toHaveCount(0);
  const after = await supervisorDevice.request<{ cases: { id: string; version: number }[] }>(
    'GET',
    '/v1/admin/cases',
  );
  expect(after.cases.find((c) => c.id === target.id)!.version).toBe(target.version + 1);
  await context.close();
});

test('the admin exports the audit log and finds each action', async () => {
  await admin.getByRole('link', { name: 'Audit log' }).click();
  await admin.getByLabel('Action').selectOption('admin.device_revoke');
  await admin.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(admin.locator('.audit-table tbody tr').first()).toContainText(demo.admin.name);
  await admin.getByLabel('Action').selectOption('');

  const downloading = admin.waitForEvent('download');
  await admin.getByRole('button', { name: 'Export (JSON lines)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^amparo-audit-\d{4}-\d{2}-\d{2}\.jsonl$/);
  const events = (await readFile((await download.path())!, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { action: string; details: Record<string, unknown> });
  await expect(admin.getByRole('status').filter({ hasText: /Exported \d+ events/ })).toBeVisible();
  const actions = new Set(events.map((event) => event.action));
  for (const action of [
    'console.sign_in',
    'admin.user_create',
    'admin.device_revoke',
    'device.wipe_sent',
    'review.quarantine_reviewed',
    'review.quarantine_applied',
    'review.conflict_resolve',
    'audit.search',
  ])
    expect(actions, action).toContain(action);
  const revoked = events.filter((e) => e.action === 'admin.device_revoke');
  expect(revoked.at(-1)!.details['via']).toBe('http');
  expect(
    events.some(
      (e) => e.action === 'review.conflict_resolve' && e.details['resolution'] === 'use_client',
    ),
  ).toBe(true);
});

test('the admin never received case contents from any route', async () => {
  // Every admin screen once more, then the search over everything the admin's browser received.
  for (const screen of ['Accounts', 'Devices', 'Audit log']) {
    await admin.getByRole('link', { name: screen }).click();
    await expect(admin.getByRole('heading', { level: 1, name: screen })).toBeVisible();
  }
  await admin.waitForLoadState('networkidle');
  const supervisorDevice = await ApiDevice.signIn('supervisor');
  const secrets = [...identifyingStrings(await supervisorDevice.caseDocuments()), noteCanary];
  expect(secrets.length).toBeGreaterThan(20);
  expect(adminBodies.length).toBeGreaterThan(10);
  const everything = adminBodies.join('\n');
  expect(secrets.filter((secret) => everything.includes(secret))).toEqual([]);
  // The same search finds them in what a supervisor receives (the search can fail).
  const supervisorBody = JSON.stringify(await supervisorDevice.caseDocuments());
  expect(secrets.slice(0, -1).every((secret) => supervisorBody.includes(secret))).toBe(true);
});
