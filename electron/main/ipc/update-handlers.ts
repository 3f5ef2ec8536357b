import type { UpdateService } from '../updates/update-service';
import type { IpcHandler } from './handle';

export function createUpdateStatusHandler(
  updates: UpdateService,
): IpcHandler<'updates:get-status'> {
  return () => updates.status();
}

/** `updates:install-update`: sent only by the renderer's "Install now" button. */
export function createInstallUpdateHandler(
  updates: UpdateService,
): IpcHandler<'updates:install-update'> {
  return () => ({ installing: updates.install() });
}
