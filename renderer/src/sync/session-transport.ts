import { fromBase64 } from '../db/crypto/bytes';
import type { LeaseAnswer } from './sync-engine';
import { AppError } from '@core/errors/app-error';
import type { SignInResponse, TokenPair } from '@core/sync/auth-schemas';
import {
  isMfaChallenge,
  type MfaChallenge,
  type MfaEnrolment,
  type MfaVerifyRequest,
} from '@core/sync/mfa-schemas';
import type { AmparoDatabase } from '../db/database';
import { readSyncState, updateSyncState, type SyncState } from '../db/sync-state';
import { createHttpTransport, type TokenStore, type Transport } from './http-transport';
import type { OidcLinkAnswer } from '@core/sync/oidc-schemas';
import { isOidcLinkAnswer } from '@core/sync/oidc-schemas';
import { refreshAcrossTabs, type RefreshLock } from './refresh-lock';

/** Tokens live in the (encrypted) sync state, never in localStorage or cookies. */
export function syncStateTokenStore(db: () => AmparoDatabase): TokenStore {
  return {
    async read() {
      const state = await readSyncState(db());
      if (!state.accessToken || !state.refreshToken) return null;
      return {
        accessToken: state.accessToken,
        accessTokenExpiresAt: state.accessTokenExpiresAt ?? '',
        refreshToken: state.refreshToken,
        refreshTokenExpiresAt: state.refreshTokenExpiresAt ?? '',
      };
    },
    async save(pair: TokenPair) {
      await updateSyncState(db(), (s) => ({ ...s, ...pair }));
    },
    async checkWritable() {
      // The same state written again: as large as it will be with the new pair.
      await updateSyncState(db(), (s) => s);
    },
  };
}

/**
 * The transport of a signed-in laptop. Its refreshes take the profile's refresh lock (one at a
 * time across tabs; `refreshLock: null` only in the simulation, for a tab without it).
 */
export function transportForState(
  db: () => AmparoDatabase,
  fetchImpl?: typeof fetch,
  options: { refreshLock?: RefreshLock | null } = {},
) {
  return (state: SyncState): Transport | null => {
    if (!state.serverUrl || !state.refreshToken) return null;
    const refreshLock =
      options.refreshLock === undefined
        ? refreshAcrossTabs(`amparo-refresh:${db().name}`)
        : options.refreshLock;
    return createHttpTransport({
      baseUrl: state.serverUrl,
      tokens: syncStateTokenStore(db),
      deviceId: state.deviceId,
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
      ...(refreshLock ? { refreshLock } : {}),
    });
  };
}

export interface SignInInput {
  serverUrl: string;
  email: string;
  password: string;
  deviceName: string;
  platform: string;
  appVersion: string;
  /** The device lease the server started (issue 19 #2). */
  onLease?: (lease: LeaseAnswer) => Promise<void>;
  /** A provider account to link at this password sign-in (issue 20 #2). */
  oidcLinkToken?: string;
}

/**
 * Registers this laptop with the server (or signs it in again, keeping its device id, its
 * sequence and its outbox). Switching to a different account is refused while work is unsynced.
 * Staff (and attorneys whose organisation requires it) get a challenge instead: the form asks for
 * the code and calls `signInWithCode` (or enrols with `startMfaEnrolment` / `confirmMfaEnrolment`).
 */
export async function signIn(
  db: () => AmparoDatabase,
  input: SignInInput,
  fetchImpl?: typeof fetch,
): Promise<SyncState | MfaChallenge> {
  const previous = await readSyncState(db());
  const sameServer = previous.serverUrl === input.serverUrl;
  const response = await transportFor(input, fetchImpl).signIn({
    email: input.email,
    password: input.password,
    device: {
      name: input.deviceName.slice(0, 100),
      platform: input.platform.slice(0, 50),
      appVersion: input.appVersion,
    },
    ...(sameServer && previous.deviceId ? { deviceId: previous.deviceId } : {}),
    ...(input.oidcLinkToken ? { oidcLinkToken: input.oidcLinkToken } : {}),
  });
  if (isMfaChallenge(response)) return response;
  return applySignIn(db, input, response);
}

/**
 * Sign-in with the organisation (issue 20 #2): the one-time code the server handed back through
 * the browser, and the PKCE verifier only this page holds. Tokens as after a password (refresh
 * works offline as before), the second step, or an offer to link the provider account by signing
 * in once with the password (`oidcLinkToken` on `signIn`). `input.email` is empty here: the
 * provider's email is never used for anything.
 */
export async function finishOrganisationSignIn(
  db: () => AmparoDatabase,
  input: SignInInput,
  handoff: { code: string; verifier: string },
  fetchImpl?: typeof fetch,
): Promise<SyncState | MfaChallenge | OidcLinkAnswer> {
  const previous = await readSyncState(db());
  const sameServer = previous.serverUrl === input.serverUrl;
  const response = await transportFor(input, fetchImpl).finishOrganisationSignIn!({
    ...handoff,
    device: {
      name: input.deviceName.slice(0, 100),
      platform: input.platform.slice(0, 50),
      appVersion: input.appVersion,
    },
    ...(sameServer && previous.deviceId ? { deviceId: previous.deviceId } : {}),
  });
  if (isMfaChallenge(response) || isOidcLinkAnswer(response)) return response;
  return applySignIn(db, input, response);
}

function transportFor(input: Pick<SignInInput, 'serverUrl'>, fetchImpl?: typeof fetch) {
  const tokens: { pair: TokenPair | null } = { pair: null };
  return createHttpTransport({
    baseUrl: input.serverUrl,
    tokens: { read: async () => tokens.pair, save: async (pair) => void (tokens.pair = pair) },
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

/** The second step: the code from the authenticator app (or a recovery code). */
export async function signInWithCode(
  db: () => AmparoDatabase,
  input: SignInInput,
  request: MfaVerifyRequest,
  fetchImpl?: typeof fetch,
): Promise<SyncState> {
  return applySignIn(db, input, await transportFor(input, fetchImpl).mfa!.verify(request));
}

export function startMfaEnrolment(
  input: Pick<SignInInput, 'serverUrl'>,
  challengeToken: string,
  fetchImpl?: typeof fetch,
): Promise<MfaEnrolment> {
  return transportFor(input, fetchImpl).mfa!.startEnrolment(challengeToken);
}

/** The first code confirms the enrolment; the recovery codes are for the person to keep. */
export async function confirmMfaEnrolment(
  db: () => AmparoDatabase,
  input: SignInInput,
  request: MfaVerifyRequest,
  fetchImpl?: typeof fetch,
): Promise<{ state: SyncState; recoveryCodes: string[] }> {
  const response = await transportFor(input, fetchImpl).mfa!.confirmEnrolment(request);
  return { state: await applySignIn(db, input, response), recoveryCodes: response.recoveryCodes };
}

async function applySignIn(
  db: () => AmparoDatabase,
  input: SignInInput,
  response: SignInResponse,
): Promise<SyncState> {
  const previous = await readSyncState(db());
  const sameServer = previous.serverUrl === input.serverUrl;
  if (previous.userId && previous.userId !== response.userId) {
    const pending = await db().outbox.count();
    if (pending > 0) {
      throw new AppError('conflict', 'other_account_with_unsynced_work');
    }
  }
  const newDevice = !(sameServer && previous.deviceId === response.deviceId);
  const database = db();
  const tables = [database.syncState, database.outbox, database.acknowledged];
  if (response.lease) {
    await input.onLease?.({
      deviceId: response.deviceId,
      share: fromBase64(response.lease.share),
      expiresAt: response.lease.expiresAt,
      serverTime: response.lease.serverTime,
      serverUrl: input.serverUrl,
    });
  }
  return database.transaction('rw', tables, async () => {
    if (newDevice) {
      // A new device id starts a new sequence: unacknowledged entries are numbered again, and
      // what the old device id had acknowledged is no longer this device's to send again.
      const rows = await database.outbox.toArray();
      await database.outbox.bulkPut(rows.map((row) => ({ ...row, seq: null })));
      await database.acknowledged.clear();
    }
    return updateSyncState(database, (s) => ({
      ...s,
      serverUrl: input.serverUrl,
      deviceId: response.deviceId,
      userId: response.userId,
      role: response.role,
      displayName: response.displayName,
      email: input.email || null,
      accessToken: response.accessToken,
      accessTokenExpiresAt: response.accessTokenExpiresAt,
      refreshToken: response.refreshToken,
      refreshTokenExpiresAt: response.refreshTokenExpiresAt,
      ...(newDevice ? { nextSeq: 1, lastAckedSeq: 0, cursor: null } : {}),
    }));
  });
}
