import type { LockRequested } from '@core/ipc';
import { z } from 'zod';
import enDesktop from '../i18n/locales/en/desktop.json';
import esDesktop from '../i18n/locales/es/desktop.json';
import { downloadFile } from './web-download';
import type { AppInfo, HostBridge } from './types';

const WebConfigSchema = z.object({
  version: z.string(),
  embeddedServerUrl: z.string().url().nullable(),
});

export interface WebBridgeOptions {
  /** The browser's print dialog (replaced in tests). */
  print?: () => void;
  /** Reloads the page (replaced in tests). */
  reload?: () => void;
  /** Asks before a link leaves Amparo (the browser's confirm by default; replaced in tests). */
  confirm?: (message: string) => boolean;
}

/** The question shown before opening a link, in the page's language (the app sets `<html lang>`). */
export function externalLinkQuestion(url: string, language: string): string {
  const text = (language.startsWith('es') ? esDesktop : enDesktop).external;
  return `${text.confirm}\n\n${text.detail.replace('{{url}}', url)}`;
}

/** Web mode: the start script's static server publishes `/config.json` beside the renderer. */
export function createWebBridge(
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  options: WebBridgeOptions = {},
): HostBridge {
  const print = options.print ?? (() => globalThis.print());
  const reload = options.reload ?? (() => globalThis.location.reload());
  const lockListeners = new Set<(event: LockRequested) => void>();
  let info: Promise<AppInfo> | undefined;
  return {
    mode: 'web',
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
    async signInWithOrganisation() {
      return 'unsupported' as const;
    },
    async openExternal(url) {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:') return false;
      const ask = options.confirm ?? ((message: string) => globalThis.confirm(message));
      if (!ask(externalLinkQuestion(parsed.href, document.documentElement.lang || 'en')))
        return false;
      return globalThis.open(parsed.href, '_blank', 'noopener,noreferrer') !== null;
    },
    async getDeviceSecret() {
      return null;
    },
    onLockRequested(listener) {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },
    async lockNow() {
      // The session's listener drops the keys and reloads; with nobody listening, reload anyway.
      if (lockListeners.size === 0) reload();
      const requestId = globalThis.crypto.randomUUID();
      for (const listener of [...lockListeners]) listener({ reason: 'menu', requestId });
    },
    // A browser tab has no host that waits for it before closing.
    onFlushRequested() {
      return () => undefined;
    },
    async reportFlush() {},
    async quitApp() {},
    onMenuAction() {
      return () => undefined;
    },
    async setMenuState() {},
    async scheduleReminders(reminders) {
      return { delivery: 'in-app', scheduled: reminders.length };
    },
    onReminderClicked() {
      return () => undefined;
    },
    async printDocument() {
      print();
      return 'print-dialog';
    },
    async saveFile(request) {
      return downloadFile(request);
    },
    reportError() {},
    async getUpdateStatus() {
      return { state: 'disabled', version: null };
    },
    onUpdateStatusChanged() {
      return () => undefined;
    },
    async installUpdate() {
      return false;
    },
  };
}
