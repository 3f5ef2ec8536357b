import { app } from 'electron';
import { AppError } from '@core/errors/app-error';
import type { MenuState } from '@core/ipc/menu-schemas';
import type { AppMenu } from '../menu/app-menu';
import { receiveFlushReport } from '../services/flush-gate';
import { requestLock } from '../services/lock-service';
import { markRendererReady } from '../windows/renderer-ready';
import type { IpcHandler } from './handle';

/** `app:request-quit`: Quit from the command list (the menu uses Electron's own quit role). */
export function createRequestQuitHandler(): IpcHandler<'app:request-quit'> {
  return () => {
    app.quit();
    return { ok: true };
  };
}

/** `security:request-lock`: Lock now from the command list; the same path as the menu item. */
export function createRequestLockHandler(graceMs: number): IpcHandler<'security:request-lock'> {
  return () => {
    requestLock('menu', graceMs);
    return { ok: true };
  };
}

/**
 * `menu:update-state`: the renderer reports its language and whether a case is open. Its first
 * call after a page load also says the page is listening for events.
 */
export function createMenuStateHandler(menu: AppMenu): IpcHandler<'menu:update-state'> {
  return (state: MenuState, { sender }) => {
    menu.update(state);
    markRendererReady(sender);
    return { ok: true };
  };
}

/**
 * `session:report-flush`: the page answers a close or lock request (saved, held for the attorney,
 * discarded, cancelled). Ids main did not send to this page are refused.
 */
export function createReportFlushHandler(): IpcHandler<'session:report-flush'> {
  return (report, { sender }) => {
    if (!receiveFlushReport(sender, report))
      throw new AppError('ipc_invalid_payload', 'unknown_flush_request');
    return { ok: true };
  };
}
