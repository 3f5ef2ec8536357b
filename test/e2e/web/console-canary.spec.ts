import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import config from '../../../playwright.config';
import {
  ApiDevice,
  casePatch,
  demo,
  enterTotpCode,
  noteRevision,
  serverUrl,
} from '../support/console';
import { expect, test } from '../support/test';

// The console is online only: after a supervisor has read client data in it and closed the
// browser, nothing of that data is on disk. The profile is searched byte by byte (UTF-8 and
// UTF-16LE) for canaries planted in a refused note and a conflict. The control repeats the visit
// with a page that does keep what it shows (localStorage and IndexedDB), and the same search must
// find the canaries there.
const launch = config.use?.launchOptions ?? {};
test.setTimeout(240_000);
test.describe.configure({ mode: 'serial' });

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? filesUnder(join(dir, entry.name))
        : Promise.resolve([join(dir, entry.name)]),
    ),
  );
  return nested.flat();
}

async function findCanaries(dir: string, canaries: readonly string[]): Promise<string[]> {
  const needles = canaries.flatMap((c) => [Buffer.from(c, 'utf8'), Buffer.from(c, 'utf16le')]);
  const hits: string[] = [];
  for (const file of await filesUnder(dir)) {
    if (!(await stat(file).catch(() => null))?.isFile()) continue;
    const bytes = await readFile(file).catch(() => null);
    if (bytes && needles.some((needle) => bytes.includes(needle)))
      hits.push(file.slice(dir.length));
  }
  return hits;
}

interface Canaries {
  note: string;
  facility: string;
  /** In a note the case's attorney wrote, read on the case's page. */
  caseNote: string;
  reference: string;
}

/** Puts the canaries where a supervisor will read them: a refused note and a conflict. */
async function plant(): Promise<Canaries> {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const canaries = {
    note: `NoteCanaryQz${run}`,
    facility: `FacilityCanaryQz${run}`,
    caseNote: `CaseNoteCanaryQz${run}`,
  };
  const supervisor = await ApiDevice.signIn('supervisor');
  const attorney1 = await ApiDevice.signIn('attorney1');
  const attorney2 = await ApiDevice.signIn('attorney2');
  const { cases } = await supervisor.request<{
    cases: { id: string; reference: string; version: number; assignedUserIds: string[] }[];
  }>('GET', '/v1/admin/cases');
  const target = cases.find((c) => c.assignedUserIds.includes(attorney1.userId))!;
  const written = await attorney1.push([
    noteRevision(target.id, `Interview note: ${canaries.caseNote}`),
  ]);
  expect(written.results[0]!.status).toBe('applied');
  await supervisor.push([
    casePatch(target.id, target.version, { 'custody/facility': `Server side ${run}` }),
  ]);
  const conflict = await attorney1.push([
    casePatch(target.id, target.version, { 'custody/facility': canaries.facility }),
  ]);
  expect(conflict.results[0]!.status).toBe('conflict');
  const refused = await attorney2.push([
    noteRevision(target.id, `Interview note: ${canaries.note}`),
  ]);
  expect(refused.results[0]!.status).toBe('rejected');
  return { ...canaries, reference: target.reference };
}

/** Sign in as the supervisor and read every screen that shows the canaries. */
async function readAsSupervisor(page: Page, origin: string, canaries: Canaries) {
  await page.goto(`${origin}/console/`);
  await page.getByLabel('Email').fill(demo.supervisor.email);
  await page.getByLabel('Password').fill(demo.supervisor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await enterTotpCode(page, 'supervisor');
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('link', { name: canaries.reference, exact: true }).click();
  await expect(
    page.locator('.note-text').filter({ hasText: canaries.caseNote }).first(),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Refused changes' }).click();
  await expect(page.locator('.review-item').filter({ hasText: canaries.note })).toBeVisible();
  await page.getByRole('link', { name: 'Conflicts' }).click();
  await expect(page.locator('.review-item').filter({ hasText: canaries.facility })).toBeVisible();
}

async function withProfile(
  run: (context: BrowserContext) => Promise<void>,
  canaries: Canaries,
): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'amparo-console-canary-'));
  try {
    const context = await chromium.launchPersistentContext(profile, { ...launch, headless: true });
    await run(context);
    await context.close();
    return await findCanaries(profile, [canaries.note, canaries.facility, canaries.caseNote]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

test('nothing a supervisor read in the console is left in the browser profile', async () => {
  const canaries = await plant();
  const hits = await withProfile(async (context) => {
    const page = await context.newPage();
    await readAsSupervisor(page, serverUrl, canaries);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.close();
  }, canaries);
  expect(hits).toEqual([]);
});

test('control: the same search finds the canaries when a page keeps what it shows', async () => {
  const canaries = await plant();
  const hits = await withProfile(async (context) => {
    const page = await context.newPage();
    await readAsSupervisor(page, serverUrl, canaries);
    // What a careless console would do: keep the screens' text in the browser's storage.
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('link', { name: canaries.reference, exact: true }).click();
    await expect(
      page.locator('.note-text').filter({ hasText: canaries.caseNote }).first(),
    ).toBeVisible();
    const caseShown = await page.locator('main').innerText();
    await page.getByRole('link', { name: 'Refused changes' }).click();
    await expect(page.locator('.review-item').filter({ hasText: canaries.note })).toBeVisible();
    const shown = await page.locator('main').innerText();
    await page.getByRole('link', { name: 'Conflicts' }).click();
    await expect(page.locator('.review-item').filter({ hasText: canaries.facility })).toBeVisible();
    const alsoShown = await page.locator('main').innerText();
    await page.evaluate(
      async (texts) => {
        localStorage.setItem('screens', texts.join('\n'));
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const open = indexedDB.open('careless', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('screens');
          open.onsuccess = () => done(open.result);
          open.onerror = () => fail(open.error);
        });
        await new Promise<void>((done, fail) => {
          const tx = db.transaction('screens', 'readwrite', { durability: 'strict' });
          tx.objectStore('screens').put(texts, 'last');
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      [caseShown, shown, alsoShown],
    );
    await page.close();
  }, canaries);
  expect(
    hits.some((file) => /Local Storage/.test(file)),
    hits.join(', '),
  ).toBe(true);
  expect(
    hits.some((file) => /IndexedDB/.test(file)),
    hits.join(', '),
  ).toBe(true);
});
