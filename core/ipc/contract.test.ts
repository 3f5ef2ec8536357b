import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AmparoBridge, Unsubscribe } from './bridge';
import {
  channelNamePattern,
  eventChannels,
  eventMethodPath,
  requestChannels,
  requestMethodPath,
} from './channels';
import { eventContract, requestContract } from './contract';
import type { AppInfo } from './app-schemas';
import type { DeviceSecret, LockRequested } from './security-schemas';
import { isIpcError } from './result';

describe('IPC channel names', () => {
  it('follow feature:verb-noun (requests) and feature:noun-event (events), all unique', () => {
    const all = [...requestChannels, ...eventChannels];
    for (const name of all) expect(name).toMatch(channelNamePattern);
    expect(new Set(all).size).toBe(all.length);
  });

  it('have exactly one schema entry each', () => {
    expect(Object.keys(requestContract).sort()).toEqual([...requestChannels].sort());
    expect(Object.keys(eventContract).sort()).toEqual([...eventChannels].sort());
  });

  it('map to bridge methods', () => {
    expect(requestMethodPath('shell:open-external')).toEqual({
      feature: 'shell',
      method: 'openExternal',
    });
    expect(requestMethodPath('security:get-device-secret')).toEqual({
      feature: 'security',
      method: 'getDeviceSecret',
    });
    expect(eventMethodPath('security:lock-requested')).toEqual({
      feature: 'security',
      method: 'onLockRequested',
    });
    expect(requestMethodPath('files:save')).toEqual({ feature: 'files', method: 'save' });
    expect(eventMethodPath('menu:action-invoked')).toEqual({
      feature: 'menu',
      method: 'onActionInvoked',
    });
  });

  it('refuses malformed names when mapping', () => {
    expect(() => requestMethodPath('Shell:OPEN' as never)).toThrow();
    expect(() => eventMethodPath('security:' as never)).toThrow();
  });
});

describe('AmparoBridge type', () => {
  it('is namespaced by feature with one function per channel', () => {
    expectTypeOf<keyof AmparoBridge>().toEqualTypeOf<
      | 'app'
      | 'shell'
      | 'security'
      | 'session'
      | 'menu'
      | 'reminders'
      | 'print'
      | 'files'
      | 'log'
      | 'updates'
      | 'auth'
    >();
    expectTypeOf<keyof AmparoBridge['session']>().toEqualTypeOf<
      'reportFlush' | 'onFlushRequested'
    >();
    expectTypeOf<keyof AmparoBridge['security']>().toEqualTypeOf<
      'getDeviceSecret' | 'requestLock' | 'onLockRequested'
    >();
    expectTypeOf<keyof AmparoBridge['updates']>().toEqualTypeOf<
      'getStatus' | 'installUpdate' | 'onStatusChanged'
    >();
    expectTypeOf<AmparoBridge['app']['getInfo']>().toEqualTypeOf<() => Promise<AppInfo>>();
    expectTypeOf<AmparoBridge['shell']['openExternal']>().toEqualTypeOf<
      (request: { url: string }) => Promise<{ opened: boolean }>
    >();
    expectTypeOf<AmparoBridge['security']['getDeviceSecret']>().toEqualTypeOf<
      () => Promise<DeviceSecret>
    >();
    expectTypeOf<AmparoBridge['security']['onLockRequested']>().toEqualTypeOf<
      (listener: (payload: LockRequested) => void) => Unsubscribe
    >();
    expect(requestChannels.length + eventChannels.length).toBe(19);
  });
});

describe('IPC schemas', () => {
  const secret = Buffer.alloc(32, 7).toString('base64');

  it('requests are strict', () => {
    const empty = requestContract['app:get-info'].request;
    expect(empty.safeParse({}).success).toBe(true);
    expect(empty.safeParse({ extra: 1 }).success).toBe(false);
    expect(empty.safeParse(JSON.parse('{"__proto__":{"isAdmin":true}}')).success).toBe(false);
    const open = requestContract['shell:open-external'].request;
    expect(open.safeParse({ url: 'https://www.uscis.gov/' }).success).toBe(true);
    expect(open.safeParse({ url: 'x'.repeat(2049) }).success).toBe(false);
    expect(open.safeParse({ url: 42 }).success).toBe(false);
  });

  it('the device secret must be base64 of exactly 32 bytes', () => {
    const schema = requestContract['security:get-device-secret'].response;
    const ok = { secret, backend: 'keychain', isProtected: true };
    expect(schema.safeParse(ok).success).toBe(true);
    expect(schema.safeParse({ ...ok, secret: Buffer.alloc(31).toString('base64') }).success).toBe(
      false,
    );
    expect(schema.safeParse({ ...ok, secret: Buffer.alloc(33).toString('base64') }).success).toBe(
      false,
    );
    expect(schema.safeParse({ ...ok, backend: 'rot13' }).success).toBe(false);
  });

  it('app info accepts only http(s) server URLs', () => {
    const schema = requestContract['app:get-info'].response;
    const info = {
      version: '0.1.0',
      platform: 'linux',
      mode: 'desktop',
      embeddedServerUrl: 'http://127.0.0.1:8787',
      locale: 'en-US',
    };
    expect(schema.safeParse(info).success).toBe(true);
    expect(schema.safeParse({ ...info, embeddedServerUrl: null }).success).toBe(true);
    expect(schema.safeParse({ ...info, embeddedServerUrl: 'javascript:alert(1)' }).success).toBe(
      false,
    );
    expect(schema.safeParse({ ...info, mode: 'web' }).success).toBe(false);
  });

  it('lock events carry only a known reason and a request id', () => {
    const schema = eventContract['security:lock-requested'].payload;
    const requestId = '6f1c1f7e-3b5e-4d4b-9a51-0d5c3f9d2a10';
    expect(schema.safeParse({ reason: 'suspend', requestId }).success).toBe(true);
    expect(schema.safeParse({ reason: 'suspend' }).success).toBe(false);
    expect(schema.safeParse({ reason: 'because', requestId }).success).toBe(false);
  });

  it('flush reports carry a request id and one of four states, nothing else', () => {
    const schema = requestContract['session:report-flush'].request;
    const requestId = '6f1c1f7e-3b5e-4d4b-9a51-0d5c3f9d2a10';
    for (const state of ['saved', 'held', 'discarded', 'cancelled'])
      expect(schema.safeParse({ requestId, state }).success).toBe(true);
    expect(schema.safeParse({ requestId, state: 'done' }).success).toBe(false);
    expect(schema.safeParse({ requestId: 'x', state: 'saved' }).success).toBe(false);
    expect(schema.safeParse({ requestId, state: 'saved', text: 'typed' }).success).toBe(false);
  });

  it('recognises the serialised error shape', () => {
    expect(isIpcError({ code: 'ipc_invalid_payload', message: 'ipc_invalid_payload' })).toBe(true);
    expect(isIpcError({ code: 'nope', message: '' })).toBe(false);
    expect(isIpcError(new Error('x'))).toBe(false);
  });
});
