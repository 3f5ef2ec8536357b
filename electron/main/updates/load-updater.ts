import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../logging/logger';
import type { UpdaterLike } from './update-service';

const log = createLogger('updates');

/**
 * electron-updater only in a packaged build that electron-builder gave an update feed
 * (`resources/app-update.yml`, written from `publish` in electron-builder.yml). Development runs
 * and builds without a feed URL have no updater at all.
 */
export async function loadUpdater(options: {
  isPackaged: boolean;
  resourcesPath: string | undefined;
}): Promise<UpdaterLike | null> {
  if (!options.isPackaged || !options.resourcesPath) return null;
  if (!existsSync(join(options.resourcesPath, 'app-update.yml'))) {
    log.info('updates.no_feed');
    return null;
  }
  try {
    const module = (await import('electron-updater')) as unknown as {
      autoUpdater?: UpdaterLike;
      default?: { autoUpdater?: UpdaterLike };
    };
    return module.autoUpdater ?? module.default?.autoUpdater ?? null;
  } catch (error) {
    log.warn('updates.load_failed', { error });
    return null;
  }
}
