import type { DeviceSecretStore } from '../services/device-secret-store';
import { handle } from './handle';

export function registerDeviceSecretHandler(store: DeviceSecretStore): void {
  handle('security:get-device-secret', () => store.get());
}
