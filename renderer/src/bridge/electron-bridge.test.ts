import type { AmparoBridge } from '@core/ipc';
import { describe, expect, it, vi } from 'vitest';
import { createElectronBridge } from './electron-bridge';

function fakeAmparo() {
  const listeners = new Map<string, (payload: unknown) => void>();
  const on = (name: string) =>
    vi.fn((listener: (payload: unknown) => void) => {
      listeners.set(name, listener);
      return () => listeners.delete(name);
    });
  const amparo = {
    app: {
      getInfo: vi.fn(async () => ({
        version: '1.2.3',
        platform: 'linux',
        mode: 'desktop',
        embeddedServerUrl: 'http://127.0.0.1:8787',
        locale: 'en-US',
      })),
      requestQuit: vi.fn(async () => ({ ok: true })),
    },
    shell: { openExternal: vi.fn(async () => ({ opened: true })) },
    security: {
      getDeviceSecret: vi.fn(async () => {
        throw { code: 'internal', message: 'device_secret_unreadable' };
      }),
      requestLock: vi.fn(async () => ({ ok: true })),
      onLockRequested: on('lock'),
    },
    menu: { updateState: vi.fn(async () => ({ ok: true })), onActionInvoked: on('menu') },
    reminders: {
      schedule: vi.fn(async () => ({ scheduled: 3, notificationsSupported: false })),
      onReminderClicked: on('reminder'),
    },
    print: { savePdf: vi.fn(async () => ({ saved: true })) },
    files: { save: vi.fn(async () => ({ saved: false })) },
    log: {
      reportError: vi.fn(async () => {
        throw { code: 'ipc_invalid_payload', message: 'ipc_invalid_payload' };
      }),
    },
    updates: {
      getStatus: vi.fn(async () => ({ state: 'ready', version: '2.0.0' })),
      installUpdate: vi.fn(async () => ({ installing: true })),
      onStatusChanged: on('updates'),
    },
  };
  return { amparo, listeners, bridge: createElectronBridge(amparo as unknown as AmparoBridge) };
}

describe('electron bridge', () => {
  it('maps app info to desktop mode', async () => {
    const { bridge } = fakeAmparo();
    expect(bridge.mode).toBe('desktop');
    expect(await bridge.getAppInfo()).toEqual({
      version: '1.2.3',
      platform: 'linux',
      mode: 'desktop',
      embeddedServerUrl: 'http://127.0.0.1:8787',
    });
    expect(await bridge.openExternal('https://www.uscis.gov/')).toBe(true);
  });

  it('turns plain IPC error objects into AppErrors with their code', async () => {
    const { bridge } = fakeAmparo();
    await expect(bridge.getDeviceSecret()).rejects.toMatchObject({
      name: 'AppError',
      code: 'internal',
      message: 'device_secret_unreadable',
    });
  });

  it('passes menu actions, reminder clicks and update events through as plain values', () => {
    const { bridge, listeners } = fakeAmparo();
    const onAction = vi.fn();
    const onReminder = vi.fn();
    const onUpdate = vi.fn();
    bridge.onMenuAction(onAction);
    bridge.onReminderClicked(onReminder);
    const stop = bridge.onUpdateStatusChanged(onUpdate);
    listeners.get('menu')!({ actionId: 'go.agenda' });
    listeners.get('reminder')!({ caseId: 'c1' });
    listeners.get('updates')!({ state: 'ready', version: '2.0.0' });
    expect(onAction).toHaveBeenCalledWith('go.agenda');
    expect(onReminder).toHaveBeenCalledWith('c1');
    expect(onUpdate).toHaveBeenCalledWith({ state: 'ready', version: '2.0.0' });
    stop();
    expect(listeners.has('updates')).toBe(false);
  });

  it('calls the desktop channels with their contract shapes', async () => {
    const { amparo, bridge } = fakeAmparo();
    await bridge.setMenuState({ language: 'es', hasOpenCase: true });
    expect(amparo.menu.updateState).toHaveBeenCalledWith({ language: 'es', hasOpenCase: true });
    await bridge.lockNow();
    await bridge.quitApp();
    expect(amparo.security.requestLock).toHaveBeenCalledTimes(1);
    expect(amparo.app.requestQuit).toHaveBeenCalledTimes(1);
    expect(await bridge.scheduleReminders([])).toEqual({ delivery: 'in-app', scheduled: 3 });
    const request = {
      document: 'interview' as const,
      caseReference: 'MCJ-2026-0042',
      date: '2026-11-27',
    };
    expect(await bridge.printDocument(request)).toBe('saved');
    expect(amparo.print.savePdf).toHaveBeenCalledWith(request);
    const bytes = new Uint8Array([1, 2]);
    expect(
      await bridge.saveFile({
        suggestedName: 'MCJ-2026-0042.ics',
        mimeType: 'text/calendar',
        bytes,
      }),
    ).toBe(false);
    expect(await bridge.getUpdateStatus()).toEqual({ state: 'ready', version: '2.0.0' });
    expect(await bridge.installUpdate({ unsyncedChanges: 2 })).toBe(true);
    expect(amparo.updates.installUpdate).toHaveBeenCalledWith({ unsyncedChanges: 2 });
  });

  it('never throws from reportError, even when main refuses the report', async () => {
    const { amparo, bridge } = fakeAmparo();
    expect(() =>
      bridge.reportError({ name: 'TypeError', code: null, frames: [], source: 'error' }),
    ).not.toThrow();
    await Promise.resolve();
    expect(amparo.log.reportError).toHaveBeenCalledTimes(1);
  });
});
