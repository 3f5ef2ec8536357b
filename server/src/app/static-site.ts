/**
 * Web mode: serves the built renderer at `/`, with index.html for any other page path (the
 * renderer routes on the client). API paths never fall back to the page: they answer 404 JSON.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isConsolePath } from './console-site';

export function isApiPath(url: string): boolean {
  return url === '/health' || url.startsWith('/v1/') || url === '/v1';
}

export async function installStaticSite(app: FastifyInstance, staticDir: string) {
  const root = resolve(staticDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`staticDir has no index.html: ${root}`);
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: ['index.html'],
    cacheControl: false,
  });
}

/** For the not-found handler: true when it served the page. */
export function sendSpaFallback(
  request: FastifyRequest,
  reply: FastifyReply,
  staticDir: string | undefined,
): boolean {
  const path = request.url.split('?')[0] ?? '';
  // Only page paths fall back: a missing /assets/app.js must stay a 404, not become HTML.
  const looksLikeFile = /\.[A-Za-z0-9]{1,8}$/.test(path);
  if (
    !staticDir ||
    request.method !== 'GET' ||
    isApiPath(path) ||
    isConsolePath(path) ||
    looksLikeFile
  )
    return false;
  void reply.type('text/html; charset=utf-8').sendFile('index.html', resolve(staticDir));
  return true;
}
