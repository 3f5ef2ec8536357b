import { expect, test, type Page } from '../support/test';
import { openLaptop, syncNow, SyncWorld } from '../support/sync-world';

// Two attorneys' laptops and a supervisor's, against a server this spec owns (so it can restart it).
const world = new SyncWorld();
test.beforeAll(async () => world.start());
test.afterAll(async () => world.stop());
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

async function openCase(page: Page, name: RegExp) {
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('notes written offline during an interview reach the supervisor after reconnecting', async ({
  browser,
}) => {
  const a = await openLaptop(browser, world, 'attorney1');
  await a.page.getByRole('link', { name: 'Cases', exact: true }).click();
  const firstCase = a.page.locator('.case-table tbody th a').first();
  const name = (await firstCase.textContent())!.trim();
  await firstCase.click();

  await a.context.setOffline(true);
  await a.page.getByRole('link', { name: 'Interviews' }).click();
  await a.page.getByLabel('Interview template').selectOption({ label: 'First intake' });
  await a.page.getByRole('button', { name: 'Start interview' }).click();
  const note = a.page.getByRole('textbox', { name: 'Notes on “Before we start”' });
  await note.fill('Offline note: client prefers Mam with a Spanish backup interpreter.');
  await expect(
    a.page.locator('.section-note').getByRole('status').filter({ hasText: 'Saved at' }),
  ).toBeVisible();
  await expect(a.page.locator('.sync-indicator .sync-state')).toContainText('waiting');

  await a.context.setOffline(false);
  await syncNow(a.page);

  const supervisor = await openLaptop(browser, world, 'supervisor');
  await openCase(supervisor.page, new RegExp(name));
  await supervisor.page.getByRole('link', { name: 'Interviews' }).click();
  await supervisor.page
    .getByRole('link', { name: /First intake/ })
    .first()
    .click();
  await expect(
    supervisor.page.getByRole('textbox', { name: 'Notes on “Before we start”' }),
  ).toHaveValue(/prefers Mam/);
  await a.context.close();
  await supervisor.context.close();
});

test('the same hearing date changed by the attorney and the supervisor becomes a conflict, shown and resolved', async ({
  browser,
}) => {
  const a = await openLaptop(browser, world, 'attorney1');
  const supervisor = await openLaptop(browser, world, 'supervisor');
  await a.page.getByRole('link', { name: 'Cases', exact: true }).click();
  const name = (await a.page.locator('.case-table tbody th a').first().textContent())!.trim();

  for (const [laptop, date] of [
    [a, '2027-01-11'],
    [supervisor, '2027-01-18'],
  ] as const) {
    await openCase(laptop.page, new RegExp(name));
    await laptop.page.getByRole('link', { name: 'Court and hearings' }).click();
    const hearings = laptop.page.getByRole('region', { name: 'Hearings' });
    await hearings.getByLabel('Date').first().fill(date);
    await expect(hearings.getByRole('status').first()).toContainText('Saved at');
  }
  await syncNow(a.page);
  await supervisor.page
    .locator('.sync-indicator')
    .getByRole('button', { name: 'Sync now' })
    .click();
  await expect(supervisor.page.locator('.sync-indicator .sync-state')).toContainText(
    '1 item to review',
    { timeout: 30_000 },
  );

  // Shown to both: the attorney's laptop learns of it on its next sync.
  await a.page.locator('.sync-indicator').getByRole('button', { name: 'Sync now' }).click();
  await expect(a.page.locator('.sync-indicator .sync-state')).toContainText('1 item to review', {
    timeout: 30_000,
  });

  await supervisor.page.getByRole('link', { name: 'Review' }).click();
  const conflict = supervisor.page.getByRole('group', { name: 'Date' });
  await expect(conflict).toContainText('January 11, 2027');
  await expect(conflict).toContainText('January 18, 2027');
  await expect(conflict).toContainText(/changed by .*Attorney/i);
  await conflict.getByRole('button', { name: 'Keep January 11, 2027' }).click();
  await expect(supervisor.page.getByText('Your choice is sent with the next sync.')).toBeVisible();
  await syncNow(supervisor.page);
  await expect(supervisor.page.getByText(/resolved by/)).toBeVisible();

  await syncNow(a.page);
  await a.page.getByRole('link', { name: 'Review' }).click();
  await expect(a.page.getByText(/Date: resolved by/)).toBeVisible();
  await a.context.close();
  await supervisor.context.close();
});

test('a server restart in the middle of a push loses nothing: the note reaches the server once', async ({
  browser,
}) => {
  const a = await openLaptop(browser, world, 'attorney1');
  await a.page.getByRole('link', { name: 'Cases', exact: true }).click();
  const link = a.page.locator('.case-table tbody th a').first();
  const caseId = (await link.getAttribute('href'))!.split('/').pop()!;
  await link.click();
  await a.page.getByRole('link', { name: 'Interviews' }).click();
  await a.page.getByLabel('Interview template').selectOption({ label: 'First intake' });
  await a.page.getByRole('button', { name: 'Start interview' }).click();
  const text = `Written just before the server went down ${Date.now()}.`;
  await a.page.getByRole('textbox', { name: 'Notes on “Before we start”' }).fill(text);
  await expect(
    a.page.locator('.section-note').getByRole('status').filter({ hasText: 'Saved at' }),
  ).toBeVisible();

  // The first push carrying the note reaches the server, which applies it; the server then
  // restarts before the laptop hears the answer (its connection dies with the server).
  const carried = (body: unknown) =>
    (body as { mutations: { mutationId: string; body?: { body?: string } }[] }).mutations.find(
      (m) => m.body?.body === text,
    );
  let interrupted: { mutationId: string; serverStatus: number } | null = null;
  await a.page.route('**/v1/sync/push', async (route) => {
    const mutation = carried(route.request().postDataJSON());
    if (interrupted || !mutation) return route.continue();
    const answer = await route.fetch();
    interrupted = { mutationId: mutation.mutationId, serverStatus: answer.status() };
    await world.restartServer();
    await route.abort('connectionreset');
  });
  const answers: { mutationId: string; status: string }[] = [];
  a.page.on('response', async (response) => {
    if (!response.url().includes('/v1/sync/push') || !response.ok()) return;
    const body = (await response.json()) as { results: { mutationId: string; status: string }[] };
    answers.push(...body.results);
  });

  await a.page.locator('.sync-indicator').getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => interrupted).not.toBeNull();
  expect(interrupted!.serverStatus).toBe(200);
  // The laptop kept the note as unsent work, and sends it again once the server is back.
  await syncNow(a.page);
  await expect(a.page.locator('.sync-indicator .sync-state')).not.toContainText('waiting');
  expect(answers).toContainEqual(
    expect.objectContaining({ mutationId: interrupted!.mutationId, status: 'duplicate' }),
  );
  // On the server (read through its API, not this laptop's screen): the text, applied once.
  const notes = await world.serverNotes(caseId);
  expect(notes.filter((note) => note.body === text)).toEqual([
    expect.objectContaining({ body: text, revisions: 1 }),
  ]);
  await a.context.close();
});

test('an unassigned case leaves the laptop only after its pending notes reached the server', async ({
  browser,
}) => {
  const a = await openLaptop(browser, world, 'attorney1');
  await a.page.getByRole('link', { name: 'Cases', exact: true }).click();
  const link = a.page.locator('.case-table tbody th a').first();
  const name = (await link.textContent())!.trim();
  const caseId = (await link.getAttribute('href'))!.split('/').pop()!;
  await link.click();

  await a.context.setOffline(true);
  await a.page.getByRole('link', { name: 'Interviews' }).click();
  await a.page.getByLabel('Interview template').selectOption({ label: 'First intake' });
  await a.page.getByRole('button', { name: 'Start interview' }).click();
  const text = `Last note before reassignment ${Date.now()}.`;
  await a.page.getByRole('textbox', { name: 'Notes on “Before we start”' }).fill(text);
  await expect(
    a.page.locator('.section-note').getByRole('status').filter({ hasText: 'Saved at' }),
  ).toBeVisible();

  const userId = await attorneyId(world);
  const removed = await world.api(
    'supervisor',
    'DELETE',
    `/v1/admin/cases/${caseId}/assignments/${userId}`,
  );
  expect(removed.status).toBeLessThan(300);

  // The server is busy at the first push (it answers that everything waits), so the pull that
  // says the case is no longer this attorney's arrives while the note is still on the laptop only.
  let busyOnce = false;
  await a.page.route('**/v1/sync/push', async (route) => {
    const request = route.request().postDataJSON() as {
      mutations: { mutationId: string; seq: number }[];
    };
    if (busyOnce || request.mutations.length === 0) return route.continue();
    busyOnce = true;
    const nothing = await route.fetch({ postData: JSON.stringify({ ...request, mutations: [] }) });
    const { lastAckedSeq } = (await nothing.json()) as { lastAckedSeq: number };
    const results = request.mutations.map((m) => ({
      mutationId: m.mutationId,
      seq: m.seq,
      status: 'deferred',
      reason: 'server_busy',
    }));
    await route.fulfill({ json: { results, lastAckedSeq } });
  });
  // What the laptop hears, in order.
  const events: string[] = [];
  a.page.on('response', async (response) => {
    const url = response.url();
    if (!response.ok() || !/\/v1\/sync\/(push|pull)/.test(url)) return;
    const body = (await response.json()) as {
      results?: { status: string }[];
      revocations?: string[];
    };
    if (url.includes('/push') && body.results?.some((r) => r.status === 'applied'))
      events.push('note pushed');
    if (url.includes('/pull') && body.revocations?.includes(caseId)) events.push('case revoked');
  });

  await a.context.setOffline(false);
  await a.page.locator('.sync-indicator').getByRole('button', { name: 'Sync now' }).click();
  await a.page.getByRole('link', { name: 'Sync', exact: true }).click();
  await expect(a.page.getByText(/were reassigned and removed from this computer/)).toBeVisible({
    timeout: 30_000,
  });
  await a.page.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(a.page.getByRole('link', { name })).toHaveCount(0);
  // The revocation came first; the case stayed until its note had been pushed.
  expect(busyOnce).toBe(true);
  expect(events).toEqual(['case revoked', 'note pushed']);

  // The server has the note's text (read through its API, not a screen).
  const notes = await world.serverNotes(caseId);
  expect(notes.map((note) => note.body)).toContain(text);
  await a.context.close();
});

async function attorneyId(w: SyncWorld): Promise<string> {
  const response = await w.api('admin', 'GET', '/v1/admin/users');
  const { users } = (await response.json()) as { users: { id: string; email: string }[] };
  return users.find((u) => u.email.startsWith('attorney1'))!.id;
}
