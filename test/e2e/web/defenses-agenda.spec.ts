import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '../support/test';
import { expectAccessible } from '../support/axe';
import { reloadAndUnlock, setUpPassphrase } from '../support/session';

// Synthetic people only: "Ana Prueba" and her son "Luis Prueba".

/** Today's calendar date in America/Chicago, moved by `days`. */
function chicagoDate(days: number): string {
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

/**
 * The client's last arrival: about 90 days ago, moved back to a day whose first anniversary is a
 * plain Tuesday or Wednesday (no weekend, no fixed-date federal holiday), so the asylum one-year
 * deadline is that anniversary exactly and the spec can assert the computed date itself.
 */
function arrivalWithPlainAnniversary(): { arrival: string; due: string } {
  const fixedHolidays = ['01-01', '01-20', '06-19', '07-04', '11-11', '12-25'];
  for (let back = 90; ; back += 1) {
    const arrival = chicagoDate(-back);
    if (arrival.endsWith('-02-29')) continue;
    const due = `${Number(arrival.slice(0, 4)) + 1}${arrival.slice(4)}`;
    const weekday = new Date(`${due}T12:00:00Z`).getUTCDay();
    if ((weekday === 2 || weekday === 3) && !fixedHolidays.includes(due.slice(5)))
      return { arrival, due };
  }
}
const plain = arrivalWithPlainAnniversary();

async function saved(region: ReturnType<Page['getByRole']>): Promise<void> {
  await expect(region.getByRole('status').first()).toContainText('Saved at');
}

async function createCase(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Family name (as on the NTA)').fill('Prueba');
  await page.getByLabel('Given names').fill('Ana');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Prueba' })).toBeVisible();

  const status = page.getByRole('region', { name: 'Current immigration status' });
  await status.getByLabel('Status now').selectOption('none');
  await saved(status);

  await page.getByRole('link', { name: 'Entries and departures' }).click();
  const entries = page.getByRole('region', { name: 'Entries to the United States' });
  await entries.getByRole('button', { name: 'Add an entry' }).click();
  await entries.getByLabel('Date of entry').fill('2013-05-02');
  await entries.getByLabel('Manner of entry').selectOption('ewi');
  await saved(entries);
  await entries.getByRole('button', { name: 'Add an entry' }).click();
  await entries.getByLabel('Date of entry').last().fill(plain.arrival);
  await entries.getByLabel('Manner of entry').last().selectOption('ewi');
  await saved(entries);

  await page.getByRole('link', { name: 'Family', exact: true }).click();
  const family = page.getByRole('region', { name: 'Family members' });
  await family.getByRole('button', { name: 'Add a family member' }).click();
  await family.getByLabel('Name').fill('Luis Prueba');
  await family.getByLabel('Relationship').selectOption('child');
  await family.getByLabel('Date of birth').fill('2015-08-20');
  await family
    .getByRole('group', { name: 'Married?' })
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  await family.getByLabel('Immigration status').selectOption('usc');
  await saved(family);
}

async function answerFearAtIntake(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Interviews' }).click();
  await page.getByLabel('Interview template').selectOption({ label: 'First intake' });
  await page.getByRole('radio', { name: 'Spanish (Español)' }).check();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page
    .getByRole('navigation', { name: /sections/i })
    .getByRole('link', { name: /Fear of return/ })
    .click();
  await page
    .getByRole('radiogroup', { name: 'Is the client afraid to return to their country?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await expect(page.locator('.interview-header').getByRole('status')).toContainText('Saved at');
}

test.describe('defenses and agenda', () => {
  // Only so that the axe checker can be injected; the app's own CSP stays as it is.
  test.use({ bypassCSP: true });

  test('screens a case, keeps checklist work and dismissals, and exports the agenda without names', async ({
    page,
  }) => {
    // One person's whole path through five screens, with a reload: longer than the default.
    test.setTimeout(120_000);
    await page.goto('./');
    await setUpPassphrase(page);
    await createCase(page);
    await answerFearAtIntake(page);

    // Defenses: the banner, citizenship first, and the candidates with their reasons.
    await page
      .getByRole('navigation', { name: 'Case sections' })
      .getByRole('link', { name: 'Defenses' })
      .click();
    await expect(page.getByRole('note', { name: 'About these results' })).toContainText(
      'Possible: attorney to confirm',
    );
    await expect(page.getByRole('region', { name: 'Citizenship first' })).toContainText(
      'Not asked yet',
    );
    const candidates = page.getByRole('region', { name: 'Possible defenses' });
    const asylum = candidates.getByRole('article', { name: /^Asylum/ });
    await expect(asylum).toContainText('Possible: attorney to confirm');
    await expect(asylum).toContainText('R03');
    await expect(asylum).toContainText('Afraid to return');
    await expect(asylum).toContainText('interview');
    await expect(asylum).toContainText('case file');
    await expect(asylum.getByRole('note').filter({ hasText: 'Law in flux' })).toBeVisible();
    await expect(asylum.getByRole('note').filter({ hasText: 'I-589' })).toContainText('Warning');
    const cancellation = candidates.getByRole('article', {
      name: /Cancellation of removal for non-permanent residents/,
    });
    await expect(cancellation).toContainText('R06');
    await expect(cancellation).toContainText('Possible: attorney to confirm');
    await expect(cancellation).toContainText('under 21 and unmarried');
    await expect(page.getByRole('region', { name: 'Ask about' })).toContainText('Find out');
    await expectAccessible(page);

    // Asylum checklist: evidence ticked, saved only after the commit.
    await asylum.getByRole('link', { name: 'Open the checklist for Asylum' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Asylum/ })).toBeVisible();
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence
      .getByRole('group', { name: 'Identity documents' })
      .getByRole('radio', { name: 'Received' })
      .check();
    const arrival = evidence.getByRole('group', { name: 'Proof of the last arrival date' });
    await arrival.getByRole('radio', { name: 'Requested' }).check();
    await arrival.getByLabel('Note').fill('Asked the consulate for the I-213');
    await expect(page.locator('.checklist-save').getByRole('status')).toContainText('Saved at');
    const forms = page.getByRole('region', { name: 'Forms and fees' });
    await expect(forms).toContainText('I-589');
    await expect(forms).toContainText('Cannot be waived');
    await expect(page.getByRole('region', { name: 'Deadlines and clocks' })).toContainText(
      'Asylum application: one-year deadline',
    );
    await expectAccessible(page);

    // Dismiss withholding with a reason; it stays on the case as dismissed.
    await page.getByRole('link', { name: 'Back to all defenses' }).click();
    await page
      .getByRole('button', { name: 'Dismiss Withholding of removal, INA 241(b)(3)…' })
      .click();
    await page
      .getByLabel('Why dismiss Withholding of removal, INA 241(b)(3)?')
      .fill('Asylum is timely; revisit if the one-year deadline is missed.');
    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    const dismissed = page.getByRole('region', { name: 'Dismissed' });
    await expect(dismissed).toContainText('Asylum is timely');
    await expect(page.getByRole('status').filter({ hasText: 'dismissed' })).toBeVisible();

    // Agenda: the asylum one-year deadline with its rule, then the .ics export.
    await page
      .getByRole('navigation', { name: 'Case sections' })
      .getByRole('link', { name: 'Deadlines and hearings' })
      .click();
    const list = page.getByRole('region', { name: 'Deadlines and hearings' });
    const deadline = list.getByRole('listitem', { name: /Asylum application: one-year deadline/ });
    await expect(deadline).toContainText('Rule asylum-one-year');
    // The computed date itself: one year after the last arrival (a plain weekday, see above).
    await expect(deadline.locator('time').first()).toHaveAttribute('datetime', plain.due);
    const longDue = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${plain.due}T12:00:00Z`));
    await expect(deadline).toContainText(longDue);
    await expect(deadline).toContainText('Possible: attorney to confirm');
    await deadline.getByText('How this date was computed').click();
    await expect(deadline).toContainText('Last arrival');
    await expect(deadline).toContainText('8 CFR 1208.4(a)(2)(ii)');
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^AMP-\d{4}-\d+-agenda-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('Asylum application: one-year deadline');
    const asylumEvent = unfolded
      .split('BEGIN:VEVENT')
      .find((event) => event.includes('Asylum application: one-year deadline'));
    expect(asylumEvent).toContain(`DTSTART;VALUE=DATE:${plain.due.replaceAll('-', '')}`);
    expect(ics).not.toMatch(/Ana|Prueba|Luis/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Calendar file downloaded' }),
    ).toBeVisible();

    // Everything is still there after a reload.
    await reloadAndUnlock(page);
    await expect(
      page.getByRole('region', { name: 'Deadlines and hearings' }).getByRole('listitem', {
        name: /Asylum application: one-year deadline/,
      }),
    ).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Case sections' })
      .getByRole('link', { name: 'Defenses' })
      .click();
    await expect(page.getByRole('region', { name: 'Dismissed' })).toContainText(
      'Withholding of removal',
    );
    await page.getByRole('link', { name: 'Open the checklist for Asylum' }).click();
    const evidenceAgain = page.getByRole('region', { name: 'Evidence' });
    await expect(
      evidenceAgain
        .getByRole('group', { name: 'Identity documents' })
        .getByRole('radio', { name: 'Received' }),
    ).toBeChecked();
    await expect(
      evidenceAgain
        .getByRole('group', { name: 'Proof of the last arrival date' })
        .getByLabel('Note'),
    ).toHaveValue('Asked the consulate for the I-213');

    // The case list shows the nearest deadline (a computed one here: nothing is overdue).
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    const row = page.getByRole('row', { name: /Ana Prueba/ });
    await expect(row.getByRole('cell').nth(3)).toContainText(/\d{4}/);
  });
});
