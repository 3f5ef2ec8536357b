import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { resetElectronMock, session } from '../../../test/mocks/electron';
import { denyAllPermissions } from './permission-policy';

vi.mock('electron', () => import('../../../test/mocks/electron'));

const target = session.defaultSession;

beforeEach(() => {
  resetElectronMock();
  denyAllPermissions(target as unknown as Session);
});

describe('denyAllPermissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
  ])('refuses the %s permission request', (permission) => {
    const handler = target.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const callback = vi.fn();
    handler({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('answers every permission check with false', () => {
    const check = target.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    for (const permission of ['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb']) {
      expect(check({}, permission, 'app://amparo', {})).toBe(false);
    }
    const device = target.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
  });

  it('refuses screen capture and device pickers', () => {
    const displayMedia = target.setDisplayMediaRequestHandler.mock.calls[0]?.[0] as (
      request: unknown,
      callback: (streams: unknown) => void,
    ) => void;
    const streams = vi.fn();
    displayMedia({}, streams);
    expect(streams).toHaveBeenCalledWith({});

    for (const event of ['select-hid-device', 'select-usb-device']) {
      const preventDefault = vi.fn();
      const callback = vi.fn();
      target.emit(event, { preventDefault }, {}, callback);
      expect(preventDefault).toHaveBeenCalled();
      expect(callback).toHaveBeenCalledWith('');
    }
    const preventDefault = vi.fn();
    const callback = vi.fn();
    target.emit('select-serial-port', { preventDefault }, [], {}, callback);
    expect(preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledWith('');
  });
});
