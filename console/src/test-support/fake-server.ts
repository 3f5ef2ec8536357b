/** A scripted `fetch` for console tests: answers by method and path, records every call. */
export interface RecordedCall {
  method: string;
  path: string;
  init: RequestInit;
  body: unknown;
}

type Handler = (
  call: RecordedCall,
) => { status: number; body: unknown } | Promise<{ status: number; body: unknown }>;

export function fakeServer(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://console.test');
    const method = init.method ?? 'GET';
    const call: RecordedCall = {
      method,
      path: url.pathname + url.search,
      init,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const handler = routes[`${method} ${url.pathname}`];
    const answer = handler
      ? await handler(call)
      : { status: 404, body: { code: 'not_found', message: 'not_found' } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

export const session = {
  id: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0a01',
  userId: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0a02',
  orgId: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0a03',
  role: 'admin' as const,
  displayName: 'Ari Admin (test)',
  createdAt: '2026-12-01T15:00:00.000Z',
  expiresAt: '2026-12-02T03:00:00.000Z',
  idleTimeoutSeconds: 1800,
};

let counter = 0;
/** A console token pair answer, access token valid for `accessSeconds` from `now`. */
export function tokens(now: number, accessSeconds = 600) {
  counter += 1;
  return {
    accessToken: `amc_access_${'a'.repeat(20)}_${counter}`,
    accessTokenExpiresAt: new Date(now + accessSeconds * 1000).toISOString(),
    refreshToken: `amc_refresh_${'r'.repeat(20)}_${counter}`,
    session,
  };
}
