import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@core/errors/app-error';
import {
  BrowserWindow,
  FakeFrame,
  FakeWebContents,
  ipcMain,
  resetElectronMock,
} from '../../../test/mocks/electron';
import { resetLoggingForTests } from '../logging/logger';
import { forgetAppWindowsForTests, trackAppWindow } from '../windows/window-registry';
import { handle } from './handle';

vi.mock('electron', () => import('../../../test/mocks/electron'));

let window: BrowserWindow;
const trustedEvent = () => ({
  sender: window.webContents,
  senderFrame: window.webContents.mainFrame,
});

beforeEach(() => {
  resetElectronMock();
  resetLoggingForTests();
  forgetAppWindowsForTests();
  window = new BrowserWindow();
  trackAppWindow(window as never);
});

describe('handle(): payload checks', () => {
  const handler = vi.fn(async ({ url }: { url: string }) => ({ opened: url.length > 0 }));
  beforeEach(() => {
    handler.mockClear();
    handle('shell:open-external', handler);
  });

  it('runs the handler for a good payload and wraps the answer', async () => {
    const result = await ipcMain.invoke('shell:open-external', trustedEvent(), {
      url: 'https://www.uscis.gov/',
    });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(handler).toHaveBeenCalledExactlyOnceWith(
      { url: 'https://www.uscis.gov/' },
      { sender: window.webContents },
    );
  });

  it.each<[string, unknown[]]>([
    ['extra keys', [{ url: 'https://www.uscis.gov/', admin: true }]],
    ['wrong type', [{ url: 42 }]],
    ['missing field', [{}]],
    ['__proto__ key', [JSON.parse('{"url":"https://www.uscis.gov/","__proto__":{"polluted":1}}')]],
    ['constructor key', [{ url: 'https://www.uscis.gov/', constructor: { prototype: {} } }]],
    ['huge string', [{ url: `https://www.uscis.gov/${'a'.repeat(1_000_000)}` }]],
    ['null', [null]],
    ['a bare string', ['https://www.uscis.gov/']],
    ['an array', [['https://www.uscis.gov/']]],
    ['no argument', []],
    ['two arguments', [{ url: 'https://www.uscis.gov/' }, { url: 'https://evil.example/' }]],
  ])('rejects %s with ipc_invalid_payload before the handler', async (_label, args) => {
    const result = await ipcMain.invoke('shell:open-external', trustedEvent(), ...args);
    expect(result).toEqual({
      ok: false,
      error: { code: 'ipc_invalid_payload', message: 'ipc_invalid_payload' },
    });
    expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('handle(): sender checks', () => {
  const handler = vi.fn(() => ({ opened: true }));
  beforeEach(() => {
    handler.mockClear();
    handle('shell:open-external', handler);
  });

  const untrusted = async (event: unknown) => {
    const result = await ipcMain.invoke('shell:open-external', event, {
      url: 'https://www.uscis.gov/',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'ipc_untrusted_sender', message: 'ipc_untrusted_sender' },
    });
    expect(handler).not.toHaveBeenCalled();
  };

  it('rejects a frame on a foreign origin', async () => {
    window.webContents.mainFrame = new FakeFrame('https://evil.example/', 'https://evil.example');
    await untrusted(trustedEvent());
  });

  it('rejects a look-alike origin', async () => {
    window.webContents.mainFrame = new FakeFrame(
      'app://amparo.evil.example/',
      'app://amparo.evil.example',
    );
    await untrusted(trustedEvent());
  });

  it('rejects a subframe, even on the app origin', async () => {
    const child = new FakeFrame('app://amparo/frame.html', 'app://amparo', 1, 99);
    child.parent = window.webContents.mainFrame;
    await untrusted({ sender: window.webContents, senderFrame: child });
  });

  it('rejects a null senderFrame (navigated away or destroyed)', async () => {
    await untrusted({ sender: window.webContents, senderFrame: null });
  });

  it('rejects web contents that are not one of our windows', async () => {
    const stranger = new FakeWebContents();
    await untrusted({ sender: stranger, senderFrame: stranger.mainFrame });
    const untracked = new BrowserWindow();
    await untrusted({
      sender: untracked.webContents,
      senderFrame: untracked.webContents.mainFrame,
    });
  });

  it('rejects a sender whose frame throws when read', async () => {
    const event = {
      sender: window.webContents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    await untrusted(event);
  });
});

describe('handle(): errors crossing IPC', () => {
  it('passes an AppError as { code, message } only', async () => {
    handle('security:get-device-secret', () => {
      throw new AppError('internal', 'device_secret_unreadable', [{ path: 'x', code: 'y' }]);
    });
    expect(await ipcMain.invoke('security:get-device-secret', trustedEvent(), {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'device_secret_unreadable' },
    });
  });

  it('hides the message of any other error', async () => {
    handle('security:get-device-secret', () => {
      throw new Error('ENOENT: /home/ana.prueba/secret for Canary Testperson');
    });
    const result = await ipcMain.invoke('security:get-device-secret', trustedEvent(), {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'internal' } });
  });

  it('refuses to return an answer that breaks the response schema', async () => {
    handle('app:get-info', () => ({ version: '1', leaked: 'Canary Testperson' }) as never);
    const result = await ipcMain.invoke('app:get-info', trustedEvent(), {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'internal' } });
  });

  it('allows one handler per channel', () => {
    handle('app:get-info', () => ({}) as never);
    expect(() => handle('app:get-info', () => ({}) as never)).toThrow();
  });
});
