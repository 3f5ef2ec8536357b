import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventChannels, requestChannels } from '@core/ipc/channels';
import { ipcRenderer, resetElectronMock } from '../../test/mocks/electron';
import { buildBridge } from './bridge';

vi.mock('electron', () => import('../../test/mocks/electron'));

beforeEach(() => resetElectronMock());

const bridge = () => buildBridge(ipcRenderer as never);

describe('buildBridge', () => {
  it('has exactly one function per contract channel, namespaced by feature', () => {
    const api = bridge() as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(api).sort()).toEqual([
      'app',
      'auth',
      'files',
      'log',
      'menu',
      'print',
      'reminders',
      'security',
      'session',
      'shell',
      'updates',
    ]);
    expect(Object.keys(api['app']!)).toEqual(['getInfo', 'requestQuit']);
    expect(Object.keys(api['shell']!)).toEqual(['openExternal']);
    expect(Object.keys(api['security']!).sort()).toEqual([
      'getDeviceSecret',
      'onLockRequested',
      'requestLock',
    ]);
    expect(Object.keys(api['session']!).sort()).toEqual(['onFlushRequested', 'reportFlush']);
    expect(Object.keys(api['menu']!).sort()).toEqual(['onActionInvoked', 'updateState']);
    expect(Object.keys(api['reminders']!).sort()).toEqual(['onReminderClicked', 'schedule']);
    expect(Object.keys(api['print']!)).toEqual(['savePdf']);
    expect(Object.keys(api['files']!)).toEqual(['save']);
    expect(Object.keys(api['log']!)).toEqual(['reportError']);
    expect(Object.keys(api['updates']!).sort()).toEqual([
      'getStatus',
      'installUpdate',
      'onStatusChanged',
    ]);
    const functions = Object.values(api).flatMap((feature) => Object.values(feature));
    expect(functions).toHaveLength(requestChannels.length + eventChannels.length);
    for (const fn of functions) expect(typeof fn).toBe('function');
  });

  it('is deeply frozen and exposes nothing generic', () => {
    const api = bridge() as unknown as Record<string, Record<string, unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    for (const feature of Object.values(api)) expect(Object.isFrozen(feature)).toBe(true);
    expect(() => {
      (api as Record<string, unknown>)['ipcRenderer'] = ipcRenderer;
    }).toThrow(TypeError);
    const text = JSON.stringify(Object.keys(api).concat(...Object.values(api).map(Object.keys)));
    for (const word of ['invoke', 'send', 'ipcRenderer', '"on"']) expect(text).not.toContain(word);
  });

  it('invokes the channel and resolves with the value', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { opened: true } });
    await expect(bridge().shell.openExternal({ url: 'https://www.uscis.gov/' })).resolves.toEqual({
      opened: true,
    });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('shell:open-external', {
      url: 'https://www.uscis.gov/',
    });
  });

  it('sends an empty object for channels without input', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { version: '1' } });
    await bridge().app.getInfo();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:get-info', {});
  });

  it('rejects with a plain { code, message } object', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'ipc_invalid_payload', message: 'ipc_invalid_payload', extra: 'x' },
    });
    const error = await bridge()
      .security.getDeviceSecret()
      .catch((e: unknown) => e);
    expect(error).toEqual({ code: 'ipc_invalid_payload', message: 'ipc_invalid_payload' });
    expect(error).not.toBeInstanceOf(Error);
  });

  it('reports a malformed reply as internal', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce('surprise');
    await expect(bridge().app.getInfo()).rejects.toEqual({ code: 'internal', message: 'internal' });
  });

  it('event listeners get only the payload and can unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = bridge().security.onLockRequested(listener);
    const senderEvent = { sender: { send: vi.fn() }, ports: [] };
    ipcRenderer.emit('security:lock-requested', senderEvent, { reason: 'suspend' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ reason: 'suspend' });
    unsubscribe();
    unsubscribe();
    ipcRenderer.emit('security:lock-requested', senderEvent, { reason: 'idle' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount('security:lock-requested')).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge().security.onLockRequested('alert(1)' as never)).toThrow(TypeError);
    expect(ipcRenderer.listenerCount('security:lock-requested')).toBe(0);
  });
});
