import { expect, test, type Page } from '../support/test';

// Synthetic people only. The passphrase is the test one used by the other web specs.
const passphrase = 'river lamp seven orchard';

/** Opens the app, choosing a passphrase or unlocking when the app asks for one. */
async function openApp(page: Page, url = './'): Promise<void> {
  if (url) await page.goto(url);
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

test.describe('interviews', () => {
  test('runs a first intake offline with Spanish wording, finalises it, adds an addendum, and keeps everything across a reload', async ({
    page,
    context,
  }) => {
    // A whole interview in one test: long on a busy machine (the default is 60 s).
    test.setTimeout(180_000);
    await openApp(page);
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Family name (as on the NTA)').fill('Prueba');
    await page.getByLabel('Given names').fill('Ana');
    await page.getByRole('button', { name: 'Create case' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ana Prueba' })).toBeVisible();

    await context.setOffline(true);
    await expect(page.getByText('Offline — your work is saved on this computer')).toBeVisible();

    // Start the interview: first intake, an interpreter, client wording in Spanish.
    await page.getByRole('link', { name: 'Interviews' }).click();
    await expect(page.getByText('No interviews for this case yet.')).toBeVisible();
    await page.getByLabel('Interview template').selectOption({ label: 'First intake' });
    await page.getByLabel("Interpreter's name").fill('Rosa Intérprete');
    await page.getByLabel('Language interpreted').selectOption('es');
    await page.getByRole('radio', { name: 'Spanish (Español)' }).check();
    await page.getByRole('button', { name: 'Start interview' }).click();

    await expect(page.getByRole('heading', { level: 2, name: /First intake/ })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Interviewing guidance' })).toContainText(
      'Use short, plain sentences',
    );
    await expect(page.getByRole('heading', { level: 3, name: 'Before we start' })).toBeVisible();
    await expect(page.getByText('Lo que usted me cuente es confidencial.')).toBeVisible();
    await expect(page.getByText('What you tell me is confidential.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Interpreter's name/ })).toHaveValue(
      'Rosa Intérprete',
    );
    await page
      .getByRole('radiogroup', { name: 'Client agreed that notes may be taken' })
      .getByRole('radio', { name: 'Yes' })
      .check();
    const status = page.locator('.interview-header').getByRole('status');
    await expect(status).toContainText('Saved at');

    // Keyboard: Alt+N to Identity, a date kept as a draft until it is valid, then copied on request.
    await page.keyboard.press('Alt+KeyN');
    await expect(page.getByRole('heading', { level: 3, name: 'Identity' })).toBeFocused();
    const dob = page.getByRole('textbox', { name: 'Date of birth' });
    await dob.fill('30/02/1990');
    await expect(page.getByText(/^Write a date such as 11\/20\/2026/)).toBeVisible();
    await expect(status).toContainText('answers marked as drafts');
    await dob.fill('1990-02-28');
    await expect(status).toContainText('Saved at');
    const dobFeed = page.getByRole('group', { name: 'Case file: Date of birth' });
    await dobFeed.getByRole('button', { name: 'Add to the case file' }).click();
    await expect(dobFeed).toContainText('Copied to the case file.');

    // Family: a US-citizen child, added to the case file with a name.
    await page.keyboard.press('Alt+KeyN');
    await page.keyboard.press('Alt+KeyN');
    await page.keyboard.press('Alt+KeyN');
    await expect(page.getByRole('heading', { level: 3, name: 'Family' })).toBeFocused();
    await page
      .getByRole('group', { name: 'Relatives in the United States and their status' })
      .getByRole('checkbox', { name: 'Son or daughter: US citizen' })
      .check();
    await expect(status).toContainText('Saved at');
    await page.getByLabel('Name of this relative (Child · US citizen)').fill('Luis Prueba');
    await page.getByRole('button', { name: 'Add to case file' }).click();
    await expect(page.getByText('Added to the case file.')).toBeVisible();

    // Fear of return, answered from the keyboard, and a section note (Alt+S).
    await page.keyboard.press('Alt+KeyN');
    await expect(page.getByRole('heading', { level: 3, name: 'Fear of return' })).toBeFocused();
    await expect(page.getByText('¿Tiene miedo de regresar a su país?')).toBeVisible();
    const fear = page.getByRole('radiogroup', {
      name: 'Is the client afraid to return to their country?',
    });
    await fear.getByRole('radio', { name: 'Yes' }).check();
    await page.keyboard.press('Enter');
    const reason = page.getByRole('textbox', { name: "Why, in the client's words (brief)" });
    await expect(reason).toBeFocused();
    await page.keyboard.type('Threats from the gang that controls her town.');
    await page.keyboard.press('Alt+KeyS');
    const note = page.getByRole('textbox', { name: 'Notes on “Fear of return”' });
    await expect(note).toBeFocused();
    await page.keyboard.type('Client became upset describing the threats; we took a short break.');
    await expect(
      page.locator('.section-note').getByRole('status').filter({ hasText: 'Saved at' }),
    ).toBeVisible();

    await page.keyboard.press('Alt+KeyP');
    await expect(page.getByRole('heading', { level: 3, name: 'Family' })).toBeFocused();
    await page.keyboard.press('Alt+KeyN');
    await expect(page.getByRole('heading', { level: 3, name: 'Fear of return' })).toBeFocused();
    await expect(note).toHaveValue(/took a short break/);

    // The shortcut list is a dialog: F1 opens it, Escape closes it.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Next section');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // Finalise: a confirm step, then read-only.
    await page.getByRole('button', { name: 'Finalise interview…' }).click();
    await expect(page.getByRole('heading', { name: 'Finalise this interview?' })).toBeFocused();
    await page.getByRole('button', { name: 'Yes, finalise the interview' }).click();
    await expect(page.getByRole('heading', { name: 'Interview finalised' })).toBeVisible();
    await expect(
      page.getByText('This interview is final and can no longer be changed.'),
    ).toBeVisible();
    await expect(page.getByRole('radiogroup')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: /Notes on/ })).toHaveCount(0);
    await expect(page.getByText('we took a short break')).toBeVisible();

    // An addendum, with its own time, editable until it is finalised.
    await page.getByRole('button', { name: 'Add an addendum' }).click();
    const addendum = page.getByRole('textbox', { name: /^Addendum 1/ });
    await expect(addendum).toBeFocused();
    await addendum.fill('Client called later: her brother received a new threat.');
    await expect(page.locator('.addenda').getByRole('status')).toContainText('Saved at');

    // The web host is a network origin, so it needs the network to load the page again; the
    // desktop app loads from app:// and works the same offline.
    await context.setOffline(false);
    await page.reload();
    await openApp(page, '');

    await expect(page.getByRole('heading', { level: 3, name: 'Fear of return' })).toBeVisible();
    await expect(page.getByText('Interview finalised')).toBeVisible();
    await expect(page.locator('.question', { hasText: 'afraid to return' })).toContainText('Yes');
    await expect(page.getByText('Threats from the gang that controls her town.')).toBeVisible();
    await expect(page.getByText('we took a short break')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Addendum 1/ })).toHaveValue(
      'Client called later: her brother received a new threat.',
    );

    await page.getByRole('link', { name: 'All interviews of this case' }).click();
    const row = page.getByRole('row', { name: /First intake/ });
    await expect(row).toContainText('Final since');
    await expect(row).toContainText('Rosa Intérprete (Spanish)');
    await expect(row).toContainText('1 addendum');

    await page.getByRole('link', { name: 'Case file' }).click();
    await expect(
      page.getByRole('region', { name: 'Identity' }).getByLabel('Date of birth'),
    ).toHaveValue('1990-02-28');
    await page.getByRole('link', { name: 'Family', exact: true }).click();
    await expect(page.getByRole('group', { name: /Luis Prueba/ })).toBeVisible();
  });
});
