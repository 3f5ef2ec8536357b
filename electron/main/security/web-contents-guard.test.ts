import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { FakeWebContents, resetElectronMock } from '../../../test/mocks/electron';
import { guardWebContents } from './web-contents-guard';

vi.mock('electron', () => import('../../../test/mocks/electron'));

let contents: FakeWebContents;
const openExternal = vi.fn(async (_url: string) => true);

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

beforeEach(() => {
  resetElectronMock();
  openExternal.mockClear();
  contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents, { openExternal });
});

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    '%s: stays on app://amparo, refuses everything else',
    (eventName) => {
      const inside = navigationEvent('app://amparo/cases');
      contents.emit(eventName, inside);
      expect(inside.preventDefault).not.toHaveBeenCalled();
      for (const url of [
        'https://example.com/',
        'app://amparo.evil.example/',
        'app://user@amparo/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'data:text/html,hi',
        'https://www.uscis.gov/',
      ]) {
        const outside = navigationEvent(url);
        contents.emit(eventName, outside);
        expect(outside.preventDefault).toHaveBeenCalled();
      }
    },
  );

  it('refuses every new window, handing allow-listed links to the system browser helper', () => {
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://amparo/cases' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://www.uscis.gov/i-589' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://example.com/',
      'app://amparo/cases',
      'https://www.uscis.gov/i-589',
    ]);
  });

  it('prevents <webview> attachment and Bluetooth device picking', () => {
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
    const select = { preventDefault: vi.fn() };
    const callback = vi.fn();
    contents.emit('select-bluetooth-device', select, [{ deviceId: 'x' }], callback);
    expect(select.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledWith('');
  });
});
