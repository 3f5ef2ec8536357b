import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  captureOrganisationReturn,
  organisationReturnWaiting,
  organisationSignInOffered,
  startOrganisationRedirect,
  takeOrganisationReturn,
} from './organisation-redirect';

// Web mode's sign-in with the organisation by redirect (issue 20 #2): what the tab keeps while
// the browser is away, and what it does with the answer it is sent back with.
const KEY = 'amparo.oidc.pending';

function page(search = '') {
  const assigned: string[] = [];
  const replaced: string[] = [];
  const location = {
    origin: 'http://127.0.0.1:4216',
    pathname: '/',
    search,
    assign: (url: string) => assigned.push(url),
  } as unknown as Location;
  const history = {
    replaceState: (_data: unknown, _unused: string, url: string) => replaced.push(url),
  } as unknown as History;
  return { location, history, assigned, replaced };
}

async function s256(verifier: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return Buffer.from(digest).toString('base64url');
}

afterEach(() => {
  sessionStorage.clear();
  takeOrganisationReturn();
});

/** Leaves for the provider; returns what the tab kept and the start URL. */
async function leave() {
  const away = page();
  await startOrganisationRedirect('https://sync.example.org', away.location, sessionStorage);
  const kept = JSON.parse(sessionStorage.getItem(KEY)!) as {
    verifier: string;
    state: string;
    serverUrl: string;
  };
  return { kept, start: new URL(away.assigned[0]!) };
}

describe('startOrganisationRedirect', () => {
  it('keeps the verifier in the tab and sends only its challenge, back to this page without hash', async () => {
    const { kept, start } = await leave();
    expect(start.origin + start.pathname).toBe('https://sync.example.org/v1/oidc/start');
    expect(start.searchParams.get('client')).toBe('laptop');
    expect(start.searchParams.get('returnTo')).toBe('http://127.0.0.1:4216/');
    expect(start.searchParams.get('state')).toBe(kept.state);
    expect(start.searchParams.get('challenge')).toBe(await s256(kept.verifier));
    expect(start.toString()).not.toContain(kept.verifier);
    expect(kept.serverUrl).toBe('https://sync.example.org');
  });
});

describe('captureOrganisationReturn', () => {
  it('does nothing on an ordinary page load', () => {
    const load = page('');
    expect(captureOrganisationReturn(load.location, load.history, sessionStorage)).toBe(false);
    expect(load.replaced).toEqual([]);
    expect(organisationReturnWaiting()).toBe(false);
  });

  it("takes the code out of the address bar and holds it with the tab's verifier, once", async () => {
    const { kept } = await leave();
    const back = page(`?state=${kept.state}&code=amh_${'c'.repeat(43)}`);
    expect(captureOrganisationReturn(back.location, back.history, sessionStorage)).toBe(true);
    expect(back.replaced).toEqual(['/#/sync']);
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(organisationReturnWaiting()).toBe(true);
    expect(takeOrganisationReturn()).toEqual({
      kind: 'code',
      serverUrl: 'https://sync.example.org',
      code: `amh_${'c'.repeat(43)}`,
      verifier: kept.verifier,
    });
    expect(takeOrganisationReturn()).toBeNull();
  });

  it('refuses an answer with another state (and forgets its own flow), or with none kept', async () => {
    await leave();
    const forged = page(`?state=someone-elses&code=amh_${'c'.repeat(43)}`);
    captureOrganisationReturn(forged.location, forged.history, sessionStorage);
    expect(forged.replaced).toEqual(['/#/sync']);
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(takeOrganisationReturn()).toEqual({ kind: 'error', error: 'state' });

    const replayed = page(`?state=anything&code=amh_${'c'.repeat(43)}`);
    captureOrganisationReturn(replayed.location, replayed.history, sessionStorage);
    expect(takeOrganisationReturn()).toEqual({ kind: 'error', error: 'state' });

    sessionStorage.setItem(KEY, '{not json');
    const broken = page(`?state=x&code=amh_${'c'.repeat(43)}`);
    captureOrganisationReturn(broken.location, broken.history, sessionStorage);
    expect(takeOrganisationReturn()).toEqual({ kind: 'error', error: 'state' });
  });

  it("passes on the server's refusal, naming only the refusals it knows", async () => {
    for (const [error, expected] of [
      ['tenant', 'tenant'],
      ['unavailable', 'unavailable'],
      ['<script>', 'refused'],
    ] as const) {
      const { kept } = await leave();
      const back = page(`?state=${kept.state}&error=${encodeURIComponent(error)}`);
      captureOrganisationReturn(back.location, back.history, sessionStorage);
      expect(takeOrganisationReturn()).toEqual({ kind: 'error', error: expected });
    }
  });
});

describe('organisationSignInOffered', () => {
  it('asks the server, keeps a yes, and asks again after a no or a failure', async () => {
    const answers = [
      () => Promise.reject(new TypeError('offline')),
      () => Promise.resolve(Response.json({ enabled: false, provider: null })),
      () => Promise.resolve(Response.json({ enabled: true, provider: 'entra' })),
    ];
    const fetchImpl = vi.fn(() => answers.shift()!()) as unknown as typeof fetch;
    const server = 'https://offered.example.org';
    expect(await organisationSignInOffered(server, fetchImpl)).toBe(false);
    expect(await organisationSignInOffered(server, fetchImpl)).toBe(false);
    expect(await organisationSignInOffered(server, fetchImpl)).toBe(true);
    expect(await organisationSignInOffered(server, fetchImpl)).toBe(true);
    expect(fetchImpl).toHaveBeenCalledTimes(3);
    expect(fetchImpl).toHaveBeenCalledWith(`${server}/v1/oidc/availability`, { cache: 'no-store' });
  });
});
