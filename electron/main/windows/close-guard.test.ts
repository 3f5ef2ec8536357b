import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, ipcMain, resetElectronMock } from '../../../test/mocks/electron';
import { handle } from '../ipc/handle';
import { createReportFlushHandler } from '../ipc/simple-handlers';
import { guardWindowClose } from './close-guard';
import { forgetAppWindowsForTests, trackAppWindow } from './window-registry';

vi.mock('electron', () => import('../../../test/mocks/electron'));

const timeoutMs = 5_000;
let window: BrowserWindow;
let onClosing: ReturnType<typeof vi.fn<() => void>>;

/** The page's answer, through the real IPC handler (sender check, schema, request id). */
const report = (from: BrowserWindow, payload: unknown) =>
  ipcMain.invoke(
    'session:report-flush',
    { sender: from.webContents, senderFrame: from.webContents.mainFrame },
    payload,
  );
const flushRequests = (target = window) =>
  target.webContents.send.mock.calls
    .filter(([channel]) => channel === 'session:flush-requested')
    .map(([, payload]) => (payload as { requestId: string }).requestId);

beforeEach(() => {
  vi.useFakeTimers();
  resetElectronMock();
  forgetAppWindowsForTests();
  handle('session:report-flush', createReportFlushHandler());
  window = new BrowserWindow();
  trackAppWindow(window as never);
  onClosing = vi.fn<() => void>();
  guardWindowClose(window as never, { timeoutMs, onClosing });
});
afterEach(() => vi.useRealTimers());

describe('window close waits for the page to save', () => {
  it('holds the close until the page reports saved', async () => {
    window.close();
    expect(window.destroyed).toBe(false);
    expect(flushRequests()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(timeoutMs - 1);
    expect(window.destroyed).toBe(false);
    expect(await report(window, { requestId: flushRequests()[0], state: 'saved' })).toEqual({
      ok: true,
      value: { ok: true },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(window.destroyed).toBe(true);
    expect(onClosing).toHaveBeenCalledTimes(1);
  });

  it('closes anyway when the page does not answer in time (hung or loading)', async () => {
    window.close();
    await vi.advanceTimersByTimeAsync(timeoutMs);
    expect(window.destroyed).toBe(true);
  });

  it('waits for the attorney without a timeout once the page says the close is held', async () => {
    window.close();
    const [requestId] = flushRequests();
    await report(window, { requestId, state: 'held' });
    await vi.advanceTimersByTimeAsync(timeoutMs * 20);
    expect(window.destroyed).toBe(false);
    // A second click on the close button while held does not ask again.
    window.close();
    expect(flushRequests()).toHaveLength(1);
    await report(window, { requestId, state: 'discarded' });
    await vi.advanceTimersByTimeAsync(0);
    expect(window.destroyed).toBe(true);
  });

  it('stays open when the attorney chooses to keep working', async () => {
    window.close();
    const [requestId] = flushRequests();
    await report(window, { requestId, state: 'held' });
    await report(window, { requestId, state: 'cancelled' });
    await vi.advanceTimersByTimeAsync(timeoutMs * 2);
    expect(window.destroyed).toBe(false);
    expect(onClosing).not.toHaveBeenCalled();
    // The next close asks again, with a new id.
    window.close();
    expect(flushRequests()).toHaveLength(2);
    expect(flushRequests()[1]).not.toBe(requestId);
  });

  it('refuses answers that are malformed, unknown or from another window', async () => {
    window.close();
    const [requestId] = flushRequests();
    const other = new BrowserWindow();
    trackAppWindow(other as never);
    expect(await report(other, { requestId, state: 'saved' })).toMatchObject({ ok: false });
    expect(await report(window, { requestId: crypto.randomUUID(), state: 'saved' })).toMatchObject({
      ok: false,
    });
    expect(await report(window, { requestId, state: 'saved', extra: 1 })).toMatchObject({
      ok: false,
    });
    expect(await report(window, { requestId, state: 'whatever' })).toMatchObject({ ok: false });
    await vi.advanceTimersByTimeAsync(timeoutMs - 1);
    expect(window.destroyed).toBe(false);
  });

  it('resumes a quit that the held close interrupted, once saved', async () => {
    app.emit('before-quit');
    window.close();
    await report(window, { requestId: flushRequests()[0], state: 'saved' });
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('closes at once when the page cannot be asked (not on the app origin)', async () => {
    window.webContents.url = 'https://evil.example/';
    window.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(window.destroyed).toBe(true);
  });
});
