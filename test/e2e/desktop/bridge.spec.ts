import { test, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import {
  amparoLaunchOptions,
  createUserDataDir,
  desktopSkipReason,
  removeUserDataDir,
} from './amparo-desktop';

const skipReason = desktopSkipReason();
test.skip(skipReason !== null, skipReason ?? '');

type Bridge = {
  app: { getInfo(): Promise<Record<string, unknown>> };
  shell: { openExternal(request: unknown): Promise<{ opened: boolean }> };
  security: {
    getDeviceSecret(): Promise<{ secret: string; backend: string; isProtected: boolean }>;
    onLockRequested(listener: (payload: { reason: string }) => void): () => void;
  };
};

let app: ElectronApplication | undefined;
let page: Page;
let userData: string | undefined;

async function launch(): Promise<void> {
  app = await _electron.launch(amparoLaunchOptions(userData!));
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
}

test.beforeEach(async () => {
  userData = await createUserDataDir();
  await launch();
});

test.afterEach(async () => {
  await app?.close();
  await removeUserDataDir(userData);
});

test('app.getInfo describes the desktop app', async () => {
  const info = await page.evaluate(() =>
    (window as unknown as { amparo: Bridge }).amparo.app.getInfo(),
  );
  const expected = await app!.evaluate(({ app: electronApp }) => ({
    version: electronApp.getVersion(),
    platform: process.platform,
  }));
  expect(info).toMatchObject({ ...expected, mode: 'desktop', embeddedServerUrl: null });
  expect(typeof info['locale']).toBe('string');
});

test('shell.openExternal opens only allow-listed https links', async () => {
  await app!.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as Record<string, unknown>)['__amparoOpened'] = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  const results = await page.evaluate(async () => {
    const { shell } = (window as unknown as { amparo: Bridge }).amparo;
    return [
      await shell.openExternal({ url: 'https://www.uscis.gov/i-589' }),
      await shell.openExternal({ url: 'https://uscis.gov.evil.example/' }),
      await shell.openExternal({ url: 'file:///etc/passwd' }),
    ];
  });
  expect(results).toEqual([{ opened: true }, { opened: false }, { opened: false }]);
  expect(
    await app!.evaluate(() => (globalThis as Record<string, unknown>)['__amparoOpened']),
  ).toEqual(['https://www.uscis.gov/i-589']);
});

test('a malformed call is rejected with a typed error', async () => {
  const error = await page.evaluate(async () => {
    const { shell } = (window as unknown as { amparo: Bridge }).amparo;
    return shell
      .openExternal({ url: 'https://www.uscis.gov/', extra: true })
      .catch((e: unknown) => e);
  });
  expect(error).toEqual({ code: 'ipc_invalid_payload', message: 'ipc_invalid_payload' });
});

test('the device secret is 32 bytes and survives a restart', async () => {
  const getSecret = () =>
    page.evaluate(() =>
      (window as unknown as { amparo: Bridge }).amparo.security.getDeviceSecret(),
    );
  const first = await getSecret();
  expect(atob(first.secret)).toHaveLength(32);
  await app!.close();
  await launch();
  expect(await getSecret()).toEqual(first);
});

test('a screen lock reaches the page and the page is reloaded', async () => {
  await page.evaluate(() => {
    const state = window as unknown as Record<string, unknown>;
    state['__amparoMarker'] = true;
    state['__amparoReasons'] = [];
    (window as unknown as { amparo: Bridge }).amparo.security.onLockRequested(({ reason }) => {
      (state['__amparoReasons'] as string[]).push(reason);
    });
  });
  await app!.evaluate(({ powerMonitor }) => {
    powerMonitor.emit('lock-screen');
  });
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as Record<string, unknown>)['__amparoReasons']),
    )
    .toEqual(['screen-lock']);
  // The test page does not reload itself, so main does after the grace period.
  await expect
    .poll(
      () =>
        page
          .evaluate(() => (window as unknown as Record<string, unknown>)['__amparoMarker'] ?? null)
          .catch(() => 'reloading'),
      { timeout: 15_000 },
    )
    .toBeNull();
  expect(page.url()).toMatch(/^app:\/\/amparo\//);
});
