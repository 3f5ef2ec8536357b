import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentSecurityPolicy(serverUrl: string | null): string {
  const connect = ["'self'", serverUrl ? new URL(serverUrl).origin : null]
    .filter(Boolean)
    .join(' ');
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Maps a URL path into `root`, or null when it would leave it (traversal, NUL, odd encodings). */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const candidate = resolve(root, '.' + normalize('/' + decoded));
  const base = resolve(root);
  return candidate === base || candidate.startsWith(base + sep) ? candidate : null;
}

export interface WebHostOptions {
  root: string;
  host: string;
  port: number;
  version: string;
  serverUrl: string | null;
}

/** Serves the built renderer for web mode, with the same CSP as the desktop app's protocol. */
export async function startStaticServer(
  options: WebHostOptions,
): Promise<{ url: string; server: Server }> {
  const csp = contentSecurityPolicy(options.serverUrl);
  const config = JSON.stringify({ version: options.version, embeddedServerUrl: options.serverUrl });
  const server = createServer(async (request, response) => {
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, headers).end();
      return;
    }
    const path = request.url ?? '/';
    if (path.split('?')[0] === '/config.json') {
      response.writeHead(200, { ...headers, 'Content-Type': mimeTypes['.json'] }).end(config);
      return;
    }
    let file = resolveInside(options.root, path === '/' ? '/index.html' : path);
    if (!file) {
      response.writeHead(400, headers).end();
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) file = join(options.root, 'index.html');
    const type = mimeTypes[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { ...headers, 'Content-Type': type });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://${options.host}:${port}/`, server };
}
