import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '../support/test';
import { setUpPassphrase } from '../support/session';

// Synthetic client only ("Ana Prueba"). The browser's clock is fixed at 10:00 Central on
// 2 December 2026, so the day-before reminder of a hearing on 3 December is due.
const now = new Date('2026-12-02T16:00:00.000Z');
const reference = /[A-Z]{2,6}-\d{4}-\d{3,6}/;

async function createCaseFromCommandList(page: Page): Promise<string> {
  await page.keyboard.press('Control+k');
  const commands = page.getByRole('dialog', { name: 'Command list' });
  await expect(commands.getByRole('combobox', { name: 'Type a command' })).toBeFocused();
  await page.keyboard.type('new case');
  await expect(commands.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(commands).toBeHidden();

  await page.getByLabel('Family name (as on the NTA)').fill('Prueba');
  await page.getByLabel('Given names').fill('Ana');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Prueba' })).toBeVisible();
  const header = await page.locator('.case-header').textContent();
  return reference.exec(header ?? '')![0];
}

async function addHearingTomorrow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Court and hearings' }).click();
  const hearings = page.getByRole('region', { name: 'Hearings' });
  await hearings.getByRole('button', { name: 'Add a hearing' }).click();
  await hearings.getByLabel('Date').first().fill('2026-12-03');
  await hearings.getByLabel('Time (Central)').first().fill('09:00');
  await expect(hearings.getByRole('status').first()).toContainText('Saved at');
}

test.describe('desktop features in web mode', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(now);
    await page.goto('./');
    await setUpPassphrase(page);
  });

  test('command list, keyboard help, reminder banner, print warning and calendar download', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const ref = await createCaseFromCommandList(page);
    await addHearingTomorrow(page);

    // In-app reminder: the case reference only, with a way into the case.
    const reminders = page.getByRole('region', { name: 'Reminders' });
    await expect(reminders).toContainText(`Hearing tomorrow 9:00 AM — case ${ref}`);
    await expect(reminders).not.toContainText('Prueba');
    await expect(reminders.getByRole('link', { name: `Open case ${ref}` })).toBeVisible();

    // Keyboard help lists the web shortcuts and gives focus back.
    await page.keyboard.press('Control+/');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByRole('row', { name: /Lock now/ })).toContainText('Alt+Shift+L');
    await expect(help.getByRole('row', { name: /Command list/ })).toContainText('Ctrl+K');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // Print the case summary: the unencrypted-copy warning comes first.
    await page.keyboard.press('Control+p');
    await expect(page).toHaveURL(/#\/print\/cases\/[^/]+\/summary$/);
    const warning = page.getByRole('alertdialog', { name: 'This copy is not encrypted' });
    await expect(warning).toContainText("not protected by Amparo's encryption");
    await expect(warning.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await warning.getByRole('button', { name: 'Print' }).click();
    await expect(warning).toBeHidden();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    const summary = page.getByRole('article');
    await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Case summary');
    await expect(summary).toContainText(ref);

    // On paper only the document shows: no toolbar, header or reminders.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-toolbar')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(summary).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // The agenda's calendar export downloads through the bridge, named without the client.
    await page.keyboard.press('Alt+2');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^amparo-agenda-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = await readFile((await file.path())!, 'utf8');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain(ref);
    expect(text).not.toContain('Prueba');
  });

  test('actions that need a case explain themselves, and reminders can be dismissed', async ({
    page,
  }) => {
    await page.keyboard.press('Control+k');
    await page.keyboard.type('print case');
    const option = page.getByRole('option', { name: /Print case summary/ });
    await expect(option).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Open a case first' })).toBeVisible();
    await expect(page).not.toHaveURL(/print/);

    const ref = await createCaseFromCommandList(page);
    await addHearingTomorrow(page);
    const reminders = page.getByRole('region', { name: 'Reminders' });
    await reminders.getByRole('button', { name: 'Dismiss' }).first().click();
    await expect(reminders.getByText(`Hearing tomorrow 9:00 AM — case ${ref}`)).toBeHidden();
  });
});
