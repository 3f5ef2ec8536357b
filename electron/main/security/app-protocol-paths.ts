import { appEntryUrl } from './app-origin';

export type AssetPathResult =
  | { ok: true; segments: readonly string[]; isRouteFallbackAllowed: boolean }
  | { ok: false; status: 400 };

// Built assets are named like `assets/index-B1c2D3.js`: plain characters, never starting with a dot, so
// `..`, dotfiles, percent-escapes, backslashes, NUL and empty segments can all be refused by one rule.
const segmentPattern = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const maxPathSegments = 16;

/**
 * Maps an `app://amparo/...` request URL to path segments under the renderer folder. It reads the raw
 * URL, because the URL parser would silently resolve `..` and `%2e%2e` before we could refuse them.
 * Query and fragment are ignored.
 */
export function resolveAssetPath(rawUrl: string): AssetPathResult {
  if (!rawUrl.startsWith(appEntryUrl)) return { ok: false, status: 400 };
  const afterOrigin = rawUrl.slice(appEntryUrl.length);
  const rawPath = afterOrigin.split(/[?#]/, 1)[0] ?? '';
  if (rawPath === '') return { ok: true, segments: [], isRouteFallbackAllowed: false };
  const segments = rawPath.split('/');
  if (segments.length > maxPathSegments) return { ok: false, status: 400 };
  if (segments.at(-1) === '') segments.pop(); // one trailing slash: `app://amparo/cases/`
  if (!segments.every((segment) => segmentPattern.test(segment))) return { ok: false, status: 400 };
  let parsed: URL;
  try {
    parsed = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  // Belt and braces: the parser must agree with the raw reading.
  if (parsed.pathname !== `/${rawPath}`) return { ok: false, status: 400 };
  const last = segments.at(-1) ?? '';
  // Client-side routes (`app://amparo/cases/123`) have no extension and get index.html on reload.
  return { ok: true, segments, isRouteFallbackAllowed: !last.includes('.') };
}

const mimeTypes: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
};

export function mimeTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
  return mimeTypes[extension] ?? 'application/octet-stream';
}
