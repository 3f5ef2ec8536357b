/**
 * The laptop's sign-in with the organisation (issue 20 #2), then the server's answer: tokens, the
 * second step, or a link offer.
 * - Desktop: a PKCE pair made here and kept in memory, the system browser and loopback listener
 *   through the bridge (main never sees the verifier).
 * - Web: by redirect (sync/organisation-redirect.ts); the answer captured at page load is
 *   finished here, once the vault is open again.
 */
import { AppError } from '@core/errors/app-error';
import type { MfaChallenge } from '@core/sync/mfa-schemas';
import type { OidcLinkAnswer } from '@core/sync/oidc-schemas';
import type { HostBridge } from '../../bridge/types';
import type { AmparoDatabase } from '../../db/database';
import type { SyncState } from '../../db/sync-state';
import { newPkce } from '../../sync/pkce';
import type { OrganisationReturn } from '../../sync/organisation-redirect';
import { finishOrganisationSignIn, type SignInInput } from '../../sync/session-transport';

export type OrganisationOutcome =
  | { kind: 'signedIn'; state: SyncState }
  | { kind: 'challenge'; challenge: MfaChallenge }
  | { kind: 'link'; link: OidcLinkAnswer }
  | { kind: 'refused'; reason: string };

export async function signInWithOrganisation(
  bridge: Pick<HostBridge, 'signInWithOrganisation'>,
  db: () => AmparoDatabase,
  input: SignInInput,
  fetchImpl?: typeof fetch,
): Promise<OrganisationOutcome> {
  const pkce = await newPkce();
  const back = await bridge.signInWithOrganisation({
    serverUrl: input.serverUrl,
    state: pkce.state,
    challenge: pkce.challenge,
  });
  if (back === 'unsupported') return { kind: 'refused', reason: 'unsupported' };
  if (back.outcome === 'error') return { kind: 'refused', reason: back.error };
  return finish(db, input, { code: back.code, verifier: pkce.verifier }, fetchImpl);
}

/** Web mode: the answer the browser brought back from the provider (to `input.serverUrl`). */
export async function finishOrganisationReturn(
  back: OrganisationReturn,
  db: () => AmparoDatabase,
  input: SignInInput,
  fetchImpl?: typeof fetch,
): Promise<OrganisationOutcome> {
  if (back.kind === 'error') return { kind: 'refused', reason: back.error };
  try {
    return await finish(db, input, { code: back.code, verifier: back.verifier }, fetchImpl);
  } catch (caught) {
    // A spent or expired code, or an account refused (disabled): not a wrong password.
    if (caught instanceof AppError && caught.code === 'unauthorized')
      return { kind: 'refused', reason: 'refused' };
    throw caught;
  }
}

async function finish(
  db: () => AmparoDatabase,
  input: SignInInput,
  handoff: { code: string; verifier: string },
  fetchImpl?: typeof fetch,
): Promise<OrganisationOutcome> {
  const answer = await finishOrganisationSignIn(db, input, handoff, fetchImpl);
  if ('linkToken' in answer) return { kind: 'link', link: answer };
  if ('challengeToken' in answer) return { kind: 'challenge', challenge: answer };
  return { kind: 'signedIn', state: answer };
}
