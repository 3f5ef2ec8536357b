import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, powerMonitor, resetElectronMock } from '../../../test/mocks/electron';
import { forgetAppWindowsForTests, trackAppWindow } from '../windows/window-registry';
import { receiveFlushReport } from './flush-gate';
import { requestLock, startLockService } from './lock-service';

vi.mock('electron', () => import('../../../test/mocks/electron'));

const options = { graceMs: 3_000, idleLockSeconds: 600, idlePollMs: 15_000 };
let window: BrowserWindow;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  resetElectronMock();
  forgetAppWindowsForTests();
  window = new BrowserWindow();
  trackAppWindow(window as never);
  stop = startLockService(options);
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

const lockEvents = () =>
  window.webContents.send.mock.calls.filter(([channel]) => channel === 'security:lock-requested');

describe('lock service', () => {
  it.each([
    ['lock-screen', 'screen-lock'],
    ['suspend', 'suspend'],
  ])('%s asks the renderer to lock (%s)', (event, reason) => {
    powerMonitor.emit(event);
    expect(lockEvents()).toEqual([
      ['security:lock-requested', { reason, requestId: expect.any(String) }],
    ]);
  });

  it('reloads the window itself when the renderer does not reload within the grace period', () => {
    powerMonitor.emit('lock-screen');
    vi.advanceTimersByTime(options.graceMs - 1);
    expect(window.webContents.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the renderer reloads itself in time', () => {
    powerMonitor.emit('suspend');
    window.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    vi.advanceTimersByTime(options.graceMs * 2);
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('is not fooled by in-page or subframe navigation', () => {
    powerMonitor.emit('suspend');
    window.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    window.webContents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    vi.advanceTimersByTime(options.graceMs);
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload a page whose lock is held for the attorney (saving failed)', () => {
    powerMonitor.emit('lock-screen');
    const [[, { requestId }]] = lockEvents() as [[string, { requestId: string }]];
    const stranger = new BrowserWindow();
    trackAppWindow(stranger as never);
    // Only the page that was asked can hold its own lock.
    expect(receiveFlushReport(stranger.webContents as never, { requestId, state: 'held' })).toBe(
      false,
    );
    expect(receiveFlushReport(window.webContents as never, { requestId, state: 'held' })).toBe(
      true,
    );
    vi.advanceTimersByTime(options.graceMs * 10);
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('arms a new forced reload after the attorney chose to keep working', () => {
    requestLock('menu', options.graceMs);
    const [[, first]] = lockEvents() as [[string, { requestId: string }]];
    receiveFlushReport(window.webContents as never, { requestId: first.requestId, state: 'held' });
    receiveFlushReport(window.webContents as never, {
      requestId: first.requestId,
      state: 'cancelled',
    });
    requestLock('idle', options.graceMs);
    const second = lockEvents()[1]![1] as { requestId: string };
    expect(second.requestId).not.toBe(first.requestId);
    vi.advanceTimersByTime(options.graceMs);
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('keeps one pending reload when lock events pile up', () => {
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    vi.advanceTimersByTime(options.graceMs);
    expect(lockEvents()).toHaveLength(2);
    // One request: both events carry its id.
    expect(new Set(lockEvents().map(([, payload]) => payload.requestId)).size).toBe(1);
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('skips a window closed during the grace period', () => {
    powerMonitor.emit('lock-screen');
    window.destroy();
    vi.advanceTimersByTime(options.graceMs);
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('locks once per idle stretch of the whole system', () => {
    powerMonitor.idleSeconds = 599;
    vi.advanceTimersByTime(options.idlePollMs);
    expect(lockEvents()).toHaveLength(0);
    powerMonitor.idleSeconds = 600;
    vi.advanceTimersByTime(options.idlePollMs * 4);
    expect(lockEvents()).toEqual([
      ['security:lock-requested', { reason: 'idle', requestId: expect.any(String) }],
    ]);
    powerMonitor.idleSeconds = 2;
    vi.advanceTimersByTime(options.idlePollMs);
    powerMonitor.idleSeconds = 700;
    vi.advanceTimersByTime(options.idlePollMs);
    expect(lockEvents()).toHaveLength(2);
  });

  it('locks on request (menu) and stops listening when stopped', () => {
    requestLock('menu', options.graceMs);
    expect(lockEvents()).toEqual([
      ['security:lock-requested', { reason: 'menu', requestId: expect.any(String) }],
    ]);
    stop();
    powerMonitor.emit('lock-screen');
    powerMonitor.idleSeconds = 10_000;
    vi.advanceTimersByTime(options.idlePollMs * 2);
    expect(lockEvents()).toHaveLength(1);
  });

  it('never sends to windows that are not ours', () => {
    const stranger = new BrowserWindow();
    powerMonitor.emit('lock-screen');
    vi.advanceTimersByTime(options.graceMs);
    expect(stranger.webContents.send).not.toHaveBeenCalled();
    expect(stranger.webContents.reload).not.toHaveBeenCalled();
  });
});
