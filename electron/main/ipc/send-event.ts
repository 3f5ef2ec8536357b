import type { BrowserWindow } from 'electron';
import type { EventChannel } from '@core/ipc/channels';
import { eventContract, type IpcEventPayload } from '@core/ipc/contract';
import { createLogger } from '../logging/logger';
import { isAppUrl } from '../security/app-origin';
import { isAppWindow } from '../windows/window-registry';

const log = createLogger('ipc');

/** Sends a contract event to one of our windows, only while it shows the app. */
export function sendEvent<C extends EventChannel>(
  window: BrowserWindow,
  channel: C,
  payload: IpcEventPayload<C>,
): boolean {
  if (!isAppWindow(window) || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (contents.isDestroyed() || !isAppUrl(contents.getURL())) {
    log.warn('ipc.event_not_sent', { channel });
    return false;
  }
  contents.send(channel, eventContract[channel].payload.parse(payload));
  return true;
}
