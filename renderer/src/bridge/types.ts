import type { DeviceSecret, LockRequested } from '@core/ipc';

/** What the renderer needs from its host (Electron main process, or the browser in web mode). */
export interface AppInfo {
  version: string;
  platform: string;
  mode: 'desktop' | 'web';
  embeddedServerUrl: string | null;
}

export type Unsubscribe = () => void;

export interface HostBridge {
  getAppInfo(): Promise<AppInfo>;
  /** Opens an allow-listed https link in the system browser (desktop) or a new tab (web). */
  openExternal(url: string): Promise<boolean>;
  /** The device secret held by the OS keychain (desktop); null in web mode, which has none. */
  getDeviceSecret(): Promise<DeviceSecret | null>;
  /** Screen lock, suspend or system idle (desktop); web mode never calls it. */
  onLockRequested(listener: (event: LockRequested) => void): Unsubscribe;
}
