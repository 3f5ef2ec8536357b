/**
 * A fake `electron-updater` (the real one requires the Electron binary). Use it with
 * `vi.mock('electron-updater', () => import('<relative path>/test/mocks/electron-updater'))`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeAppUpdater extends EventEmitter {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  logger: unknown = console;
  readonly checkForUpdates = vi.fn(async () => {
    this.emit('checking-for-update');
    return null;
  });
  readonly quitAndInstall = vi.fn();
}

export const autoUpdater = new FakeAppUpdater();

export default { autoUpdater };
