import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAssetPath } from './app-protocol-paths';

describe('resolveAssetPath', () => {
  it.each([
    ['app://amparo/', [], false],
    ['app://amparo/index.html', ['index.html'], false],
    ['app://amparo/assets/index-B1c2_D3.js', ['assets', 'index-B1c2_D3.js'], false],
    ['app://amparo/assets/app.css?v=2#x', ['assets', 'app.css'], false],
    ['app://amparo/cases/4f1c-22', ['cases', '4f1c-22'], true],
    ['app://amparo/cases/', ['cases'], true],
  ])('maps %s', (url, segments, isRouteFallbackAllowed) => {
    expect(resolveAssetPath(url)).toEqual({ ok: true, segments, isRouteFallbackAllowed });
  });

  it.each([
    ['dot-dot', 'app://amparo/../etc/passwd'],
    ['nested dot-dot', 'app://amparo/assets/../../etc/passwd'],
    ['encoded dot-dot', 'app://amparo/%2e%2e/etc/passwd'],
    ['mixed encoded dot-dot', 'app://amparo/.%2E/etc/passwd'],
    ['encoded slash', 'app://amparo/..%2fetc%2fpasswd'],
    ['encoded slash upper', 'app://amparo/assets%2F..%2F..%2Fsecret'],
    ['backslash', 'app://amparo/..\\..\\windows\\win.ini'],
    ['encoded backslash', 'app://amparo/..%5c..%5cwindows%5cwin.ini'],
    ['double encoding', 'app://amparo/%252e%252e/etc/passwd'],
    ['NUL', 'app://amparo/index.html%00.png'],
    ['raw NUL', 'app://amparo/index.html\u0000.png'],
    ['absolute path', 'app://amparo//etc/passwd'],
    ['windows drive', 'app://amparo/C:/Windows/win.ini'],
    ['dotfile', 'app://amparo/.env'],
    ['single dot', 'app://amparo/./index.html'],
    ['space', 'app://amparo/my file.js'],
    ['look-alike host', 'app://amparo.evil.example/index.html'],
    ['userinfo', 'app://user@amparo/index.html'],
    ['port', 'app://amparo:443/index.html'],
    ['other host', 'app://evil/index.html'],
    ['file scheme', 'file:///etc/passwd'],
    ['https', 'https://amparo/index.html'],
    ['no path', 'app://amparo'],
    ['too deep', `app://amparo/${'a/'.repeat(20)}x.js`],
    ['very long segment', `app://amparo/${'a'.repeat(200)}.js`],
  ])('refuses %s', (_label, url) => {
    expect(resolveAssetPath(url)).toEqual({ ok: false, status: 400 });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['index-abc.js', 'text/javascript; charset=utf-8'],
    ['style.CSS', 'text/css; charset=utf-8'],
    ['argon2.wasm', 'application/wasm'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['en.json', 'application/json; charset=utf-8'],
    ['README', 'application/octet-stream'],
    ['archive.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
