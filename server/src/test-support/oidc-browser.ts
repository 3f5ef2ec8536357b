/**
 * A browser's part of an OpenID Connect sign-in, for server tests: `/v1/oidc/start` (injected),
 * the provider's redirects (real HTTP, cookies kept), then the callback (injected), stopping at
 * each step so that tests can tamper with what passes through.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { App } from '../app/build-app';

export const TEST_PUBLIC_URL = 'http://amparo.test';

export interface AppPkce {
  verifier: string;
  challenge: string;
  state: string;
}

export function appPkce(): AppPkce {
  const verifier = randomBytes(32).toString('base64url');
  return {
    verifier,
    challenge: createHash('sha256').update(verifier).digest('base64url'),
    state: randomBytes(16).toString('base64url'),
  };
}

/** Follows the provider's redirects until one leaves it (towards Amparo's callback). */
async function throughProvider(authorizeUrl: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizeUrl);
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`provider stopped at ${url}: ${response.status} ${await response.text()}`);
    const next = new URL(location, url);
    if (next.origin !== url.origin) return next;
    url = next;
  }
  throw new Error('too many redirects at the provider');
}

export interface Trip {
  pkce: AppPkce;
  /** Where the provider sent the browser: Amparo's callback with the provider's code and state. */
  callback: URL;
}

/** Start (as the app would) and sign in at the provider; stops before Amparo's callback. */
export async function toCallback(
  app: App,
  options: { client: 'console' | 'laptop'; returnTo: string; pkce?: AppPkce },
): Promise<Trip> {
  const pkce = options.pkce ?? appPkce();
  const query = new URLSearchParams({
    client: options.client,
    returnTo: options.returnTo,
    state: pkce.state,
    challenge: pkce.challenge,
  });
  const started = await app.inject({ method: 'GET', url: `/v1/oidc/start?${query}` });
  if (started.statusCode !== 302) throw new Error(`start: ${started.statusCode} ${started.body}`);
  const callback = await throughProvider(String(started.headers['location']));
  return { pkce, callback };
}

/** Amparo's callback: where it sends the browser back (the app's return address). */
export async function callBack(app: App, callback: URL) {
  const response = await app.inject({
    method: 'GET',
    url: `${callback.pathname}${callback.search}`,
  });
  const location = response.headers['location'];
  return {
    status: response.statusCode,
    body: response.body,
    back: location ? new URL(String(location)) : null,
  };
}

/** The whole trip: the app's return address with `code` (or `error`) and `state`. */
export async function oidcTrip(
  app: App,
  options: { client: 'console' | 'laptop'; returnTo: string },
): Promise<{ pkce: AppPkce; back: URL }> {
  const trip = await toCallback(app, options);
  const answer = await callBack(app, trip.callback);
  if (!answer.back) throw new Error(`callback: ${answer.status} ${answer.body}`);
  return { pkce: trip.pkce, back: answer.back };
}
