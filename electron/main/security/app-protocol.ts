import { lstat, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { protocol } from 'electron';
import { createLogger } from '../logging/logger';
import { appScheme } from './app-origin';
import { fileInsideRoot } from '../platform/platform-paths';
import { mimeTypeFor, resolveAssetPath } from './app-protocol-paths';

const log = createLogger('app-protocol');

/** Must run before `app` is ready. No `bypassCSP`: the page obeys the CSP header like any site. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export interface AppProtocolOptions {
  /** The built renderer folder (`out/renderer`). */
  readonly rendererDir: string;
  /** Read per request so that a changed server setting applies at the next page load. */
  readonly contentSecurityPolicy: () => string;
}

type AppRequest = Pick<Request, 'url' | 'method'>;

function headers(csp: string, contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

async function readRegularFile(root: string, segments: readonly string[]): Promise<Buffer | null> {
  const target = fileInsideRoot(root, segments);
  if (target === null) return null;
  try {
    // lstat, not stat: a symlink in the bundle could point anywhere on disk.
    const info = await lstat(target);
    return info.isFile() ? await readFile(target) : null;
  } catch {
    return null;
  }
}

/** Serves the built renderer from `app://amparo/`, and nothing else. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: AppRequest) => Promise<Response> {
  const root = resolve(options.rendererDir);
  const respond = (status: number, body: Buffer | null, contentType: string) => {
    const init = { status, headers: headers(options.contentSecurityPolicy(), contentType) };
    return new Response(body === null ? null : new Uint8Array(body), init);
  };
  const text = 'text/plain; charset=utf-8';

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, text);
    const resolved = resolveAssetPath(request.url);
    if (!resolved.ok) {
      log.warn('app_protocol.rejected', { status: resolved.status });
      return respond(resolved.status, null, text);
    }
    const segments = resolved.segments.length === 0 ? ['index.html'] : resolved.segments;
    let body = await readRegularFile(root, segments);
    let fileName = segments.at(-1) ?? 'index.html';
    if (body === null && resolved.isRouteFallbackAllowed) {
      body = await readRegularFile(root, ['index.html']);
      fileName = 'index.html';
    }
    if (body === null) return respond(404, null, text);
    return respond(200, request.method === 'HEAD' ? null : body, mimeTypeFor(fileName));
  };
}

/** Registers the handler on the default session (after `app` is ready). */
export function serveAppProtocol(options: AppProtocolOptions): void {
  protocol.handle(appScheme, createAppProtocolHandler(options));
}
