/**
 * Sign-in with the organisation in desktop mode (RFC 8252): the system browser, never a web view,
 * so Amparo never sees the provider's password and the person's provider session and MFA work as
 * everywhere else. Main listens on 127.0.0.1 on a port the OS picks, opens the browser at the
 * server's start URL with `http://127.0.0.1:<port>/oidc/callback` as where to come back, and waits
 * for one answer carrying the renderer's state (five minutes at most). Requests with another state
 * or path are refused and the wait goes on: another program on this machine can reach the port,
 * but the code is useless without the PKCE verifier, which only the renderer holds.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OrganisationSignInRequest, OrganisationSignInResponse } from '@core/ipc/auth-schemas';
import type { Translator } from '../i18n/desktop-strings';

export const LOOPBACK_PATH = '/oidc/callback';
export const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** The sync server: https, or plain http only on this machine (the embedded demo server). */
export function allowedServer(serverUrl: string): URL | null {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    return url;
  return null;
}

function page(response: ServerResponse, status: number, title: string, body: string) {
  const escape = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'",
    'referrer-policy': 'no-referrer',
  });
  response.end(
    `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
      `<body><h1>${escape(title)}</h1><p>${escape(body)}</p></body></html>`,
  );
}

export interface LoopbackDeps {
  openExternal(url: string): Promise<void>;
  t: Translator;
  timeoutMs?: number;
}

export async function signInThroughBrowser(
  request: OrganisationSignInRequest,
  deps: LoopbackDeps,
): Promise<OrganisationSignInResponse> {
  const server = allowedServer(request.serverUrl);
  if (!server) return { outcome: 'error', error: 'server' };
  const listener = createServer();
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = listener.address() as AddressInfo;
  const returnTo = `http://127.0.0.1:${port}${LOOPBACK_PATH}`;

  let timer: NodeJS.Timeout | undefined;
  const answer = new Promise<OrganisationSignInResponse>((resolve) => {
    timer = setTimeout(
      () => resolve({ outcome: 'error', error: 'timeout' }),
      deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    listener.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', returnTo);
      if (req.method !== 'GET' || url.pathname !== LOOPBACK_PATH) {
        res.writeHead(404).end();
        return;
      }
      if (url.searchParams.get('state') !== request.state) {
        page(res, 400, deps.t('signInBrowser.wrongTitle'), deps.t('signInBrowser.wrongBody'));
        return;
      }
      const code = url.searchParams.get('code');
      const error = url.searchParams.get('error');
      page(res, 200, deps.t('signInBrowser.doneTitle'), deps.t('signInBrowser.doneBody'));
      resolve(
        code && !error
          ? { outcome: 'code', code }
          : { outcome: 'error', error: (error ?? 'refused').slice(0, 40) },
      );
    });
  });

  const start = new URL('/v1/oidc/start', server);
  start.search = new URLSearchParams({
    client: 'laptop',
    returnTo,
    state: request.state,
    challenge: request.challenge,
  }).toString();
  try {
    await deps.openExternal(start.toString());
    return await answer;
  } catch {
    return { outcome: 'error', error: 'browser' };
  } finally {
    clearTimeout(timer);
    listener.closeAllConnections();
    listener.close();
  }
}
