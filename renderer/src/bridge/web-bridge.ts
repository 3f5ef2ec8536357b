import { z } from 'zod';
import type { AppInfo, HostBridge } from './types';

const WebConfigSchema = z.object({
  version: z.string(),
  embeddedServerUrl: z.string().url().nullable(),
});

/** Web mode: the start script's static server publishes `/config.json` beside the renderer. */
export function createWebBridge(fetchImpl: typeof fetch = (...args) => fetch(...args)): HostBridge {
  let info: Promise<AppInfo> | undefined;
  return {
    getAppInfo() {
      info ??= fetchImpl('config.json', { cache: 'no-store' })
        .then((response) => (response.ok ? response.json() : {}))
        .then((json: unknown) => {
          const parsed = WebConfigSchema.safeParse(json);
          return {
            version: parsed.success ? parsed.data.version : 'dev',
            platform: globalThis.navigator?.platform ?? 'web',
            mode: 'web' as const,
            embeddedServerUrl: parsed.success ? parsed.data.embeddedServerUrl : null,
          };
        });
      return info;
    },
    async openExternal(url) {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:') return false;
      return globalThis.open(parsed.href, '_blank', 'noopener,noreferrer') !== null;
    },
    async getDeviceSecret() {
      return null;
    },
    onLockRequested() {
      return () => undefined;
    },
  };
}
