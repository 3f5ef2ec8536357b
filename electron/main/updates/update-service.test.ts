import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { autoUpdater, FakeAppUpdater } from '../../../test/mocks/electron-updater';
import { loadUpdater } from './load-updater';
import { createUpdateService } from './update-service';

vi.mock('electron', () => import('../../../test/mocks/electron'));
vi.mock('electron-updater', () => import('../../../test/mocks/electron-updater'));

let updater: FakeAppUpdater;
const broadcast = vi.fn();

beforeEach(() => {
  updater = new FakeAppUpdater();
  broadcast.mockClear();
});

describe('update service', () => {
  it('downloads in the background but never installs on its own, not even on quit', () => {
    createUpdateService({ updater, broadcast });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.logger).not.toBe(console);
  });

  it('reports each step, ending with ready and the version', async () => {
    const service = createUpdateService({ updater, broadcast });
    expect(service.status()).toEqual({ state: 'idle', version: null });
    await service.check();
    updater.emit('update-available', { version: '1.2.3' });
    updater.emit('update-downloaded', { version: '1.2.3' });
    expect(broadcast.mock.calls.map(([s]) => s.state)).toEqual([
      'checking',
      'downloading',
      'ready',
    ]);
    expect(service.status()).toEqual({ state: 'ready', version: '1.2.3' });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('installs only a downloaded update, only when asked', () => {
    const service = createUpdateService({ updater, broadcast });
    expect(service.install({ unsyncedChanges: 0 })).toBe(false);
    updater.emit('update-available', { version: '1.2.3' });
    expect(service.install({ unsyncedChanges: 0 })).toBe(false);
    updater.emit('update-downloaded', { version: '1.2.3' });
    expect(service.install({ unsyncedChanges: 0 })).toBe(true);
    expect(updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(false, true);
  });

  it('drops a version string that is not a version', () => {
    const service = createUpdateService({ updater, broadcast });
    updater.emit('update-downloaded', { version: '<script>1' });
    expect(service.status()).toEqual({ state: 'ready', version: null });
  });

  it('reports failures without losing a ready update', async () => {
    const service = createUpdateService({ updater, broadcast });
    updater.checkForUpdates.mockRejectedValueOnce(new Error('offline'));
    await service.check();
    expect(service.status().state).toBe('error');
    updater.emit('update-downloaded', { version: '2.0.0' });
    updater.emit('error', new Error('later failure'));
    expect(service.status()).toEqual({ state: 'ready', version: '2.0.0' });
  });

  it('is disabled without an updater', async () => {
    const service = createUpdateService({ updater: null, broadcast });
    await service.check();
    expect(service.status()).toEqual({ state: 'disabled', version: null });
    expect(service.install({ unsyncedChanges: 0 })).toBe(false);
  });
});

describe('loadUpdater', () => {
  it('has no updater in development or without a feed file', async () => {
    expect(await loadUpdater({ isPackaged: false, resourcesPath: '/x' })).toBeNull();
    expect(await loadUpdater({ isPackaged: true, resourcesPath: undefined })).toBeNull();
    const empty = await mkdtemp(join(tmpdir(), 'amparo-res-'));
    try {
      expect(await loadUpdater({ isPackaged: true, resourcesPath: empty })).toBeNull();
      await writeFile(
        join(empty, 'app-update.yml'),
        'provider: generic\nurl: https://example.org/\n',
      );
      expect(await loadUpdater({ isPackaged: true, resourcesPath: empty })).toBe(autoUpdater);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
