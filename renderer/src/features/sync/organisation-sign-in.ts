/**
 * The laptop's sign-in with the organisation (issue 20 #2), desktop mode: a PKCE pair made here
 * and kept in memory, the system browser and loopback listener through the bridge (main never
 * sees the verifier), then the server's answer: tokens, the second step, or a link offer.
 */
import type { MfaChallenge } from '@core/sync/mfa-schemas';
import type { OidcLinkAnswer } from '@core/sync/oidc-schemas';
import type { HostBridge } from '../../bridge/types';
import type { AmparoDatabase } from '../../db/database';
import type { SyncState } from '../../db/sync-state';
import { newPkce } from '../../sync/pkce';
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
  const answer = await finishOrganisationSignIn(
    db,
    input,
    { code: back.code, verifier: pkce.verifier },
    fetchImpl,
  );
  if ('linkToken' in answer) return { kind: 'link', link: answer };
  if ('challengeToken' in answer) return { kind: 'challenge', challenge: answer };
  return { kind: 'signedIn', state: answer };
}
