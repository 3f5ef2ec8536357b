import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestChannels } from '@core/ipc/channels';
import type * as ElectronMockModule from '../../test/mocks/electron';

vi.mock('electron', () => import('../../test/mocks/electron'));
vi.mock('electron-updater', () => import('../../test/mocks/electron-updater'));

type ElectronMock = typeof ElectronMockModule;
let dir: string;

/** A reset fake Electron and a fresh run of the lifecycle module, as at process start. */
async function launch(prepare: (electron: ElectronMock) => void = () => {}): Promise<ElectronMock> {
  vi.resetModules();
  // The same (mocked) instance the lifecycle module is about to import.
  const electron = (await import('electron')) as unknown as ElectronMock;
  electron.resetElectronMock();
  electron.app.isPackaged = true; // keeps log lines off the test output
  prepare(electron);
  await import('./index');
  return electron;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'amparo-main-'));
  vi.stubEnv('AMPARO_USER_DATA_DIR', dir);
  vi.stubEnv('AMPARO_SERVER_URL', 'http://127.0.0.1:8787');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('main process lifecycle', () => {
  it('hardens everything before ready, then opens one window on app://amparo/', async () => {
    let readyCalledAfter: string[] = [];
    const electron = await launch(({ app, protocol }) => {
      app.whenReady.mockImplementation(() => {
        readyCalledAfter = [
          protocol.registerSchemesAsPrivileged.mock.calls.length ? 'scheme' : '',
          app.enableSandbox.mock.calls.length ? 'sandbox' : '',
          app.listenerCount('web-contents-created') ? 'guard' : '',
        ];
        return Promise.resolve();
      });
    });
    const { app, BrowserWindow, ipcMain, powerMonitor, protocol, session } = electron;
    expect(readyCalledAfter).toEqual(['scheme', 'sandbox', 'guard']);
    expect(app.setPath).toHaveBeenCalledWith('userData', dir);
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();

    await vi.waitFor(() => expect(BrowserWindow.all).toHaveLength(1));
    const window = BrowserWindow.all[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('app://amparo/');
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...requestChannels].sort());
    expect(powerMonitor.listenerCount('lock-screen')).toBe(1);
    expect(powerMonitor.listenerCount('suspend')).toBe(1);

    const response = await protocol.handlers.get('app')!({ url: 'app://amparo/', method: 'GET' });
    expect(response.headers.get('content-security-policy')).toContain(
      "connect-src 'self' http://127.0.0.1:8787",
    );
  });

  it('guards every web contents Electron creates', async () => {
    const { app, FakeWebContents } = await launch();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const event = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('focuses the existing window on a second launch', async () => {
    const { app, BrowserWindow } = await launch();
    await vi.waitFor(() => expect(BrowserWindow.all).toHaveLength(1));
    app.emit('second-instance', {}, ['--evil'], '/tmp', {});
    expect(BrowserWindow.all[0]!.focus).toHaveBeenCalled();
    expect(BrowserWindow.all).toHaveLength(1);
  });

  it('quits at once when another instance is running', async () => {
    const { app, BrowserWindow } = await launch(({ app }) => {
      app.requestSingleInstanceLock.mockReturnValue(false);
    });
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.all).toHaveLength(0);
  });

  it('refuses to start with an invalid configuration, without echoing values', async () => {
    vi.stubEnv('AMPARO_SERVER_URL', 'http://sync.example.org/?name=Canary');
    const { app, dialog, BrowserWindow } = await launch();
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(dialog.showErrorBox).toHaveBeenCalled();
    expect(JSON.stringify(dialog.showErrorBox.mock.calls)).not.toContain('Canary');
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.all).toHaveLength(0);
  });

  it('installs the native menu, never starts the crash reporter, and logs gone processes', async () => {
    const { app, BrowserWindow, Menu, crashReporter } = await launch();
    await vi.waitFor(() => expect(BrowserWindow.all).toHaveLength(1));
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const labels = Menu.current!.template.map((section) => section['label']);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Go', 'Help']));
    expect(crashReporter.start).not.toHaveBeenCalled();
    expect(app.listenerCount('render-process-gone')).toBe(1);
    expect(app.listenerCount('child-process-gone')).toBe(1);
    expect(app.setAppUserModelId).toHaveBeenCalledTimes(process.platform === 'win32' ? 1 : 0);
  });

  it('sets the Windows AppUserModelID to the appId so toasts follow the user settings', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      const { app } = await launch();
      expect(app.setAppUserModelId).toHaveBeenCalledWith('org.mscenterforjustice.amparo');
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('labels the menu in Spanish when the OS is in Spanish', async () => {
    const { BrowserWindow, Menu } = await launch(({ app }) => {
      app.getLocale.mockReturnValue('es-MX');
    });
    await vi.waitFor(() => expect(BrowserWindow.all).toHaveLength(1));
    const labels = Menu.current!.template.map((section) => section['label']);
    expect(labels).toEqual(expect.arrayContaining(['Archivo', 'Edición', 'Ayuda']));
  });
});
