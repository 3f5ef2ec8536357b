import { expect, test } from '../support/test';
import { setUpPassphrase, unlock } from '../support/session';

/** A calendar day `days` from today in America/Chicago (the tests' browser zone too). */
function chicagoDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Chicago',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test.describe('Today', () => {
  test('the app opens on Today, with an overdue deadline in red, also counted in the case list', async ({
    page,
  }) => {
    await page.goto('./');
    await setUpPassphrase(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Family name (as on the NTA)').fill('Prueba');
    await page.getByLabel('Given names').fill('Ana');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('link', { name: 'Deadlines and hearings' }).click();
    await page.getByLabel('What is due').fill('ICE check-in');
    await page.getByLabel('Date', { exact: true }).fill(chicagoDay(-6));
    await page.getByRole('button', { name: 'Add deadline' }).click();
    await expect(page.getByRole('listitem', { name: /ICE check-in/ })).toBeVisible();

    // Open the app again: it asks for the passphrase, then lands on Today.
    await page.goto('./');
    await unlock(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    const overdue = page.getByRole('region', { name: /Overdue/ });
    const item = overdue.getByRole('listitem').filter({ hasText: 'ICE check-in' });
    const badge = item.getByText('6 days overdue');
    await expect(badge).toBeVisible();
    await expect(badge).toHaveCSS('color', 'rgb(164, 22, 26)');
    await expect(item).toContainText('Ana Prueba');

    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    const row = page.getByRole('row', { name: /Ana Prueba/ });
    await expect(row).toContainText('6 days overdue');
    await page.getByLabel('Deadline within 7 days').check();
    await expect(page.getByRole('row', { name: /Ana Prueba/ })).toBeVisible();
  });

  test('the first sign-in lands on Today, saying how many cases arrived, with links to them', async ({
    page,
  }) => {
    await page.goto('./');
    await setUpPassphrase(page);
    await page.getByRole('link', { name: 'Sync', exact: true }).click();
    await page.getByLabel('Email').fill('attorney1@demo.amparo.test');
    await page.getByLabel('Password').fill('demo-attorney-one-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible({
      timeout: 30_000,
    });
    const banner = page.getByRole('region', { name: /cases? arrived from MCJ/ });
    await expect(banner).toContainText(/\d+ cases arrived from MCJ/);
    const count = Number((await banner.textContent())!.match(/(\d+) cases arrived/)![1]);
    expect(count).toBeGreaterThan(0);
    await expect(banner.getByRole('link')).toHaveCount(count);
    await banner.getByRole('link').first().click();
    await expect(page.getByRole('navigation', { name: 'Case sections' })).toBeVisible();
  });
});

test('the case header shows custody, days in custody, hearing and bond on every case tab', async ({
  page,
}) => {
  await page.goto('./');
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Family name (as on the NTA)').fill('Prueba');
  await page.getByLabel('Given names').fill('Rosa');
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('link', { name: 'Custody and release' }).click();
  const custody = page.getByRole('region', { name: 'Custody' });
  await custody.getByLabel('Custody status').selectOption('detained');
  await custody.getByLabel('Facility', { exact: true }).fill('Adams County Detention Center');
  await custody.getByLabel('Date detained (this detention)').fill(chicagoDay(-30));
  await custody.getByLabel('Release strategy chosen').selectOption('joseph');
  await expect(custody.getByRole('status')).toContainText('Saved at');

  const glance = page.getByLabel('Case at a glance');
  for (const tab of [
    'Case file',
    'Interviews',
    'Defenses',
    'Deadlines and hearings',
    'Documents',
    'Drafts',
    'Review',
  ]) {
    await page
      .getByRole('navigation', { name: 'Case sections' })
      .getByRole('link', { name: tab })
      .click();
    await expect(glance, tab).toContainText('Detained · Adams County Detention Center');
    await expect(glance, tab).toContainText('30 days (since');
    await expect(glance, tab).toContainText('None scheduled');
    await expect(glance, tab).toContainText('Joseph hearing');
  }
});
