import { join } from 'node:path';
import { app, powerMonitor, type BrowserWindow } from 'electron';
import { languageFromLocale } from './i18n/desktop-strings';
import { createLogger } from './logging/logger';
import { sendEvent } from './ipc/send-event';
import { installAppMenu, type AppMenu } from './menu/app-menu';
import { createFiredRemindersStore } from './reminders/fired-reminders-store';
import { createReminderScheduler, type ReminderScheduler } from './reminders/reminder-scheduler';
import { notificationsSupported, showSystemNotification } from './reminders/system-notifications';
import { requestLock } from './services/lock-service';
import { loadUpdater } from './updates/load-updater';
import { createUpdateService, type UpdateService } from './updates/update-service';
import { focusWindow } from './windows/main-window';
import { whenRendererReady } from './windows/renderer-ready';
import { listAppWindows } from './windows/window-registry';

const log = createLogger('desktop');

/** The Windows AppUserModelID must equal electron-builder's appId, or toasts ignore settings. */
export const appUserModelId = 'org.mscenterforjustice.amparo';

export interface DesktopFeatures {
  readonly menu: AppMenu;
  readonly reminders: ReminderScheduler;
  readonly updates: UpdateService;
  readonly notificationsSupported: () => boolean;
}

export interface DesktopFeaturesOptions {
  readonly lockGraceMs: number;
  readonly reminderPollMs: number;
  /** Opens the app window when none is open (macOS keeps running without one). */
  readonly openWindow: () => Promise<BrowserWindow>;
}

/** Menus, reminders and updates: everything a desktop app has that a browser tab does not. */
export async function startDesktopFeatures(
  options: DesktopFeaturesOptions,
): Promise<DesktopFeatures> {
  const menu = installAppMenu({
    platform: process.platform,
    devTools: !app.isPackaged,
    initialState: { language: languageFromLocale(app.getLocale()), hasOpenCase: false },
    runInMain: (action) => {
      if (action.id === 'security.lock') requestLock('menu', options.lockGraceMs);
    },
  });

  const openCase = async (caseId: string) => {
    const window = listAppWindows()[0] ?? (await options.openWindow());
    focusWindow(window);
    whenRendererReady(window.webContents, () =>
      sendEvent(window, 'reminders:reminder-clicked', { caseId }),
    );
  };
  const reminders = createReminderScheduler({
    now: Date.now,
    language: () => menu.state().language,
    isSupported: notificationsSupported,
    show: showSystemNotification,
    openCase: (caseId) => {
      openCase(caseId).catch((error: unknown) => log.error('reminders.open_failed', { error }));
    },
    store: createFiredRemindersStore(join(app.getPath('userData'), 'reminders-shown.json')),
  });
  reminders.start(options.reminderPollMs);
  powerMonitor.on('resume', () => reminders.tick());

  const updates = createUpdateService({
    updater: await loadUpdater({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
    }),
    broadcast: (status) => {
      for (const window of listAppWindows()) sendEvent(window, 'updates:status-changed', status);
    },
  });

  return { menu, reminders, updates, notificationsSupported };
}
