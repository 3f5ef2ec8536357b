import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from '../../../test/mocks/electron';
import { forgetAppWindowsForTests, trackAppWindow } from '../windows/window-registry';
import { sendEvent } from './send-event';

vi.mock('electron', () => import('../../../test/mocks/electron'));

const requestId = '6f1c1f7e-3b5e-4d4b-9a51-0d5c3f9d2a10';

beforeEach(() => {
  resetElectronMock();
  forgetAppWindowsForTests();
});

describe('sendEvent', () => {
  it('sends a validated payload to our window', () => {
    const window = new BrowserWindow();
    trackAppWindow(window as never);
    expect(
      sendEvent(window as never, 'security:lock-requested', { reason: 'suspend', requestId }),
    ).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledWith('security:lock-requested', {
      reason: 'suspend',
      requestId,
    });
  });

  it('never sends to a window that is not ours or not on the app origin', () => {
    const stranger = new BrowserWindow();
    expect(
      sendEvent(stranger as never, 'security:lock-requested', { reason: 'idle', requestId }),
    ).toBe(false);
    const drifted = new BrowserWindow();
    trackAppWindow(drifted as never);
    drifted.webContents.url = 'https://evil.example/';
    expect(
      sendEvent(drifted as never, 'security:lock-requested', { reason: 'idle', requestId }),
    ).toBe(false);
    expect(stranger.webContents.send).not.toHaveBeenCalled();
    expect(drifted.webContents.send).not.toHaveBeenCalled();
  });

  it('refuses a payload outside the contract', () => {
    const window = new BrowserWindow();
    trackAppWindow(window as never);
    expect(() =>
      sendEvent(window as never, 'security:lock-requested', { reason: 'whim', requestId } as never),
    ).toThrow();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
