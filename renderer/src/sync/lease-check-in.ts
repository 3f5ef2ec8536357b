import { AppError } from '@core/errors/app-error';
import type { SignInResponse } from '@core/sync/auth-schemas';
import { isMfaChallenge } from '@core/sync/mfa-schemas';
import { fromBase64 } from '../db/crypto/bytes';
import { createHttpTransport } from './http-transport';
import type { LeaseAnswer } from './sync-engine';

/**
 * A check-in from the lock screen once the lease has ended (issue 19 #2): signing in again as this
 * device hands back its share and a new lease. The tokens of this sign-in are not kept (the
 * store is still locked); the app's own sync signs in as usual once unlocked.
 */
export async function checkInFromLockScreen(
  input: {
    serverUrl: string;
    deviceId: string;
    email: string;
    password: string;
    device: { name: string; platform: string; appVersion: string };
    /** Staff: the code from the authenticator app (their sign-in has a second step). */
    code?: string;
  },
  fetchImpl?: typeof fetch,
): Promise<LeaseAnswer> {
  const transport = createHttpTransport({
    baseUrl: input.serverUrl,
    tokens: { read: async () => null, save: async () => undefined },
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  const answer = await transport.signIn({
    email: input.email,
    password: input.password,
    device: input.device,
    deviceId: input.deviceId,
  });
  let response: SignInResponse;
  if (isMfaChallenge(answer)) {
    if (answer.mfa !== 'verify' || !input.code)
      throw new AppError('unauthorized', 'mfa_code_required');
    response = await transport.mfa!.verify({
      challengeToken: answer.challengeToken,
      code: input.code,
    });
  } else response = answer;
  // Another device id: this laptop was revoked (or the account is another's); no share for it.
  if (response.deviceId !== input.deviceId || !response.lease)
    throw new AppError('forbidden', 'lease_not_renewed');
  return {
    deviceId: response.deviceId,
    share: fromBase64(response.lease.share),
    expiresAt: response.lease.expiresAt,
    serverTime: response.lease.serverTime,
    serverUrl: input.serverUrl,
  };
}
