import { requestChannels, type RequestChannel } from '@core/ipc/channels';
import type { DeviceSecretStore } from '../services/device-secret-store';
import { createAppInfoHandler } from './app-info-handler';
import { createDeviceSecretHandler } from './device-secret-handler';
import { handle, type IpcHandler } from './handle';
import { createOpenExternalHandler } from './open-external-handler';

export interface IpcDependencies {
  readonly serverUrl: string | null;
  readonly deviceSecretStore: DeviceSecretStore;
}

/** One handler per contract channel; a channel without a handler does not compile. */
type IpcHandlers = { [C in RequestChannel]: IpcHandler<C> };

function register<C extends RequestChannel>(channel: C, handlers: IpcHandlers): void {
  handle(channel, handlers[channel]);
}

export function registerIpcHandlers(deps: IpcDependencies): void {
  const handlers: IpcHandlers = {
    'app:get-info': createAppInfoHandler({ serverUrl: deps.serverUrl }),
    'shell:open-external': createOpenExternalHandler(),
    'security:get-device-secret': createDeviceSecretHandler(deps.deviceSecretStore),
  };
  for (const channel of requestChannels) register(channel, handlers);
}
