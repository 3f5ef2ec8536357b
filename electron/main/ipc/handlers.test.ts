import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  app,
  BrowserWindow,
  ipcMain,
  resetElectronMock,
  shell,
} from '../../../test/mocks/electron';
import { requestChannels } from '@core/ipc/channels';
import { createDeviceSecretStore } from '../services/device-secret-store';
import { forgetAppWindowsForTests, trackAppWindow } from '../windows/window-registry';
import { registerIpcHandlers } from './register-ipc-handlers';

vi.mock('electron', () => import('../../../test/mocks/electron'));

let window: BrowserWindow;
let dir: string;
const call = (channel: string, payload: unknown = {}) =>
  ipcMain.invoke(
    channel,
    { sender: window.webContents, senderFrame: window.webContents.mainFrame },
    payload,
  );

beforeEach(async () => {
  resetElectronMock();
  forgetAppWindowsForTests();
  window = new BrowserWindow();
  trackAppWindow(window as never);
  dir = await mkdtemp(join(tmpdir(), 'amparo-ipc-'));
  registerIpcHandlers({
    serverUrl: 'http://127.0.0.1:8787',
    deviceSecretStore: createDeviceSecretStore({
      filePath: join(dir, 'device-secret.json'),
      cipher: {
        isAvailable: () => true,
        backend: () => 'keychain',
        encrypt: (text) => Buffer.from(`enc:${text}`),
        decrypt: (data) => data.toString().slice(4),
      },
    }),
    lockGraceMs: 3000,
    menu: { update: vi.fn(), state: () => ({ language: 'en', hasOpenCase: false }) },
    reminders: { schedule: vi.fn(() => 0), tick: vi.fn(), start: vi.fn(() => () => {}) },
    notificationsSupported: () => true,
    updates: {
      status: () => ({ state: 'disabled', version: null }),
      check: vi.fn(),
      install: vi.fn(() => false),
    },
  });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('registered handlers', () => {
  it('registers exactly the contract channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...requestChannels].sort());
  });

  it('app:get-info describes the desktop app', async () => {
    expect(await call('app:get-info')).toEqual({
      ok: true,
      value: {
        version: '0.1.0-test',
        platform: process.platform,
        mode: 'desktop',
        embeddedServerUrl: 'http://127.0.0.1:8787',
        locale: 'en-US',
      },
    });
    expect(app.getLocale).toHaveBeenCalled();
  });

  it('app:get-info falls back to English when the OS reports no locale', async () => {
    app.getLocale.mockReturnValueOnce('');
    expect(await call('app:get-info')).toMatchObject({ ok: true, value: { locale: 'en-US' } });
  });

  it('shell:open-external opens allow-listed links only', async () => {
    expect(await call('shell:open-external', { url: 'https://www.justice.gov/eoir' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(await call('shell:open-external', { url: 'https://justice.gov.evil.example/' })).toEqual(
      { ok: true, value: { opened: false } },
    );
    expect(shell.openExternal.mock.calls).toEqual([['https://www.justice.gov/eoir']]);
  });

  it('security:get-device-secret returns the same 32-byte secret every time', async () => {
    const first = (await call('security:get-device-secret')) as {
      ok: true;
      value: { secret: string; backend: string; isProtected: boolean };
    };
    expect(first.ok).toBe(true);
    expect(Buffer.from(first.value.secret, 'base64')).toHaveLength(32);
    expect(first.value).toMatchObject({ backend: 'keychain', isProtected: true });
    expect(await call('security:get-device-secret')).toEqual(first);
  });
});
