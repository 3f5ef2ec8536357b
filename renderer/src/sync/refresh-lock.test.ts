/**
 * Two tabs of one laptop whose access token expired at the same moment refresh it once: the
 * second waits for the first and takes the pair it stored (issue 21). Without the lock both
 * present the same refresh token, and a tab that comes second after the new pair was used would
 * be taken for a thief.
 */
import { describe, expect, it } from 'vitest';
import { updateSyncState } from '../db/sync-state';
import { createTestDatabase } from '../db/test-database';
import { transportForState } from './session-transport';
import { readSyncState } from '../db/sync-state';
import type { RefreshLock } from './refresh-lock';

const deviceId = '4f0c2a1b-7d6e-4c5b-9a8f-1e2d3c4b5a69';
const helloRequest = {
  deviceId,
  appVersion: '0.1.0',
  protocolVersion: 1,
  schemaVersion: 1,
  lastAckedSeq: 0,
};
const helloAnswer = {
  serverTime: '2026-12-06T10:00:00.000Z',
  protocolVersion: 1,
  minProtocol: 1,
  schemaVersion: 1,
  lastAckedSeq: 0,
  leaseExpiresAt: '2027-01-06T10:00:00.000Z',
  wipe: false,
  upgrade: 'none',
};

/** A server that rotates on every refresh and refuses a used refresh token. */
function rotatingServer() {
  let generation = 0;
  const used = new Set<string>();
  const refreshes: string[] = [];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = String(input);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    if (url.endsWith('/v1/auth/refresh')) {
      const { refreshToken } = JSON.parse(String(init?.body)) as { refreshToken: string };
      refreshes.push(refreshToken);
      // Both tabs' requests are in flight together before either answer is read.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (used.has(refreshToken) || refreshToken !== `refresh-${generation}-token-padding`)
        return json(401, { code: 'unauthorized', message: 'auth.refreshRejected' });
      used.add(refreshToken);
      generation += 1;
      return json(200, {
        accessToken: `access-${generation}-token-padding`,
        accessTokenExpiresAt: '2026-12-06T10:15:00.000Z',
        refreshToken: `refresh-${generation}-token-padding`,
        refreshTokenExpiresAt: '2027-01-06T10:00:00.000Z',
      });
    }
    if (headers['authorization'] !== `Bearer access-${generation}-token-padding`)
      return json(401, { code: 'unauthorized', message: 'unauthorized' });
    return json(200, helloAnswer);
  };
  return { fetchImpl, refreshes };
}

async function signedInLaptop() {
  const { db } = await createTestDatabase();
  await updateSyncState(db, (s) => ({
    ...s,
    serverUrl: 'http://server.test',
    deviceId,
    accessToken: 'access-stale-token-padding',
    accessTokenExpiresAt: '2026-12-06T09:00:00.000Z',
    refreshToken: 'refresh-0-token-padding',
    refreshTokenExpiresAt: '2027-01-06T10:00:00.000Z',
  }));
  return db;
}

describe('token refresh across two tabs', () => {
  it('sends one refresh when two tabs find the access token expired at once', async () => {
    const db = await signedInLaptop();
    const server = rotatingServer();
    const state = await readSyncState(db);
    const tabOne = transportForState(() => db, server.fetchImpl)(state)!;
    const tabTwo = transportForState(() => db, server.fetchImpl)(state)!;
    const answers = await Promise.all([tabOne.hello(helloRequest), tabTwo.hello(helloRequest)]);
    expect(answers.map((a) => a.lastAckedSeq)).toEqual([0, 0]);
    expect(server.refreshes).toEqual(['refresh-0-token-padding']);
    expect((await readSyncState(db)).refreshToken).toBe('refresh-1-token-padding');
    // Later expiries still refresh, once each.
    await updateSyncState(db, (s) => ({ ...s, accessToken: 'access-stale-token-padding' }));
    await Promise.all([tabTwo.hello(helloRequest), tabOne.hello(helloRequest)]);
    expect(server.refreshes).toEqual(['refresh-0-token-padding', 'refresh-1-token-padding']);
    db.close();
  });

  it('without the lock, the two tabs present one token twice (what the lock prevents)', async () => {
    const db = await signedInLaptop();
    const server = rotatingServer();
    const state = await readSyncState(db);
    const none: RefreshLock | null = null;
    const tabs = [1, 2].map(() =>
      transportForState(() => db, server.fetchImpl, { refreshLock: none })(state)!,
    );
    const answers = await Promise.allSettled(tabs.map((tab) => tab.hello(helloRequest)));
    expect(server.refreshes).toEqual(['refresh-0-token-padding', 'refresh-0-token-padding']);
    expect(answers.map((a) => a.status)).toContain('rejected');
    db.close();
  });
});
