import { expect, test } from '../support/test';
import { reloadAndUnlock, setUpPassphrase } from '../support/session';

test.describe('case file', () => {
  test('creates a case, keeps an invalid A-number as a draft, saves lists, and survives a reload', async ({
    page,
  }) => {
    await page.goto('./');
    await setUpPassphrase(page);
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Family name (as on the NTA)').fill('Prueba');
    await page.getByLabel('Given names').fill('Ana');
    await page.getByRole('button', { name: 'Create case' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Ana Prueba' })).toBeVisible();
    const identity = page.getByRole('region', { name: 'Identity' });
    const aNumber = identity.getByLabel('A-number');
    await aNumber.fill('A12-34X');
    await expect(identity.getByText('An A-number is 7 to 9 digits')).toBeVisible();
    await expect(identity.getByRole('status')).toContainText('Kept as a draft');
    await reloadAndUnlock(page);
    await expect(page.getByRole('region', { name: 'Identity' }).getByLabel('A-number')).toHaveValue(
      'A12-34X',
    );

    await page.getByRole('region', { name: 'Identity' }).getByLabel('A-number').fill('a-12345678');
    await expect(page.getByRole('region', { name: 'Identity' }).getByRole('status')).toContainText(
      'Saved at',
    );
    await expect(page.getByText('Reference AMP-')).toContainText('A 012 345 678');

    await page.getByRole('link', { name: 'Entries and departures' }).click();
    const entries = page.getByRole('region', { name: 'Entries to the United States' });
    await entries.getByRole('button', { name: 'Add an entry' }).click();
    await entries.getByLabel('Date of entry').fill('2013-05-02');
    await entries.getByLabel('Manner of entry').selectOption('ewi');
    await expect(entries.getByRole('status').first()).toContainText('Saved at');

    await page.getByRole('link', { name: 'Family', exact: true }).click();
    const family = page.getByRole('region', { name: 'Family members' });
    await family.getByRole('button', { name: 'Add a family member' }).click();
    await family.getByLabel('Name').fill('Luis Prueba');
    await family.getByLabel('Relationship').selectOption('child');
    await family.getByLabel('Date of birth').fill('2015-08-20');
    await family.getByLabel('Immigration status').selectOption('usc');
    await expect(family.getByRole('status').first()).toContainText('Saved at');

    await reloadAndUnlock(page);
    await expect(page.getByRole('group', { name: /Luis Prueba/ })).toBeVisible();
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    const row = page.getByRole('row', { name: /Ana Prueba/ });
    await expect(row).toContainText('A 012 345 678');
    await expect(row).toContainText(/1 change not synced/);
  });
});
