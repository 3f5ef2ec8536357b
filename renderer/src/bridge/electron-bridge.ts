import type { AmparoBridge } from '@core/ipc';
import { AppError, AppErrorShapeSchema } from '@core/errors/app-error';
import type { HostBridge } from './types';

/** Calls reject with a plain `{code, message}` (the context bridge drops Error fields). */
async function call<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const shape = AppErrorShapeSchema.safeParse(error);
    throw shape.success ? AppError.fromShape(shape.data) : new AppError('internal');
  }
}

export function createElectronBridge(amparo: AmparoBridge): HostBridge {
  return {
    mode: 'desktop',
    async getAppInfo() {
      const info = await call(amparo.app.getInfo());
      return {
        version: info.version,
        platform: info.platform,
        mode: 'desktop',
        embeddedServerUrl: info.embeddedServerUrl,
      };
    },
    async signInWithOrganisation(request) {
      return call(amparo.auth.signInOrganisation(request));
    },
    async openExternal(url) {
      return (await call(amparo.shell.openExternal({ url }))).opened;
    },
    async getDeviceSecret() {
      return call(amparo.security.getDeviceSecret());
    },
    onLockRequested(listener) {
      return amparo.security.onLockRequested(listener);
    },
    async lockNow() {
      await call(amparo.security.requestLock());
    },
    onFlushRequested(listener) {
      return amparo.session.onFlushRequested(listener);
    },
    async reportFlush(report) {
      await call(amparo.session.reportFlush(report));
    },
    async quitApp() {
      await call(amparo.app.requestQuit());
    },
    onMenuAction(listener) {
      return amparo.menu.onActionInvoked(({ actionId }) => listener(actionId));
    },
    async setMenuState(state) {
      await call(amparo.menu.updateState(state));
    },
    async scheduleReminders(reminders) {
      const result = await call(amparo.reminders.schedule({ reminders: [...reminders] }));
      return {
        delivery: result.notificationsSupported ? 'system' : 'in-app',
        scheduled: result.scheduled,
      };
    },
    onReminderClicked(listener) {
      return amparo.reminders.onReminderClicked(({ caseId }) => listener(caseId));
    },
    async printDocument(request) {
      return (await call(amparo.print.savePdf(request))).saved ? 'saved' : 'cancelled';
    },
    async saveFile(request) {
      return (await call(amparo.files.save(request))).saved;
    },
    reportError(report) {
      // Fire and forget: a failing report must never raise a second error.
      amparo.log.reportError(report).catch(() => undefined);
    },
    getUpdateStatus() {
      return call(amparo.updates.getStatus());
    },
    onUpdateStatusChanged(listener) {
      return amparo.updates.onStatusChanged(listener);
    },
    async installUpdate(consent) {
      return (await call(amparo.updates.installUpdate(consent))).installing;
    },
  };
}
