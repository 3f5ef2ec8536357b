import { UpdateStatusSchema, type UpdateStatus } from '@core/ipc/update-schemas';
import { createLogger } from '../logging/logger';

const log = createLogger('updates');

/** The part of electron-updater's `AppUpdater` Amparo uses (so tests need no Electron). */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  logger: unknown;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

export interface UpdateService {
  status(): UpdateStatus;
  check(): Promise<void>;
  /**
   * Installs only a downloaded update, and only because the attorney said "Install now" after
   * being told how many changes wait for MCJ (logged with the consent; the count, never content).
   */
  install(consent: { unsyncedChanges: number }): boolean;
}

function versionOf(info: unknown): string | null {
  const version = (info as { version?: unknown } | null)?.version;
  const parsed = UpdateStatusSchema.shape.version.safeParse(version);
  return parsed.success ? parsed.data : null;
}

/**
 * Checks for updates at start and downloads them in the background, then asks: the renderer shows
 * "Update ready — install now / later". Nothing installs without consent: not on quit either
 * (`autoInstallOnAppQuit` off), because a silent install on quit is still an install nobody chose.
 */
export function createUpdateService(deps: {
  updater: UpdaterLike | null;
  broadcast: (status: UpdateStatus) => void;
}): UpdateService {
  const { updater } = deps;
  let current: UpdateStatus = { state: updater ? 'idle' : 'disabled', version: null };
  const set = (state: UpdateStatus['state'], info?: unknown) => {
    const version = info === undefined ? current.version : versionOf(info);
    current = { state, version };
    deps.broadcast(current);
  };

  if (updater) {
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = false;
    updater.logger = {
      info: () => undefined,
      debug: () => undefined,
      warn: () => log.warn('updater.warning'),
      error: () => log.warn('updater.error'),
    };
    updater.on('checking-for-update', () => set('checking'));
    updater.on('update-available', (info) => set('downloading', info));
    updater.on('update-not-available', () => set('up-to-date', null));
    updater.on('update-downloaded', (info) => {
      log.info('updates.downloaded', { version: versionOf(info) });
      set('ready', info);
    });
    updater.on('error', (error) => {
      log.warn('updates.failed', { error });
      if (current.state !== 'ready') set('error');
    });
  }

  return {
    status: () => current,
    async check() {
      if (!updater) return;
      try {
        await updater.checkForUpdates();
      } catch (error) {
        log.warn('updates.check_failed', { error });
        if (current.state !== 'ready') set('error');
      }
    },
    install({ unsyncedChanges }) {
      if (!updater || current.state !== 'ready') return false;
      log.info('updates.install_confirmed', { version: current.version, unsyncedChanges });
      updater.quitAndInstall(false, true);
      return true;
    },
  };
}
