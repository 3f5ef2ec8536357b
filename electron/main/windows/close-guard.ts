import { app, type BrowserWindow } from 'electron';
import { sendEvent } from '../ipc/send-event';
import { createLogger } from '../logging/logger';
import { holdUntilFlushed } from '../services/flush-gate';

const log = createLogger('windows');

export interface CloseGuardOptions {
  /** How long a page that does not answer (hung, still loading) may hold the close. */
  readonly timeoutMs: number;
  /** Runs when the window really closes (not when the page holds the close to save first). */
  readonly onClosing?: () => void;
}

/**
 * The window closes (or the app quits) only after its page has saved everything the attorney
 * typed. The page may hold the close while the attorney decides about work that could not be
 * saved; a page that does not answer within the timeout is closed anyway.
 */
export function guardWindowClose(window: BrowserWindow, options: CloseGuardOptions): void {
  let isAllowed = false;
  let isWaiting = false;
  // A quit closes every window; a close the page holds cancels the quit, so it is resumed after.
  let isQuitting = false;
  const onBeforeQuit = () => {
    isQuitting = true;
  };
  app.on('before-quit', onBeforeQuit);
  window.once('closed', () => app.off('before-quit', onBeforeQuit));
  window.on('close', (event) => {
    if (isAllowed) {
      options.onClosing?.();
      return;
    }
    event.preventDefault();
    const quitting = isQuitting;
    isQuitting = false;
    if (isWaiting) return;
    isWaiting = true;
    void holdUntilFlushed(window.webContents, {
      send: (requestId) => sendEvent(window, 'session:flush-requested', { requestId }),
      timeoutMs: options.timeoutMs,
      onTimeout: () => log.warn('close.flush_timeout', {}),
    }).then((decision) => {
      isWaiting = false;
      if (decision === 'cancelled' || window.isDestroyed()) return;
      isAllowed = true;
      if (quitting) app.quit();
      else window.close();
    });
  });
}
