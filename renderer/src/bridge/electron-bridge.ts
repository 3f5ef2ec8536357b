import type { AmparoBridge } from '@core/ipc';
import { AppError, AppErrorShapeSchema } from '@core/errors/app-error';
import type { HostBridge } from './types';

/** Calls reject with a plain `{code, message}` (the context bridge drops Error fields). */
async function call<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const shape = AppErrorShapeSchema.safeParse(error);
    throw shape.success ? AppError.fromShape(shape.data) : new AppError('internal');
  }
}

export function createElectronBridge(amparo: AmparoBridge): HostBridge {
  return {
    async getAppInfo() {
      const info = await call(amparo.app.getInfo());
      return {
        version: info.version,
        platform: info.platform,
        mode: 'desktop',
        embeddedServerUrl: info.embeddedServerUrl,
      };
    },
    async openExternal(url) {
      return (await call(amparo.shell.openExternal({ url }))).opened;
    },
    async getDeviceSecret() {
      return call(amparo.security.getDeviceSecret());
    },
    onLockRequested(listener) {
      return amparo.security.onLockRequested(listener);
    },
  };
}
