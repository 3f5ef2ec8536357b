/**
 * The laptop's sign-in with the organisation in web mode (issue 20 #2), by redirect: the page
 * leaves for the server's start URL, the provider, and comes back to this origin with
 * `?state=…&code=amh_…` (or `&error=…`). Leaving the page drops the vault's keys, so:
 * - `startOrganisationRedirect` keeps the PKCE verifier, the state and the server in this tab's
 *   session storage only while the browser is away (nothing about clients; the verifier alone
 *   opens nothing, the server's one-time code alone neither);
 * - `captureOrganisationReturn` runs before the app renders: it takes the answer out of the
 *   address bar and this history entry, removes the stored entry, checks the state, and holds
 *   the code and verifier in memory only, for the Sync page to finish after unlock
 *   (`takeOrganisationReturn`). The server spends the code on first use, or after two minutes.
 */
import { newPkce } from './pkce';

const KEY = 'amparo.oidc.pending';

export type OrganisationReturnError =
  'tenant' | 'refused' | 'unavailable' | 'not_configured' | 'state';

export type OrganisationReturn =
  | { kind: 'code'; serverUrl: string; code: string; verifier: string }
  | { kind: 'error'; error: OrganisationReturnError };

const KNOWN_ERRORS: readonly string[] = ['tenant', 'refused', 'unavailable', 'not_configured'];

let held: OrganisationReturn | null = null;

/** Where the server sends the browser back: this page, without query or hash (the server refuses a hash). */
function returnAddress(location: Location): string {
  return `${location.origin}${location.pathname}`;
}

export async function startOrganisationRedirect(
  serverUrl: string,
  location: Location = globalThis.location,
  storage: Storage = globalThis.sessionStorage,
): Promise<void> {
  const pkce = await newPkce();
  storage.setItem(KEY, JSON.stringify({ verifier: pkce.verifier, state: pkce.state, serverUrl }));
  const query = new URLSearchParams({
    client: 'laptop',
    returnTo: returnAddress(location),
    state: pkce.state,
    challenge: pkce.challenge,
  });
  location.assign(`${serverUrl}/v1/oidc/start?${query}`);
}

function readKept(storage: Storage): { verifier?: unknown; state?: unknown; serverUrl?: unknown } {
  const kept = storage.getItem(KEY);
  storage.removeItem(KEY);
  try {
    const parsed: unknown = kept ? JSON.parse(kept) : {};
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/** At page load: the provider's answer, if this load is one. Returns whether it was. */
export function captureOrganisationReturn(
  location: Location = globalThis.location,
  history: History = globalThis.history,
  storage: Storage = globalThis.sessionStorage,
): boolean {
  const params = new URLSearchParams(location.search);
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return false;
  // Out of the address bar and this history entry before anything else runs; the Sync page next.
  history.replaceState(null, '', `${location.pathname}#/sync`);
  const kept = readKept(storage);
  if (
    typeof kept.verifier !== 'string' ||
    typeof kept.serverUrl !== 'string' ||
    kept.state !== params.get('state')
  ) {
    // Not the answer to this tab's own request (a forged link, the history, another tab).
    held = { kind: 'error', error: 'state' };
    return true;
  }
  const error = params.get('error');
  const code = params.get('code');
  if (error !== null || !code)
    held = {
      kind: 'error',
      error: KNOWN_ERRORS.includes(error ?? '') ? (error as OrganisationReturnError) : 'refused',
    };
  else held = { kind: 'code', serverUrl: kept.serverUrl, code, verifier: kept.verifier };
  return true;
}

/** The answer captured at page load, once. */
export function takeOrganisationReturn(): OrganisationReturn | null {
  const answer = held;
  held = null;
  return answer;
}

/** Whether an answer waits for the Sync page (the lock screen says so). */
export function organisationReturnWaiting(): boolean {
  return held !== null;
}

const offered = new Map<string, Promise<boolean>>();

/** Whether the server offers sign-in with an organisation (asked once per server and page load). */
export function organisationSignInOffered(
  serverUrl: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<boolean> {
  let answer = offered.get(serverUrl);
  if (!answer) {
    answer = fetchImpl(`${serverUrl}/v1/oidc/availability`, { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => !!(json && (json as { enabled?: unknown }).enabled === true))
      .catch(() => false);
    offered.set(serverUrl, answer);
    // Only a yes is kept: a server out of reach, or not offering it yet, is asked again.
    void answer.then((yes) => yes || offered.delete(serverUrl));
  }
  return answer;
}
