/** What the renderer needs from its host (Electron main process, or the browser in web mode). */
export interface AppInfo {
  version: string;
  platform: string;
  mode: 'desktop' | 'web';
  embeddedServerUrl: string | null;
}

export interface HostBridge {
  getAppInfo(): Promise<AppInfo>;
}
