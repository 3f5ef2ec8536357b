import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { readSyncState } from '../../db/sync-state';
import { createTestDatabase } from '../../db/test-database';
import type { SignInInput } from '../../sync/session-transport';
import { finishOrganisationReturn, signInWithOrganisation } from './organisation-sign-in';

const input: SignInInput = {
  serverUrl: 'https://sync.example.org',
  email: '',
  password: '',
  deviceName: 'Amparo desktop (linux)',
  platform: 'linux',
  appVersion: '0.1.0',
};
const tokens = {
  accessToken: `amp_${'a'.repeat(43)}`,
  accessTokenExpiresAt: '2026-12-07T02:00:00.000Z',
  refreshToken: `amp_${'r'.repeat(43)}`,
  refreshTokenExpiresAt: '2027-01-06T01:00:00.000Z',
  userId: '2b6a2c54-3f0e-4a53-9d1e-2f6f3d5b7a11',
  orgId: '5c1e8a90-6b2d-4f3e-8a7c-9d0e1f2a3b4c',
  role: 'attorney',
  displayName: 'Rosa Abogada (test)',
  deviceId: '7e3f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
};

/** The server's finish route: answers `answer` when the verifier matches what the bridge was given. */
function server(answer: unknown) {
  const seen: Array<{ code: string; verifier: string; device: unknown }> = [];
  const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    expect(String(url)).toBe('https://sync.example.org/v1/auth/oidc/finish');
    seen.push(JSON.parse(String(init?.body)) as (typeof seen)[number]);
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof fetch;
  return { seen, fetchImpl };
}

async function s256(verifier: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return Buffer.from(digest).toString('base64url');
}

describe("the laptop's sign-in with the organisation (desktop)", () => {
  it('asks main for the browser trip with a challenge, finishes with the matching verifier, and keeps the tokens', async () => {
    const { db } = await createTestDatabase();
    const requests: Array<{ serverUrl: string; state: string; challenge: string }> = [];
    const bridge = {
      signInWithOrganisation: vi.fn(async (request: (typeof requests)[number]) => {
        requests.push(request);
        return { outcome: 'code' as const, code: `amh_${'c'.repeat(43)}` };
      }),
    };
    const { seen, fetchImpl } = server(tokens);
    const outcome = await signInWithOrganisation(bridge, () => db, input, fetchImpl);
    expect(outcome.kind).toBe('signedIn');
    expect(requests[0]!.serverUrl).toBe('https://sync.example.org');
    // The verifier went only to the server, and it is the one behind the challenge main carried.
    expect(JSON.stringify(requests)).not.toContain(seen[0]!.verifier);
    expect(await s256(seen[0]!.verifier)).toBe(requests[0]!.challenge);
    const state = await readSyncState(db);
    expect(state.refreshToken).toBe(tokens.refreshToken);
    expect(state.userId).toBe(tokens.userId);
    db.close();
  });

  it('passes on a link offer, a second step, and a refusal without calling the server', async () => {
    const { db } = await createTestDatabase();
    const bridge = {
      signInWithOrganisation: async () => ({
        outcome: 'code' as const,
        code: `amh_${'c'.repeat(43)}`,
      }),
    };
    const link = {
      oidc: 'link',
      linkToken: `aml_${'l'.repeat(43)}`,
      linkExpiresAt: tokens.refreshTokenExpiresAt,
    };
    expect(
      (await signInWithOrganisation(bridge, () => db, input, server(link).fetchImpl)).kind,
    ).toBe('link');
    const challenge = {
      mfa: 'verify',
      challengeToken: `amf_${'m'.repeat(43)}`,
      challengeExpiresAt: tokens.accessTokenExpiresAt,
    };
    expect(
      (await signInWithOrganisation(bridge, () => db, input, server(challenge).fetchImpl)).kind,
    ).toBe('challenge');
    const refused = server(tokens);
    const tenant = {
      signInWithOrganisation: async () => ({ outcome: 'error' as const, error: 'tenant' }),
    };
    expect(await signInWithOrganisation(tenant, () => db, input, refused.fetchImpl)).toEqual({
      kind: 'refused',
      reason: 'tenant',
    });
    expect(refused.seen).toHaveLength(0);
    expect((await readSyncState(db)).refreshToken).toBeNull();
    db.close();
  });
});

describe("the laptop's sign-in with the organisation (web mode, by redirect)", () => {
  it("finishes the captured answer with the tab's verifier at the server that started it", async () => {
    const { db } = await createTestDatabase();
    const { seen, fetchImpl } = server(tokens);
    const back = {
      kind: 'code' as const,
      serverUrl: 'https://sync.example.org',
      code: `amh_${'c'.repeat(43)}`,
      verifier: 'v'.repeat(43),
    };
    const web = { ...input, deviceName: 'Amparo web', platform: 'web' };
    expect((await finishOrganisationReturn(back, () => db, web, fetchImpl)).kind).toBe('signedIn');
    expect(seen[0]).toMatchObject({ code: back.code, verifier: back.verifier });
    expect(seen[0]!.device).toMatchObject({ name: 'Amparo web' });
    expect((await readSyncState(db)).refreshToken).toBe(tokens.refreshToken);
    db.close();
  });

  it('passes on a refusal without calling the server, and a spent code as a refusal', async () => {
    const { db } = await createTestDatabase();
    const quiet = server(tokens);
    expect(
      await finishOrganisationReturn(
        { kind: 'error', error: 'state' },
        () => db,
        input,
        quiet.fetchImpl,
      ),
    ).toEqual({ kind: 'refused', reason: 'state' });
    expect(quiet.seen).toHaveLength(0);
    const spent = vi.fn(async () =>
      Response.json({ code: 'unauthorized', message: 'auth.oidc.expired' }, { status: 401 }),
    ) as unknown as typeof fetch;
    const back = {
      kind: 'code' as const,
      serverUrl: 'https://sync.example.org',
      code: `amh_${'c'.repeat(43)}`,
      verifier: 'v'.repeat(43),
    };
    expect(await finishOrganisationReturn(back, () => db, input, spent)).toEqual({
      kind: 'refused',
      reason: 'refused',
    });
    expect((await readSyncState(db)).refreshToken).toBeNull();
    db.close();
  });
});
