import type { DeviceSecretStore } from '../services/device-secret-store';
import { registerAppInfoHandler } from './app-info-handler';
import { registerDeviceSecretHandler } from './device-secret-handler';
import { registerOpenExternalHandler } from './open-external-handler';

export interface IpcDependencies {
  readonly serverUrl: string | null;
  readonly deviceSecretStore: DeviceSecretStore;
}

/** One line per handler file. */
export function registerIpcHandlers(deps: IpcDependencies): void {
  registerAppInfoHandler({ serverUrl: deps.serverUrl });
  registerOpenExternalHandler();
  registerDeviceSecretHandler(deps.deviceSecretStore);
}
