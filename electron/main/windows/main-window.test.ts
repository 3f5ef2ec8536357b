import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, resetElectronMock } from '../../../test/mocks/electron';
import { receiveFlushReport } from '../services/flush-gate';
import { createMainWindow, focusWindow } from './main-window';
import { forgetAppWindowsForTests, isAppWindow } from './window-registry';

vi.mock('electron', () => import('../../../test/mocks/electron'));

let userData: string;
beforeEach(async () => {
  resetElectronMock();
  forgetAppWindowsForTests();
  userData = await mkdtemp(join(tmpdir(), 'amparo-userdata-'));
  app.paths.set('userData', userData);
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('createMainWindow', () => {
  it('loads app://amparo/ (never a file) with the secure options and tracks the window', async () => {
    const window = (await createMainWindow({
      preloadPath: '/p/index.cjs',
      flushTimeoutMs: 5_000,
    })) as unknown as BrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('app://amparo/');
    expect(window.loadFile).not.toHaveBeenCalled();
    expect(window.options['webPreferences']).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: true,
    });
    expect(isAppWindow(window as never)).toBe(true);
  });

  it.skipIf(process.platform === 'darwin')(
    'shows the runtime icon from assets/, beside app.asar once packaged',
    async () => {
      const open = async () =>
        (await createMainWindow({
          preloadPath: '/p/index.cjs',
          flushTimeoutMs: 5_000,
        })) as unknown as BrowserWindow;
      expect((await open()).options['icon']).toBe(
        join('/tmp/amparo-fake-app', 'assets', 'icons/window.png'),
      );
      app.isPackaged = true;
      const resources = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
      Object.defineProperty(process, 'resourcesPath', {
        value: '/opt/Amparo/resources',
        configurable: true,
      });
      try {
        expect((await open()).options['icon']).toBe(
          join('/opt/Amparo/resources', 'assets', 'icons/window.png'),
        );
      } finally {
        if (resources) Object.defineProperty(process, 'resourcesPath', resources);
        else delete (process as { resourcesPath?: string }).resourcesPath;
      }
    },
  );

  it('turns DevTools off in packaged builds', async () => {
    app.isPackaged = true;
    const window = (await createMainWindow({
      preloadPath: '/p/index.cjs',
      flushTimeoutMs: 5_000,
    })) as unknown as BrowserWindow;
    expect(window.options['webPreferences']).toMatchObject({ devTools: false });
  });

  it('shows the window only when ready', async () => {
    const window = (await createMainWindow({
      preloadPath: '/p/index.cjs',
      flushTimeoutMs: 5_000,
    })) as unknown as BrowserWindow;
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('restores the saved geometry and saves it again on close', async () => {
    const file = join(userData, 'window-state.json');
    await writeFile(
      file,
      JSON.stringify({ x: 50, y: 60, width: 1000, height: 700, isMaximized: true }),
    );
    const window = (await createMainWindow({
      preloadPath: '/p/index.cjs',
      flushTimeoutMs: 5_000,
    })) as unknown as BrowserWindow;
    expect(window.options).toMatchObject({ x: 50, y: 60, width: 1000, height: 700 });
    expect(window.maximize).toHaveBeenCalled();
    window.bounds = { x: 70, y: 80, width: 1100, height: 750 };
    window.close();
    const [[, { requestId }]] = window.webContents.send.mock.calls as [
      [string, { requestId: string }],
    ];
    receiveFlushReport(window.webContents as never, { requestId, state: 'saved' });
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      x: 70,
      y: 80,
      width: 1100,
      height: 750,
      isMaximized: true,
    });
  });

  it('forgets the window once closed', async () => {
    const window = (await createMainWindow({
      preloadPath: '/p/index.cjs',
      flushTimeoutMs: 5_000,
    })) as unknown as BrowserWindow;
    window.destroy();
    expect(isAppWindow(window as never)).toBe(false);
  });
});

describe('focusWindow', () => {
  it('restores a minimised window and focuses it', () => {
    const window = new BrowserWindow();
    window.minimized = true;
    focusWindow(window as never);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('does nothing without a live window', () => {
    const window = new BrowserWindow();
    window.destroy();
    expect(() => focusWindow(window as never)).not.toThrow();
    expect(() => focusWindow(undefined)).not.toThrow();
    expect(window.focus).not.toHaveBeenCalled();
  });
});
