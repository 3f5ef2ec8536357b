import { openDemoLaptop, signInToConsole } from '../support/console';
import { expect, test, type Page } from '../support/test';

// A case MCJ closes while its attorney works offline: on the laptop it becomes read-only with a
// banner saying why; what was typed before the closing arrived is refused by the server, kept
// there for a supervisor and listed on the laptop with its words; the case still exports. The case is reopened at the end (the
// server is shared by every spec of a run).
test.setTimeout(240_000);
test.use({ actionTimeout: 15_000 });

const phone = `601-555-${String(Date.now() % 10_000).padStart(4, '0')}`;

async function syncLaptop(page: Page) {
  await page.locator('.sync-indicator').getByRole('button', { name: 'Sync now' }).click();
  await expect(page.locator('.sync-indicator .sync-state')).toHaveText(/^Synced/, {
    timeout: 30_000,
  });
}

test('a case closed while the laptop was offline: read-only, typed work kept, still exported', async ({
  browser,
}) => {
  const attorneyContext = await browser.newContext({ acceptDownloads: true });
  const attorney = await openDemoLaptop(attorneyContext, 'attorney1');
  const consoleContext = await browser.newContext();
  const supervisor = await consoleContext.newPage();
  await signInToConsole(supervisor, 'supervisor');

  // 1. Offline, the attorney types a phone number into an open case's file.
  await attorney.getByRole('link', { name: 'Cases', exact: true }).click();
  const caseLink = attorney
    .locator('.case-table tbody tr')
    .filter({ hasNot: attorney.locator('.tag', { hasText: /^Closed$/ }) })
    .first()
    .locator('th a');
  const client = (await caseLink.textContent())!.trim();
  await caseLink.click();
  const reference = /Reference (\S+)/.exec(
    (await attorney.locator('.case-header .muted').first().textContent()) ?? '',
  )![1]!;
  await attorneyContext.setOffline(true);
  const phoneField = attorney.getByRole('textbox', { name: 'Phone' });
  await phoneField.fill(phone);
  await expect(attorney.getByText(/Saved at/).first()).toBeVisible();

  // 2. Meanwhile MCJ closes the case.
  await supervisor.getByRole('link', { name: 'Cases', exact: true }).click();
  await supervisor.getByLabel('Search by reference, client name or A-number').fill(reference);
  await supervisor.getByRole('link', { name: reference, exact: true }).click();
  await supervisor.getByLabel('Outcome').selectOption({ label: 'Withdrawn' });
  await supervisor.getByRole('button', { name: 'Close the case' }).click();
  await expect(supervisor.getByRole('status').filter({ hasText: 'Closed on' })).toBeVisible();

  // 3. Back online, the laptop syncs: the change is refused and kept; the case is read-only.
  await attorneyContext.setOffline(false);
  await syncLaptop(attorney);
  await attorney.getByRole('link', { name: 'Cases', exact: true }).click();
  await attorney.getByRole('link', { name: client }).first().click();
  await expect(
    attorney.getByText('This case is read-only on this computer because MCJ closed it.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(phoneField).toBeDisabled();
  // The case file holds what MCJ holds; what was typed is listed as refused, with its words.
  const tabs = attorney.getByRole('navigation', { name: 'Case sections' });
  await tabs.getByRole('link', { name: 'Review', exact: true }).click();
  const refused = attorney.getByRole('region', { name: "Changes MCJ's server refused" });
  await expect(refused).toContainText(
    'Case file · MCJ had closed this case; what you wrote is kept for your supervisor',
  );
  await expect(refused).toContainText(`Phone: ${phone}`);

  // Nothing to add or change on the other screens.
  await tabs.getByRole('link', { name: 'Custody and contacts' }).click();
  await expect(attorney.getByRole('heading', { name: 'Contact log' })).toBeVisible();
  await expect(attorney.getByRole('button', { name: /^(Add|Record|Save)/ })).toHaveCount(0);
  await tabs.getByRole('link', { name: 'Time', exact: true }).click();
  await expect(attorney.getByRole('button', { name: /^(Start|Add)/ })).toHaveCount(0);

  // 4. Exporting still works.
  await tabs.getByRole('link', { name: 'Drafts' }).click();
  await attorney.getByLabel(/^Motion to continue/).check();
  const downloading = attorney.waitForEvent('download');
  await attorney.getByRole('button', { name: 'Generate Word document (.docx)' }).click();
  const continueAnyway = attorney.getByRole('button', { name: /^Continue/ });
  if (await continueAnyway.isVisible().catch(() => false)) await continueAnyway.click();
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);

  // 5. Reopened by MCJ, the laptop may change the case again.
  await supervisor.getByLabel('Why reopen it').fill('Closed by mistake in a test.');
  await supervisor.getByRole('button', { name: 'Reopen the case' }).click();
  await expect(supervisor.getByText(/reopened on .*: Closed by mistake in a test\./)).toBeVisible();
  await syncLaptop(attorney);
  await tabs.getByRole('link', { name: 'Case file' }).click();
  await expect(attorney.getByRole('textbox', { name: 'Phone' })).toBeEnabled();

  await attorneyContext.close();
  await consoleContext.close();
});
