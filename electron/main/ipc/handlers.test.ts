import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  app,
  BrowserWindow,
  dialog,
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

  it('shell:open-external asks first, in the UI language, and opens nothing on Cancel', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await call('shell:open-external', { url: 'https://www.uscis.gov/forms' })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(shell.openExternal).not.toHaveBeenCalled();
    const options = (dialog.showMessageBox.mock.calls.at(-1) as unknown[]).at(-1) as {
      message: string;
      detail: string;
      buttons: string[];
      cancelId: number;
      defaultId: number;
    };
    expect(options).toMatchObject({
      message: 'Open this link in your web browser?',
      buttons: ['Open in browser', 'Cancel'],
      cancelId: 1,
      defaultId: 1,
    });
    expect(options.detail).toContain('https://www.uscis.gov/forms');
  });

  it('files:save writes only allow-listed kinds, and keeps the kind whatever name is typed', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const refused = await call('files:save', {
      suggestedName: 'payload.exe',
      mimeType: 'application/octet-stream',
      bytes,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ipc_invalid_payload' } });
    for (const suggestedName of ['run.desktop', 'x.command', 'a.sh', 'b.html', 'c.js', 'd.lnk']) {
      expect(
        await call('files:save', { suggestedName, mimeType: 'text/plain', bytes }),
        suggestedName,
      ).toMatchObject({ ok: false });
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();

    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'letter.sh'),
    });
    expect(
      await call('files:save', {
        suggestedName: 'MCJ-2026-0042-draft.docx',
        mimeType: 'application/octet-stream',
        bytes,
      }),
    ).toEqual({ ok: true, value: { saved: true } });
    expect(await readdir(dir)).toContain('letter.sh.docx');
    expect(await readdir(dir)).not.toContain('letter.sh');
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
