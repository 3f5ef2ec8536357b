import { app } from 'electron';
import { DesktopPlatformSchema } from '@core/ipc/app-schemas';
import { handle } from './handle';

export function registerAppInfoHandler(options: { serverUrl: string | null }): void {
  handle('app:get-info', () => ({
    version: app.getVersion(),
    platform: DesktopPlatformSchema.parse(process.platform),
    mode: 'desktop' as const,
    embeddedServerUrl: options.serverUrl,
    locale: app.getLocale(),
  }));
}
