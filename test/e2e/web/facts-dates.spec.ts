import { expect, test, type Page } from '../support/test';

// Issue 11: each fact entered once, and dates read back as they are typed. Synthetic people only.
const passphrase = 'river lamp seven orchard';

async function openApp(page: Page, reload = false): Promise<void> {
  if (reload) await page.reload();
  else await page.goto('./');
  const main = page.getByRole('navigation', { name: 'Main' });
  const setUp = page.getByRole('heading', { name: 'Protect the client files on this computer' });
  const locked = page.getByRole('heading', { name: 'Amparo is locked' });
  await expect(main.or(setUp).or(locked)).toBeVisible({ timeout: 20_000 });
  if (await setUp.isVisible()) {
    await page.getByLabel('New passphrase').fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
    await page.getByRole('button', { name: 'Encrypt and continue' }).click();
  } else if (await locked.isVisible()) {
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(main).toBeVisible({ timeout: 20_000 });
}

async function startInterview(page: Page, template: string): Promise<void> {
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Family name (as on the NTA)').fill('Prueba');
  await page.getByLabel('Given names').fill('Fabio');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fabio Prueba' })).toBeVisible();
  await page.getByRole('link', { name: 'Interviews' }).click();
  await page.getByLabel('Interview template').selectOption({ label: template });
  await page.getByLabel("Interpreter's name").fill('Rosa Intérprete');
  await page.getByLabel('Language interpreted').selectOption('es');
  await page.getByRole('radio', { name: 'Spanish (Español)' }).check();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(template) })).toBeVisible();
}

test('dates are read back as typed: 11/20/2026 and March 2016 in English, 03/04/2026 asked in Spanish', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await startInterview(page, 'First intake');
  const sections = page.getByRole('navigation', { name: 'Interview sections' });
  await sections.getByRole('link', { name: /^Entries and trips/ }).click();

  const first = page.getByRole('textbox', { name: 'Date of the first entry to the United States' });
  await first.fill('March 2016');
  await expect(page.getByText('Read as: March 2016')).toBeVisible();
  const last = page.getByRole('textbox', { name: /^Date of the last arrival/ });
  await last.fill('11/20/2026');
  await expect(page.getByText('Read as: 20 November 2026')).toBeVisible();
  const status = page.locator('.interview-header').getByRole('status');
  await expect(status).toContainText('Saved at');

  await page.getByRole('button', { name: 'Español' }).click();
  const primera = page.getByRole('textbox', {
    name: 'Fecha de la primera entrada a Estados Unidos',
  });
  await expect(primera).toHaveValue('March 2016');
  await expect(page.getByText('Se entiende: marzo de 2016')).toBeVisible();
  await primera.fill('03/04/2026');
  const which = page.getByRole('group', { name: '¿Qué fecha quiso decir?' });
  await expect(which.getByRole('button')).toHaveText(['3 de abril de 2026', '4 de marzo de 2026']);
  await which.getByRole('button', { name: '3 de abril de 2026' }).click();
  await expect(page.getByText('Se entiende: 3 de abril de 2026')).toBeVisible();
  await expect(which).toBeHidden();

  // After a reload the answer is the chosen day, read back in English again.
  await expect(status).toContainText(/Guardado a las/);
  await page.getByRole('button', { name: 'English' }).click();
  await openApp(page, true);
  await expect(first).toHaveValue('2026-04-03');
  await expect(page.getByText('Read as: 3 April 2026')).toBeVisible();
  await expect(last).toHaveValue('2026-11-20');
});

test('a health condition ticked in the interview is offered into the case file and added in one click', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await startInterview(page, 'Detained client');
  const sections = page.getByRole('navigation', { name: 'Interview sections' });
  await sections.getByRole('link', { name: /^Health/ }).click();
  await page
    .getByRole('group', { name: 'Health conditions the client reports' })
    .getByRole('checkbox', { name: 'Diabetes (type 1 or 2)' })
    .check();
  const offer = page.getByRole('group', {
    name: 'Medical conditions: new row from the interview: Diabetes (type 1 or 2)',
  });
  await offer.getByRole('button', { name: 'Add to case file' }).click();
  await expect(offer).toContainText('Added to the case file.');

  await page.getByRole('link', { name: 'Case file' }).click();
  await page
    .getByRole('navigation', { name: 'Case file sections' })
    .getByRole('link', { name: 'Custody and release' })
    .click();
  await expect(page.getByRole('heading', { name: 'Medical conditions' })).toBeVisible();
  await expect(page.getByText('Diabetes (type 1 or 2)').first()).toBeVisible();
  await expect(page.getByText('No medical conditions recorded.')).toBeHidden();

  // A case-file date reads back in words, whatever order the computer's date picker uses.
  await page.getByLabel('Date of ICE arrest').fill('2026-10-02');
  await expect(page.getByText('Read as: 2 October 2026')).toBeVisible();
});
