import { expectAccessible } from '../support/axe';
import { openLaptop, syncNow, SyncWorld } from '../support/sync-world';
import { expect, test } from '../support/test';

// A real conflict (the same hearing date changed on two laptops), then the card with the keyboard
// alone: "Enter the right value" and "Save this value" are two controls, the focus moves to the
// field, a wrong or unchanged value is refused on the field itself, and axe finds nothing.
const world = new SyncWorld();
test.beforeAll(async () => {
  // PGlite in a fresh folder can take a while to start on a loaded machine.
  test.setTimeout(180_000);
  await world.start();
});
test.afterAll(async () => world.stop());
test.use({ bypassCSP: true });
test.setTimeout(180_000);

test('the conflict card works from the keyboard and has no accessibility violations', async ({
  browser,
}) => {
  const attorney = await openLaptop(browser, world, 'attorney1');
  const supervisor = await openLaptop(browser, world, 'supervisor');
  await attorney.page.getByRole('link', { name: 'Cases', exact: true }).click();
  const name = (await attorney.page.locator('.case-table tbody th a').first().textContent())!;

  for (const [laptop, date] of [
    [attorney, '2027-02-08'],
    [supervisor, '2027-02-15'],
  ] as const) {
    await laptop.page.getByRole('link', { name: 'Cases', exact: true }).click();
    await laptop.page.getByRole('link', { name: name.trim() }).first().click();
    await laptop.page.getByRole('link', { name: 'Court and hearings' }).click();
    const hearings = laptop.page.getByRole('region', { name: 'Hearings' });
    await hearings.getByLabel('Date').first().fill(date);
    await expect(hearings.getByRole('status').first()).toContainText('Saved at');
  }
  await syncNow(attorney.page);
  await supervisor.page
    .locator('.sync-indicator')
    .getByRole('button', { name: 'Sync now' })
    .click();
  await expect(supervisor.page.locator('.sync-indicator .sync-state')).toContainText(
    '1 item to review',
    { timeout: 30_000 },
  );
  // The new review item is said aloud once, in the header's live region.
  await expect(supervisor.page.locator('.sync-indicator').getByRole('status')).toHaveText(
    '1 item to review',
  );

  const page = supervisor.page;
  await page.getByRole('link', { name: 'Review' }).click();
  const card = page.getByRole('group', { name: 'Date' });
  await expect(card).toContainText('February 15, 2027');
  await expectAccessible(page, { selector: '.conflict' }, 'conflict card');

  const enter = card.getByRole('button', { name: 'Enter the right value' });
  await enter.focus();
  await page.keyboard.press('Enter');
  const field = card.getByLabel('Right value for Date');
  await expect(field).toBeFocused();
  await expect(card.getByRole('button', { name: 'Enter the right value' })).toHaveCount(0);

  // A second Enter must not save the kept value unchanged.
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/This is the value MCJ kept/);
  await expect(field).toBeFocused();
  await expectAccessible(page, { selector: '.conflict' }, 'conflict card with an error');

  await card.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(enter).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await field.fill('2027-02-22');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your choice is sent with the next sync.')).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Date' })).toBeFocused();
  await syncNow(page);
  await page.getByRole('link', { name: 'Case file' }).click();
  await page.getByRole('link', { name: 'Court and hearings' }).click();
  await expect(
    page.getByRole('region', { name: 'Hearings' }).getByLabel('Date').first(),
  ).toHaveValue('2027-02-22');
  await attorney.context.close();
  await supervisor.context.close();
});
