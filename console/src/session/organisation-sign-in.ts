/**
 * "Sign in with your organisation" (OpenID Connect through the server, docs/identity.md): the
 * console makes its own PKCE pair and state, keeps them in this tab's session storage only until
 * the browser comes back (they are not about clients, and are removed on return), and sends the
 * browser to the server's start URL. On return it reads `code` or `error`, checks its state, and
 * removes them from the address bar.
 */
const KEY = 'amparo.console.oidc';

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random(length: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(length)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Where the server sends the browser back: the console's own start page. */
function returnTo(location: Location): string {
  return new URL('/console/', location.origin).toString();
}

export async function startOrganisationSignIn(
  location: Location = window.location,
  // eslint-disable-next-line no-restricted-properties -- a sign-in in progress (PKCE verifier, state), no client data; removed on return
  storage: Storage = window.sessionStorage,
): Promise<void> {
  const verifier = random(32);
  const state = random(16);
  storage.setItem(KEY, JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({
    client: 'console',
    returnTo: returnTo(location),
    state,
    challenge: await challengeOf(verifier),
  });
  location.assign(`/v1/oidc/start?${query}`);
}

export type OrganisationReturn =
  | { kind: 'code'; code: string; verifier: string }
  | { kind: 'error'; error: 'tenant' | 'refused' | 'unavailable' | 'not_configured' | 'state' };

const KNOWN_ERRORS = ['tenant', 'refused', 'unavailable', 'not_configured'] as const;

/** The answer in the address bar after the provider, if there is one (read once). */
export function takeOrganisationReturn(
  location: Location = window.location,
  history: History = window.history,
  // eslint-disable-next-line no-restricted-properties -- see startOrganisationSignIn
  storage: Storage = window.sessionStorage,
): OrganisationReturn | null {
  const params = new URLSearchParams(location.search);
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return null;
  history.replaceState(null, '', location.pathname);
  const kept = storage.getItem(KEY);
  storage.removeItem(KEY);
  let saved: { verifier?: unknown; state?: unknown } = {};
  try {
    saved = kept ? (JSON.parse(kept) as typeof saved) : {};
  } catch {
    saved = {};
  }
  // Not the answer to this tab's own request (or this tab forgot it): ignore the code.
  if (typeof saved.verifier !== 'string' || saved.state !== params.get('state'))
    return { kind: 'error', error: 'state' };
  const error = params.get('error');
  if (error !== null)
    return {
      kind: 'error',
      error: (KNOWN_ERRORS as readonly string[]).includes(error)
        ? (error as (typeof KNOWN_ERRORS)[number])
        : 'refused',
    };
  return { kind: 'code', code: params.get('code') ?? '', verifier: saved.verifier };
}
