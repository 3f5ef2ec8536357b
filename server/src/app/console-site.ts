/**
 * The staff console: its built files (a folder the operator names, see docs/console.md) served at
 * `/console/`, same origin as the API, under the same CSP and headers. Any other page path under
 * `/console/` gets the console's index.html (it routes on the client). The server imports nothing
 * of the console: without the folder, `/console/` answers a plain 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const CONSOLE_PREFIX = '/console/';

export function isConsolePath(path: string): boolean {
  return path === '/console' || path.startsWith(CONSOLE_PREFIX);
}

export interface ConsoleSite {
  /** For the not-found handler: true when it answered (the page, or a redirect to `/console/`). */
  fallback(request: FastifyRequest, reply: FastifyReply): boolean;
}

export async function installConsoleSite(
  app: FastifyInstance,
  consoleDir: string,
): Promise<ConsoleSite> {
  const root = resolve(consoleDir);
  const indexFile = resolve(root, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`consoleDir has no index.html: ${root}`);
  // Read once: the page is small, and a half-copied deployment fails at start, not per request.
  const indexHtml = readFileSync(indexFile);
  await app.register(fastifyStatic, {
    root,
    prefix: CONSOLE_PREFIX,
    wildcard: true,
    index: false,
    // The renderer's registration (web mode) may own the reply decorator already.
    decorateReply: false,
    cacheControl: false,
  });
  const sendPage = (reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(indexHtml);
  const publicPage = { config: { access: { kind: 'public' as const } } };
  app.get('/console', publicPage, (_request, reply) => reply.redirect(CONSOLE_PREFIX, 301));
  app.get(CONSOLE_PREFIX, publicPage, (_request, reply) => sendPage(reply));
  return {
    fallback(request, reply) {
      const path = request.url.split('?')[0] ?? '';
      if (request.method !== 'GET' || !path.startsWith(CONSOLE_PREFIX)) return false;
      // A missing /console/assets/x.js stays a 404, never HTML.
      if (/\.[A-Za-z0-9]{1,8}$/.test(path)) return false;
      void sendPage(reply);
      return true;
    },
  };
}
