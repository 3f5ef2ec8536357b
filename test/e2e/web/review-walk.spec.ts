import { openDemoLaptop, signInToConsole } from '../support/console';
import { expect, test, type Page } from '../support/test';

// Issue 18's "done means", on the Playwright server (PostgreSQL under .ci/run and with
// DATABASE_URL): an attorney's laptop and a supervisor's console, two browser contexts, one memo
// walked from offline writing to approval, then the case closed and counted in the reports.
test.setTimeout(300_000);
test.use({ actionTimeout: 15_000 });

// A token of this run: the demo server may hold earlier runs' memos on the same case.
const run = Date.now().toString(36);
const first = `Client said she fled in March (memo ${run}).`;
const second = 'She was held at the border for two days without food.';

async function syncLaptop(page: Page) {
  await page.locator('.sync-indicator').getByRole('button', { name: 'Sync now' }).click();
  await expect(page.locator('.sync-indicator .sync-state')).toHaveText(
    /^Synced[^·]*$|^Synced .*items? to review$/,
    { timeout: 30_000 },
  );
}

/** This quarter's row of the cases report, as the report names it (America/Chicago dates). */
function quarterNow(): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' })
    .format(new Date())
    .split('-')
    .map(Number);
  return `${year}-Q${Math.ceil(month! / 3)}`;
}

/** How many of this quarter's closed cases the report counts as released on bond. */
async function closedOnBond(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Reports' }).click();
  const row = page
    .getByRole('table', { name: 'Cases per quarter' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: quarterNow(), exact: true }) });
  await expect(row).toBeVisible();
  const match = /Released on bond: (\d+)\s*$/.exec(
    (await row.getByRole('cell').last().textContent()) ?? '',
  );
  return match ? Number(match[1]) : 0;
}

/** The console signs out on reload: the case's review page is opened again through the queue. */
async function openReview(page: Page, reference: string) {
  await page.getByRole('link', { name: 'Review', exact: true }).click();
  await page.getByLabel('Show decided and changed work too').check();
  await page.getByRole('link', { name: reference, exact: true }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Review of case ${reference}` }),
  ).toBeVisible();
}

test('a memo goes from the laptop to review, back, to approval; the case closes and is reported', async ({
  browser,
}) => {
  const attorneyContext = await browser.newContext();
  const attorney = await openDemoLaptop(attorneyContext, 'attorney1');
  const consoleContext = await browser.newContext();
  const supervisor = await consoleContext.newPage();
  await signInToConsole(supervisor, 'supervisor');
  const bondBefore = await closedOnBond(supervisor);

  // 1. Offline, the attorney writes the memo's note and marks the memo ready.
  await attorney.getByRole('link', { name: 'Cases', exact: true }).click();
  // An open case (a server kept between runs holds cases earlier runs closed).
  const caseLink = attorney
    .locator('.case-table tbody tr')
    .filter({ hasNot: attorney.locator('.tag', { hasText: /^Closed$/ }) })
    .last()
    .locator('th a');
  const client = (await caseLink.textContent())!.trim();
  await caseLink.click();
  await attorneyContext.setOffline(true);
  await attorney.getByRole('link', { name: 'Interviews' }).click();
  await attorney.getByLabel('Interview template').selectOption({ label: 'First intake' });
  await attorney.getByRole('button', { name: 'Start interview' }).click();
  const note = attorney.getByRole('textbox', { name: 'Notes on “Before we start”' });
  await note.fill(`${first}\n\n${second}`);
  // Marked at once, its autosave still waiting: marking saves the note first and marks that.
  const review = attorney.getByRole('group', { name: 'Review by MCJ' });
  await review.getByRole('button', { name: 'Mark ready for review' }).click();
  await expect(review).toContainText('Marked ready for review');
  await expect(review).toContainText('Ready for review');
  await expect(review).not.toContainText('Changed since marked ready');
  await attorneyContext.setOffline(false);
  await syncLaptop(attorney);

  // 2. The supervisor finds it through the dashboard's review filter and comments on a paragraph.
  await supervisor.getByRole('link', { name: 'Cases', exact: true }).click();
  await supervisor.getByLabel(/^Waiting for review/).check();
  const row = supervisor.getByRole('row').filter({ hasText: client });
  await expect(row).toBeVisible();
  const reference = (await row.getByRole('rowheader').textContent())!.trim();
  await row.getByRole('link', { name: /to review in case/ }).click();
  await expect(
    supervisor.getByRole('heading', { level: 1, name: `Review of case ${reference}` }),
  ).toBeVisible();
  const memo = supervisor
    .getByRole('region', { name: /^Interview memo: First intake/ })
    .filter({ hasText: run });
  await expect(memo).toContainText('Ready for review');
  await expect(memo).not.toContainText('Changed since marked ready');
  await expect(memo.locator('.note-text').filter({ hasText: second })).toBeVisible();
  await memo.getByRole('button', { name: 'Comment on paragraph 2' }).click();
  await memo
    .getByRole('textbox', { name: 'Comment on paragraph 2' })
    .fill('Which border crossing? Add the place and dates.');
  await memo.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(memo.locator('.comment-body')).toContainText('Which border crossing?');
  await memo.getByRole('button', { name: 'Return with comments' }).click();
  await expect(memo).toContainText('Returned with comments');

  // 3. The attorney sees the comment in place, under paragraph 2 of the note; replies, changes
  // the memo, marks it ready again.
  await syncLaptop(attorney);
  await expect(review).toContainText('Returned with comments');
  const thread = attorney.locator('.section-note .comment-thread');
  await expect(thread).toContainText('On paragraph 2');
  await expect(thread).toContainText('Which border crossing?');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByLabel('Your reply').fill('Hidalgo, from March 3 to March 5.');
  await thread.getByRole('button', { name: 'Send reply' }).click();
  await expect(thread).toContainText('Hidalgo, from March 3');
  // And starts a thread of her own, on the note's first paragraph.
  const notes = attorney.locator('.section-note');
  await notes.getByRole('button', { name: 'Comment on this note' }).click();
  const own = notes.getByRole('form', { name: 'Comment on this note' });
  await own.getByLabel('Paragraph').selectOption({ index: 0 });
  await own.getByLabel('Your comment').fill('She also mentioned a cousin in Houston.');
  await own.getByRole('button', { name: 'Save comment' }).click();
  await expect(notes.getByRole('status').filter({ hasText: 'Comment saved' })).toBeVisible();
  await note.fill(`${first}\n\n${second} At the Hidalgo crossing, March 3 to 5.`);
  await review.getByRole('button', { name: 'Mark this version ready for review' }).click();
  await expect(review).toContainText('Marked ready for review');
  await expect(review).toContainText('Ready for review');
  await expect(review).not.toContainText('Changed since marked ready');
  await syncLaptop(attorney);

  // 4. The supervisor reads the reply beside the comment and approves this version.
  await openReview(supervisor, reference);
  const supervisorThread = memo.locator('.comment-thread').filter({ hasText: 'Which border' });
  await expect(supervisorThread).toContainText('Hidalgo, from March 3');
  const firstParagraph = memo.locator('.review-paragraph').first();
  await expect(firstParagraph).toContainText('She also mentioned a cousin in Houston.');
  // The version marked ready is the one with the words typed just before the click.
  await expect(memo.locator('.note-text').filter({ hasText: 'Hidalgo crossing' })).toBeVisible();
  await expect(memo).toContainText('Ready for review');
  await expect(memo).not.toContainText('Changed since marked ready');
  await memo.getByRole('button', { name: 'Approve this version' }).click();
  await expect(memo).toContainText('Approved');
  await syncLaptop(attorney);
  await expect(review).toContainText('Approved');

  // 5. Changing the approved memo clears its approval, on the laptop and (after a sync) in the
  // console.
  await note.fill(`${first}\n\n${second} At the Hidalgo crossing, March 3 to 6.`);
  await expect(attorney.locator('.section-note .save-state')).toContainText('Saved at');
  await expect(review).toContainText('Approval cleared');
  await syncLaptop(attorney);
  await openReview(supervisor, reference);
  await expect(memo).toContainText('Approval cleared: changed since approved');

  // 6. The supervisor closes the case: released on bond, $3,000.
  await supervisor.getByRole('link', { name: `Open case ${reference}` }).click();
  await expect(
    supervisor.getByRole('heading', { level: 1, name: new RegExp(reference) }),
  ).toBeVisible();
  await supervisor.getByLabel('Outcome').selectOption({ label: 'Released' });
  await supervisor.getByLabel('How released').selectOption({ label: 'on bond' });
  await supervisor.getByLabel('Bond amount (US dollars)').fill('3000');
  await supervisor.getByRole('button', { name: 'Close the case' }).click();
  await expect(supervisor.getByRole('status').filter({ hasText: 'Closed on' })).toContainText(
    '$3,000',
  );

  // 7. The report counts it among this quarter's closed cases, released on bond.
  expect(await closedOnBond(supervisor)).toBe(bondBefore + 1);

  // 8. The laptop shows the case closed, with its outcome.
  await syncLaptop(attorney);
  await attorney.getByRole('link', { name: 'Cases', exact: true }).click();
  await attorney.getByRole('link', { name: client }).first().click();
  await expect(attorney.getByText(/Closed .* released on bond, \$3,000/i)).toBeVisible();
  // Today lists the memo with its review state.
  await attorney.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(attorney.getByRole('region', { name: /Your work in review/ })).toContainText(
    `Interview memo · ${client}`,
  );
  await expect(attorney.getByRole('region', { name: /Your work in review/ })).toContainText(
    'Approval cleared',
  );

  await attorneyContext.close();
  await consoleContext.close();
});
