/**
 * The server's share of a first sync, without a browser: signs in as a new device and pulls every
 * page over HTTP from Node, reading each body as the laptop would. Printed beside the browser runs
 * so a slow server and a slow laptop can be told apart.
 */
import type { SeededServer } from './seeded-server';

export interface ServerPullResult {
  ms: number;
  pages: number;
  rows: number;
}

export async function pullEverything(server: SeededServer): Promise<ServerPullResult> {
  const signIn = await fetch(`${server.url}/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: server.email,
      password: server.password,
      device: { name: 'Bench probe', platform: 'linux', appVersion: '0.1.0' },
    }),
  });
  const { accessToken: token } = (await signIn.json()) as { accessToken?: string };
  if (!signIn.ok || !token) throw new Error(`sign-in failed: ${signIn.status}`);
  let cursor: string | undefined;
  let rows = 0;
  let pages = 0;
  const started = performance.now();
  for (;;) {
    const url = new URL('/v1/sync/pull', server.url);
    if (cursor) url.searchParams.set('cursor', cursor);
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`pull failed: ${response.status}`);
    const page = (await response.json()) as {
      changes: unknown[];
      nextCursor: string;
      hasMore: boolean;
    };
    rows += page.changes.length;
    pages += 1;
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }
  return { ms: performance.now() - started, pages, rows };
}
