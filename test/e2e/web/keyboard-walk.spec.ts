import { testPassphrase } from '../support/session';
import { expect as baseExpect, test, type Locator, type Page } from '../support/test';

// A keyboard-only walk through a volunteer's first session: no mouse, and after every step an
// assertion of where the focus landed (and the page title). Before this, focus fell to <body>
// after almost every screen change.
test.setTimeout(180_000);
// Generous waits: the shared CI machine can be slow; what is checked is where focus ends up.
const expect = baseExpect.configure({ timeout: 20_000 });

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

async function landsOnHeading(page: Page, name: string | RegExp, title: string) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused({ timeout: 20_000 });
  await expect(page).toHaveTitle(title);
}

test('a keyboard-only first session: focus lands on each screen’s heading or first field', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Protect this computer – Amparo');
  await expect(page.getByLabel('New passphrase')).toBeFocused();
  await page.keyboard.type(testPassphrase);
  await tabTo(page, page.getByLabel('Type the passphrase again'));
  await page.keyboard.type(testPassphrase);
  await page.keyboard.press('Enter');
  await landsOnHeading(page, 'Today', 'Today – Amparo');

  // The skip link is the first stop on the page and goes to the content, not to a route.
  await tabTo(page, page.getByRole('link', { name: 'Skip to main content' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await expect(page).toHaveTitle('Today – Amparo');

  await tabTo(page, page.getByRole('link', { name: 'Sync', exact: true }), { back: true });
  await page.keyboard.press('Enter');
  await landsOnHeading(page, 'Sync', 'Sync – Amparo');
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type('attorney1@demo.amparo.test');
  await tabTo(page, page.getByLabel('Password'));
  await page.keyboard.type('demo-attorney-one-2026');
  await page.keyboard.press('Enter');
  // A sign-in lands on Today; its heading is described by what arrived, so focus there says it.
  await landsOnHeading(page, 'Today', 'Today – Amparo');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toHaveAccessibleDescription(
    /\d+ cases arrived from MCJ/,
  );
  await expect(page.locator('.sync-indicator .sync-state')).toContainText('Synced', {
    timeout: 30_000,
  });

  await tabTo(page, page.getByRole('link', { name: 'Cases', exact: true }), { back: true });
  await page.keyboard.press('Enter');
  await landsOnHeading(page, 'Cases', 'Cases – Amparo');
  const firstCase = page.locator('.case-table tbody th a').first();
  const client = (await firstCase.textContent())!.trim();
  await tabTo(page, firstCase);
  await page.keyboard.press('Enter');
  await landsOnHeading(page, client, 'Client · Case file – Amparo');

  // A section shortcut inside the case file.
  await tabTo(page, page.getByRole('link', { name: 'Custody and release' }));
  await page.keyboard.press('Enter');
  await landsOnHeading(page, client, 'Custody and release · Case file – Amparo');

  // A confirmation opened in place takes the focus, and gives it back when it closes.
  await tabTo(page, page.getByRole('link', { name: 'Court and hearings' }), { back: true });
  await page.keyboard.press('Enter');
  await landsOnHeading(page, client, 'Court and hearings · Case file – Amparo');
  const remove = page.getByRole('region', { name: 'Hearings' }).getByRole('button', {
    name: 'Remove',
  });
  await tabTo(page, remove.first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove.first()).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Interviews' }), { back: true });
  await page.keyboard.press('Enter');
  await landsOnHeading(page, client, 'Interviews – Amparo');
  await tabTo(page, page.getByRole('button', { name: 'Start interview' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle('Interview – Amparo');
  const firstControl = page.locator('.interview-section :is(input, select, textarea)').first();
  await expect(firstControl).toBeFocused({ timeout: 20_000 });

  // "?" belongs to a radio button; F1 opens help, and Escape brings the focus back.
  const radio = page.locator('.interview-section input[type="radio"]').first();
  await tabTo(page, radio);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(radio).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Type a command' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(radio).toBeFocused();

  const finalise = page.getByRole('button', { name: 'Finalise interview…' });
  await tabTo(page, finalise);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 3, name: 'Finalise this interview?' }),
  ).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Not yet' }));
  await page.keyboard.press('Enter');
  await expect(finalise).toBeFocused();

  // The language switch shows its focus (nothing clips the ring) and the title follows.
  const spanish = page.getByRole('button', { name: 'Español' });
  await tabTo(page, spanish, { back: true });
  const ring = await spanish.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      outline: style.outlineStyle,
      clipped: getComputedStyle(el.parentElement!).overflow !== 'visible',
    };
  });
  expect(ring).toEqual({ outline: 'solid', clipped: false });
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle('Entrevista – Amparo');

  await tabTo(page, page.getByRole('button', { name: 'Bloquear' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle('Bloqueado – Amparo');
  await expect(page.getByLabel('Frase de contraseña', { exact: true })).toBeFocused();
  await page.keyboard.type(testPassphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused({ timeout: 20_000 });
});

test('the file chooser shows its keyboard focus on its visible label', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('New passphrase').fill(testPassphrase);
  await page.getByLabel('Type the passphrase again').fill(testPassphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeFocused({
    timeout: 20_000,
  });
  await tabTo(page, page.getByRole('link', { name: 'New case' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeFocused();
  await tabTo(page, page.getByLabel('Family name (as on the NTA)'));
  await page.keyboard.type('Prueba');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Prueba' })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Documents' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle('Documents – Amparo');
  const input = page.locator('input[type="file"]');
  await tabTo(page, input);
  const label = page.locator('label[for="attachment-input"]');
  await expect(label).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Tab');
  await expect(label).not.toHaveCSS('outline-style', 'solid');
});
