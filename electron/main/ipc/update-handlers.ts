import type { UpdateService } from '../updates/update-service';
import type { IpcHandler } from './handle';

export function createUpdateStatusHandler(
  updates: UpdateService,
): IpcHandler<'updates:get-status'> {
  return () => updates.status();
}

/**
 * `updates:install-update`: sent only by the renderer's "Install now" button, after the page saved
 * every editor and told the attorney how many changes have not reached MCJ.
 */
export function createInstallUpdateHandler(
  updates: UpdateService,
): IpcHandler<'updates:install-update'> {
  return ({ unsyncedChanges }) => ({ installing: updates.install({ unsyncedChanges }) });
}
