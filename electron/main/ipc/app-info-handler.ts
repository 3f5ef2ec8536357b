import { app } from 'electron';
import { DesktopPlatformSchema } from '@core/ipc/app-schemas';
import type { IpcHandler } from './handle';

export function createAppInfoHandler(options: {
  serverUrl: string | null;
}): IpcHandler<'app:get-info'> {
  return () => ({
    version: app.getVersion(),
    platform: DesktopPlatformSchema.parse(process.platform),
    mode: 'desktop',
    embeddedServerUrl: options.serverUrl,
    // Empty on some minimal Linux sessions; the renderer then starts in English.
    locale: app.getLocale() || 'en-US',
  });
}
