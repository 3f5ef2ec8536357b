import { expect, test, type Page } from '../support/test';
import { openLaptop, SyncWorld } from '../support/sync-world';

// Issue 19 #3 end to end: a revoked laptop with 3 unsynced notes pushes them as its final push;
// they reach the supervisor flagged (kept, not applied), and the laptop erases its data: its
// store and lease buckets are gone and it opens at first-run setup.
const world = new SyncWorld();
test.beforeAll(async () => world.start());
test.afterAll(async () => world.stop());
test.setTimeout(180_000);

const buckets = (page: Page) =>
  page.evaluate(async () =>
    (
      navigator as unknown as { storageBuckets: { keys(): Promise<string[]> } }
    ).storageBuckets.keys(),
  );

async function noteOffline(page: Page, text: string) {
  await page
    .getByRole('navigation', { name: 'Case sections' })
    .getByRole('link', { name: 'Interviews' })
    .click();
  await page.getByLabel('Interview template').selectOption({ label: 'First intake' });
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.getByRole('textbox', { name: 'Notes on “Before we start”' }).fill(text);
  await expect(
    page.locator('.section-note').getByRole('status').filter({ hasText: 'Saved at' }),
  ).toBeVisible();
}

test('a revoked laptop with 3 unsynced notes pushes them, they reach the supervisor flagged, and it wipes', async ({
  browser,
}) => {
  const a = await openLaptop(browser, world, 'attorney1');
  await a.page.getByRole('link', { name: 'Cases', exact: true }).click();
  await a.page.locator('.case-table tbody th a').first().click();
  const stamp = Date.now();
  const notes = [1, 2, 3].map((n) => `Revokedqz${stamp} last note ${n}`);
  await a.context.setOffline(true);
  for (const text of notes) await noteOffline(a.page, text);
  await expect(a.page.locator('.sync-indicator .sync-state')).toContainText('waiting');
  const before = await buckets(a.page);
  expect(before.some((name) => name.startsWith('amparo-'))).toBe(true);

  // MCJ revokes the laptop while it is offline.
  const users = (await (await world.api('admin', 'GET', '/v1/admin/users')).json()) as {
    users: { id: string; email: string }[];
  };
  const attorney = users.users.find((u) => u.email.startsWith('attorney1'))!.id;
  const laptops = (
    (await (await world.api('admin', 'GET', '/v1/admin/devices')).json()) as {
      devices: { id: string; userId: string; name: string; lastSeenAt: string | null }[];
    }
  ).devices
    .filter((d) => d.userId === attorney && d.name === 'Amparo web')
    .sort((x, y) => (y.lastSeenAt ?? '').localeCompare(x.lastSeenAt ?? ''));
  expect(laptops.length).toBeGreaterThan(0);
  const revoked = await world.api('admin', 'POST', `/v1/admin/devices/${laptops[0]!.id}/revoke`);
  expect(revoked.status).toBe(200);

  await a.context.setOffline(false);
  // Back online, the app may sync by itself, be told it is revoked and wipe before anyone presses
  // "Sync now": press it only while it is there; what counts is the wipe.
  const wiped = a.page.getByRole('heading', { name: 'Protect the client files on this computer' });
  const syncNow = a.page.locator('.sync-indicator').getByRole('button', { name: 'Sync now' });
  await expect(syncNow.or(wiped).first()).toBeVisible();
  if (await syncNow.isVisible()) {
    await syncNow.click({ timeout: 5_000 }).catch(() => undefined);
  }
  await expect(wiped).toBeVisible({ timeout: 30_000 });
  const after = await buckets(a.page);
  for (const name of before) expect(after).not.toContain(name);

  const quarantine = (await (
    await world.api('supervisor', 'GET', '/v1/admin/quarantine')
  ).json()) as {
    items: { reason: string; entity: string; payload: { body?: { body?: string } } }[];
  };
  const flagged = quarantine.items.filter((i) => i.reason === 'device_revoked');
  const texts = flagged
    .filter((i) => i.entity === 'noteRevision')
    .map((i) => i.payload.body?.body ?? '')
    .filter((body) => body.includes(`Revokedqz${stamp}`))
    .sort();
  expect(texts).toEqual(notes);
  await a.context.close();
});
