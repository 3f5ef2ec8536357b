import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { setUpPassphrase } from '../support/session';
import {
  amparoLaunchOptions,
  createUserDataDir,
  desktopSkipReason,
  removeUserDataDir,
} from './amparo-desktop';

const skipReason = desktopSkipReason();
test.skip(skipReason !== null, skipReason ?? '');

type Amparo = {
  reminders: { schedule(request: unknown): Promise<unknown> };
  print: { savePdf(request: unknown): Promise<{ saved: boolean }> };
  files: { save(request: unknown): Promise<{ saved: boolean }> };
};
type MenuShape = { label: string; items: { id: string; label: string; enabled: boolean }[] }[];

let app: ElectronApplication | undefined;
let page: Page;
let userData: string | undefined;

test.beforeEach(async () => {
  userData = await createUserDataDir();
  app = await _electron.launch(amparoLaunchOptions(userData));
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  await setUpPassphrase(page);
});

test.afterEach(async () => {
  await app?.close();
  await removeUserDataDir(userData);
});

const readMenu = () =>
  app!.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((section) => ({
      label: section.label,
      items: (section.submenu?.items ?? []).map((item) => ({
        id: item.id,
        label: item.label,
        enabled: item.enabled,
      })),
    })),
  ) as Promise<MenuShape>;

const clickMenuItem = (id: string) =>
  app!.evaluate(({ Menu }, itemId) => {
    Menu.getApplicationMenu()?.getMenuItemById(itemId)?.click();
  }, id);

test('the native menu comes from the action registry and follows language and open case', async () => {
  const menu = await readMenu();
  const file = menu.find((section) => section.label === 'File') ?? menu[0]!;
  expect(file.items.find((i) => i.id === 'case.new')?.label).toBe('New case');
  expect(file.items.find((i) => i.id === 'print.caseSummary')?.enabled).toBe(false);

  await clickMenuItem('case.new');
  await page.getByLabel('Family name (as on the NTA)').fill('Prueba');
  await page.getByLabel('Given names').fill('Ana');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Prueba' })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await readMenu()).flatMap((s) => s.items).find((i) => i.id === 'print.caseSummary')
          ?.enabled,
    )
    .toBe(true);

  await page.getByRole('button', { name: 'Español' }).click();
  await expect
    .poll(
      async () =>
        (await readMenu()).flatMap((s) => s.items).find((i) => i.id === 'case.new')?.label,
    )
    .toBe('Nuevo caso');
});

test('a menu item runs its action in the page', async () => {
  await clickMenuItem('help.keyboard');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await clickMenuItem('commands.open');
  await expect(page.getByRole('dialog', { name: 'Command list' })).toBeVisible();
});

test('a due reminder becomes a notification naming the case reference, and a click opens it', async () => {
  await app!.evaluate(({ Notification }) => {
    const shown: unknown[] = [];
    (globalThis as Record<string, unknown>)['__amparoShown'] = shown;
    // Headless CI has no notification daemon; the point here is what Amparo asks the OS to show.
    Notification.isSupported = () => true;
    Notification.prototype.show = function show(this: unknown) {
      shown.push(this);
    };
  });
  const caseId = '00000000-0000-4000-8000-000000000042';
  const minute = 60_000;
  const reminder = {
    id: `${caseId}:hearing:e2e:day-before`,
    caseId,
    caseReference: 'MCJ-2026-0042',
    kind: 'hearing',
    deadlineType: null,
    when: 'day-before',
    date: '2026-12-03',
    time: '09:00',
    fireAt: new Date(Date.now() - minute).toISOString(),
    expiresAt: new Date(Date.now() + 60 * minute).toISOString(),
  };
  const result = await page.evaluate(
    (request) => (window as unknown as { amparo: Amparo }).amparo.reminders.schedule(request),
    { reminders: [reminder] },
  );
  expect(result).toMatchObject({ scheduled: 0 });
  const shown = await app!.evaluate(() =>
    (
      (globalThis as Record<string, unknown>)['__amparoShown'] as { title: string; body: string }[]
    ).map((n) => ({ title: n.title, body: n.body })),
  );
  expect(shown).toEqual([
    { title: 'Amparo reminder', body: 'Hearing tomorrow 9:00 AM — case MCJ-2026-0042' },
  ]);

  await app!.evaluate(() => {
    const [first] = (globalThis as Record<string, unknown>)['__amparoShown'] as {
      emit(event: string): void;
    }[];
    first!.emit('click');
  });
  await expect(page).toHaveURL(new RegExp(`#/cases/${caseId}`));

  const refused = await page.evaluate(
    (request) =>
      (window as unknown as { amparo: Amparo }).amparo.reminders
        .schedule(request)
        .catch((error: unknown) => error),
    { reminders: [{ ...reminder, caseReference: 'Ana Prueba' }] },
  );
  expect(refused).toEqual({ code: 'ipc_invalid_payload', message: 'ipc_invalid_payload' });
});

test('a print view is saved as a PDF where the save dialog points, named by reference', async () => {
  const target = join(userData!, 'summary.pdf');
  await app!.evaluate(({ dialog }, path) => {
    const calls: unknown[] = [];
    (globalThis as Record<string, unknown>)['__amparoSaveCalls'] = calls;
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      calls.push(args.at(-1));
      return { canceled: false, filePath: path };
    }) as typeof dialog.showSaveDialog;
  }, target);
  const request = { document: 'case-summary', caseReference: 'MCJ-2026-0042', date: '2026-12-02' };

  const refused = await page.evaluate(
    (r) =>
      (window as unknown as { amparo: Amparo }).amparo.print.savePdf(r).catch((e: unknown) => e),
    request,
  );
  expect(refused).toMatchObject({ code: 'bad_request' });

  await page.evaluate(() => {
    location.hash = '#/print/cases/00000000-0000-4000-8000-000000000042/summary';
  });
  const result = await page.evaluate(
    (r) => (window as unknown as { amparo: Amparo }).amparo.print.savePdf(r),
    request,
  );
  expect(result).toEqual({ saved: true });
  expect(existsSync(target)).toBe(true);
  expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  const [options] = (await app!.evaluate(
    () => (globalThis as Record<string, unknown>)['__amparoSaveCalls'],
  )) as { defaultPath: string }[];
  expect(options!.defaultPath).toMatch(/MCJ-2026-0042-case-summary-2026-12-02\.pdf$/);
});
