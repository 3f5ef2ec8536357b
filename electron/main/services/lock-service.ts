import { powerMonitor, type BrowserWindow } from 'electron';
import type { LockReason } from '@core/ipc/security-schemas';
import { sendEvent } from '../ipc/send-event';
import { createLogger } from '../logging/logger';
import { listAppWindows } from '../windows/window-registry';
import { expectFlushReport } from './flush-gate';

const log = createLogger('lock');

export interface LockServiceOptions {
  readonly graceMs: number;
  readonly idleLockSeconds: number;
  readonly idlePollMs: number;
}

/** A lock request sent to a window and not yet finished: its id, and how to stop waiting. */
const pendingLocks = new WeakMap<BrowserWindow, string>();

/**
 * Asks one window to lock. The renderer saves everything, drops its keys and reloads itself; if it
 * has not started a reload when the grace period ends (hung, or ignoring us), main reloads it, which
 * drops every key held in page memory. A renderer whose saving failed reports the lock as held:
 * the attorney is deciding about unsaved work, so main does not reload it (the renderer locks
 * itself once they choose); `cancelled` (keep working) ends the request.
 */
function lockWindow(window: BrowserWindow, reason: LockReason, graceMs: number): void {
  if (window.isDestroyed()) return;
  const contents = window.webContents;
  let requestId = pendingLocks.get(window);
  if (requestId === undefined) {
    const onNavigation = (details: { isMainFrame: boolean; isSameDocument: boolean }) => {
      if (details.isMainFrame && !details.isSameDocument) cancel();
    };
    const timer = setTimeout(() => {
      cancel();
      if (window.isDestroyed() || contents.isDestroyed()) return;
      log.warn('lock.forced_reload', { reason });
      contents.reload();
    }, graceMs);
    const expectation = expectFlushReport(contents, (state) => {
      if (state === 'held') clearTimeout(timer);
      if (state === 'cancelled') cancel();
    });
    const cancel = () => {
      clearTimeout(timer);
      expectation.close();
      contents.off('did-start-navigation', onNavigation);
      pendingLocks.delete(window);
    };
    contents.on('did-start-navigation', onNavigation);
    requestId = expectation.requestId;
    pendingLocks.set(window, requestId);
  }
  sendEvent(window, 'security:lock-requested', { reason, requestId });
}

/** Locks every app window. Also the entry point for a future "Lock" menu item (`menu`). */
export function requestLock(reason: LockReason, graceMs: number): void {
  log.info('lock.requested', { reason });
  for (const window of listAppWindows()) lockWindow(window, reason, graceMs);
}

/** Screen lock, suspend and system idle lock the app. Returns a stop function. */
export function startLockService(options: LockServiceOptions): () => void {
  const onLockScreen = () => requestLock('screen-lock', options.graceMs);
  const onSuspend = () => requestLock('suspend', options.graceMs);
  powerMonitor.on('lock-screen', onLockScreen);
  powerMonitor.on('suspend', onSuspend);

  // One lock per idle stretch: re-armed only once the user has touched the machine again.
  let isArmed = true;
  const idleTimer = setInterval(() => {
    const idleSeconds = powerMonitor.getSystemIdleTime();
    if (idleSeconds < options.idleLockSeconds) {
      isArmed = true;
    } else if (isArmed) {
      isArmed = false;
      requestLock('idle', options.graceMs);
    }
  }, options.idlePollMs);

  return () => {
    powerMonitor.off('lock-screen', onLockScreen);
    powerMonitor.off('suspend', onSuspend);
    clearInterval(idleTimer);
  };
}
