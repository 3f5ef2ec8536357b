import { createWebBridge } from './web-bridge';
import type { HostBridge } from './types';

export type { AppInfo, HostBridge } from './types';

let bridge: HostBridge | undefined;

/** The host bridge: Electron's `window.amparo` in desktop mode, browser APIs in web mode. */
export function getBridge(): HostBridge {
  bridge ??= createWebBridge();
  return bridge;
}

export function setBridgeForTests(replacement: HostBridge | undefined): void {
  bridge = replacement;
}
