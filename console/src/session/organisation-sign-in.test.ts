import { describe, expect, it, vi } from 'vitest';
import { startOrganisationSignIn, takeOrganisationReturn } from './organisation-sign-in';

function fakeLocation(href: string) {
  const url = new URL(href);
  return {
    origin: url.origin,
    pathname: url.pathname,
    search: url.search,
    assign: vi.fn(),
  } as unknown as Location & { assign: ReturnType<typeof vi.fn> };
}

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
}

describe('sign-in with the organisation (console side)', () => {
  it('sends the browser to the server with its own state and S256 challenge, and takes back only its own answer', async () => {
    const storage = memoryStorage();
    const start = fakeLocation('http://amparo.test/console/');
    await startOrganisationSignIn(start, storage);
    const target = new URL(String(start.assign.mock.calls[0]![0]), 'http://amparo.test');
    expect(target.pathname).toBe('/v1/oidc/start');
    expect(target.searchParams.get('client')).toBe('console');
    expect(target.searchParams.get('returnTo')).toBe('http://amparo.test/console/');
    expect(target.searchParams.get('challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const state = target.searchParams.get('state')!;

    const history = { replaceState: vi.fn() } as unknown as History;
    // Someone else's answer (another state): the code is not used.
    const forged = fakeLocation(`http://amparo.test/console/?state=other&code=amh_x`);
    expect(takeOrganisationReturn(forged, history, storage)).toEqual({
      kind: 'error',
      error: 'state',
    });
    // The kept pair is gone after one read: a second answer with the right state is refused too.
    const late = fakeLocation(`http://amparo.test/console/?state=${state}&code=amh_y`);
    expect(takeOrganisationReturn(late, history, storage)).toEqual({
      kind: 'error',
      error: 'state',
    });
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/console/');
  });

  it('returns the code with the verifier whose challenge it sent', async () => {
    const storage = memoryStorage();
    const start = fakeLocation('http://amparo.test/console/');
    await startOrganisationSignIn(start, storage);
    const target = new URL(String(start.assign.mock.calls[0]![0]), 'http://amparo.test');
    const back = fakeLocation(
      `http://amparo.test/console/?state=${target.searchParams.get('state')}&code=amh_code`,
    );
    const answer = takeOrganisationReturn(back, { replaceState: vi.fn() } as never, storage);
    expect(answer?.kind).toBe('code');
    const verifier = (answer as { verifier: string }).verifier;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    const challenge = Buffer.from(digest).toString('base64url');
    expect(challenge).toBe(target.searchParams.get('challenge'));
    expect(storage.length).toBe(0);
  });

  it('reads nothing when the address has no answer', () => {
    expect(
      takeOrganisationReturn(
        fakeLocation('http://amparo.test/console/'),
        {} as never,
        memoryStorage(),
      ),
    ).toBeNull();
  });
});
