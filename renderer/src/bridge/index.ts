import type { AmparoBridge } from '@core/ipc';
import { createElectronBridge } from './electron-bridge';
import { createWebBridge } from './web-bridge';
import type { HostBridge } from './types';

export type {
  AppInfo,
  HostBridge,
  PrintOutcome,
  PrintRequest,
  ReminderDelivery,
  SaveFileRequest,
  Unsubscribe,
} from './types';

let bridge: HostBridge | undefined;

/** The host bridge: Electron's `window.amparo` in desktop mode, browser APIs in web mode. */
export function getBridge(): HostBridge {
  const amparo = (globalThis as { amparo?: AmparoBridge }).amparo;
  bridge ??= amparo ? createElectronBridge(amparo) : createWebBridge();
  return bridge;
}

export function setBridgeForTests(replacement: HostBridge | undefined): void {
  bridge = replacement;
}
