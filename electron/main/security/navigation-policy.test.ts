import { describe, expect, it } from 'vitest';
import { appEntryUrl, appOrigin, isAppUrl } from './app-origin';
import {
  isNavigationAllowed,
  isTrustedSenderFrame,
  type SenderFrameLike,
} from './navigation-policy';

describe('isAppUrl / isNavigationAllowed', () => {
  it.each(['app://amparo/', 'app://amparo/index.html', 'app://amparo/cases/123?tab=notes#top'])(
    'allows %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
      expect(isNavigationAllowed(url)).toBe(true);
    },
  );

  it.each([
    ['look-alike host', 'app://amparo.evil.example/'],
    ['suffix host', 'app://evilamparo/'],
    ['userinfo', 'app://user@amparo/'],
    ['userinfo with password', 'app://amparo:pw@amparo/'],
    ['explicit port', 'app://amparo:443/'],
    ['other port', 'app://amparo:8080/'],
    ['upper-case host (never produced by Chromium)', 'app://AMPARO/'],
    ['https', 'https://example.com/'],
    ['https with app host', 'https://amparo/'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['file', 'file:///etc/passwd'],
    ['blob', 'blob:app://amparo/1234'],
    ['about:blank', 'about:blank'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['empty', ''],
    ['relative', '/index.html'],
    ['scheme-relative', '//amparo/'],
    ['not a url', 'app amparo'],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['app://amparo/']])('refuses non-strings (%s)', (value) => {
    expect(isNavigationAllowed(value)).toBe(false);
  });

  it('names one origin and entry URL', () => {
    expect(appOrigin).toBe('app://amparo');
    expect(appEntryUrl).toBe('app://amparo/');
  });
});

describe('isTrustedSenderFrame', () => {
  const mainFrame: SenderFrameLike = {
    origin: 'app://amparo',
    url: 'app://amparo/',
    parent: null,
    processId: 4,
    routingId: 7,
  };

  it('trusts the main frame of our window on the app origin', () => {
    expect(isTrustedSenderFrame(mainFrame, mainFrame, true)).toBe(true);
    expect(isTrustedSenderFrame({ ...mainFrame, url: 'app://amparo/cases' }, mainFrame, true)).toBe(
      true,
    );
  });

  it.each<[string, SenderFrameLike | null, boolean]>([
    ['no frame (navigated or destroyed)', null, true],
    ['a window that is not ours', mainFrame, false],
    ['a subframe', { ...mainFrame, parent: mainFrame, routingId: 8 }, true],
    ['a subframe claiming no parent', { ...mainFrame, routingId: 8 }, true],
    ['another process', { ...mainFrame, processId: 5 }, true],
    ['a foreign origin', { ...mainFrame, origin: 'https://evil.example' }, true],
    ['a look-alike origin', { ...mainFrame, origin: 'app://amparo.evil.example' }, true],
    ['an opaque origin', { ...mainFrame, origin: 'null' }, true],
    ['a foreign URL', { ...mainFrame, url: 'https://evil.example/' }, true],
    ['a file URL', { ...mainFrame, url: 'file:///tmp/x.html' }, true],
  ])('refuses %s', (_label, frame, isOwnWindow) => {
    expect(isTrustedSenderFrame(frame, mainFrame, isOwnWindow)).toBe(false);
  });

  it('treats a frame that throws on access (disposed) as untrusted', () => {
    const disposed = {
      get origin(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      url: 'app://amparo/',
      parent: null,
      processId: 4,
      routingId: 7,
    };
    expect(isTrustedSenderFrame(disposed, mainFrame, true)).toBe(false);
  });
});
