import type { DeviceSecretStore } from '../services/device-secret-store';
import type { IpcHandler } from './handle';

export function createDeviceSecretHandler(
  store: DeviceSecretStore,
): IpcHandler<'security:get-device-secret'> {
  return () => store.get();
}
