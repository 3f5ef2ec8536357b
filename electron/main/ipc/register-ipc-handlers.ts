import { requestChannels, type RequestChannel } from '@core/ipc/channels';
import type { AppMenu } from '../menu/app-menu';
import type { ReminderScheduler } from '../reminders/reminder-scheduler';
import type { DeviceSecretStore } from '../services/device-secret-store';
import type { UpdateService } from '../updates/update-service';
import { createAppInfoHandler } from './app-info-handler';
import { createDeviceSecretHandler } from './device-secret-handler';
import { handle, type IpcHandler } from './handle';
import { createOpenExternalHandler } from './open-external-handler';
import { createOrganisationSignInHandler } from './organisation-sign-in-handler';
import { createRemindersHandler } from './reminders-handler';
import { createReportErrorHandler } from './report-error-handler';
import { createSaveFileHandler } from './save-file-handler';
import { createSavePdfHandler } from './save-pdf-handler';
import {
  createMenuStateHandler,
  createRequestLockHandler,
  createReportFlushHandler,
  createRequestQuitHandler,
} from './simple-handlers';
import { createInstallUpdateHandler, createUpdateStatusHandler } from './update-handlers';

export interface IpcDependencies {
  readonly serverUrl: string | null;
  readonly deviceSecretStore: DeviceSecretStore;
  readonly lockGraceMs: number;
  readonly menu: AppMenu;
  readonly reminders: ReminderScheduler;
  readonly notificationsSupported: () => boolean;
  readonly updates: UpdateService;
}

/** One handler per contract channel; a channel without a handler does not compile. */
type IpcHandlers = { [C in RequestChannel]: IpcHandler<C> };

function register<C extends RequestChannel>(channel: C, handlers: IpcHandlers): void {
  handle(channel, handlers[channel]);
}

export function registerIpcHandlers(deps: IpcDependencies): void {
  const menuState = () => deps.menu.state();
  const handlers: IpcHandlers = {
    'app:get-info': createAppInfoHandler({ serverUrl: deps.serverUrl }),
    'app:request-quit': createRequestQuitHandler(),
    'shell:open-external': createOpenExternalHandler({ menuState }),
    'security:get-device-secret': createDeviceSecretHandler(deps.deviceSecretStore),
    'security:request-lock': createRequestLockHandler(deps.lockGraceMs),
    'session:report-flush': createReportFlushHandler(),
    'menu:update-state': createMenuStateHandler(deps.menu),
    'reminders:schedule': createRemindersHandler({
      scheduler: deps.reminders,
      notificationsSupported: deps.notificationsSupported,
    }),
    'print:save-pdf': createSavePdfHandler({ menuState }),
    'files:save': createSaveFileHandler({ menuState }),
    'log:report-error': createReportErrorHandler(),
    'updates:get-status': createUpdateStatusHandler(deps.updates),
    'updates:install-update': createInstallUpdateHandler(deps.updates),
    'auth:sign-in-organisation': createOrganisationSignInHandler({ menuState }),
  };
  for (const channel of requestChannels) register(channel, handlers);
}
