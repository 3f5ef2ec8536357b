import type { MfaChallenge } from '@core/sync/mfa-schemas';
import type { OidcLinkAnswer } from '@core/sync/oidc-schemas';
import { useEffect, useRef, useState } from 'react';
import { getBridge } from '../../bridge';
import { getDatabase } from '../../db/database';
import {
  organisationSignInOffered,
  startOrganisationRedirect,
  takeOrganisationReturn,
} from '../../sync/organisation-redirect';
import type { SignInInput } from '../../sync/session-transport';
import { useOptionalSession } from '../security/SessionContext';
import { useAppInfo } from '../settings/useAppInfo';
import {
  finishOrganisationReturn,
  signInWithOrganisation,
  type OrganisationOutcome,
} from './organisation-sign-in';
import { laptopSignInInput } from './laptop-sign-in-input';
import { useSync } from './SyncContext';

export interface OrganisationHandlers {
  signedIn: (before: Set<string>) => Promise<void>;
  challenge: (challenge: MfaChallenge, input: SignInInput, before: Set<string>) => void;
  link: (link: OidcLinkAnswer) => void;
  /** A reason under `signIn.organisation.refused.*`, or `badServer`. */
  refused: (reason: string) => void;
  failed: (caught: unknown) => void;
  busy: (busy: boolean) => void;
}

function originOf(server: string): string | null {
  try {
    return new URL(server.trim()).origin;
  } catch {
    return null;
  }
}

/** Web mode offers the button when the server does (a hidden button is no dead end). */
function useOffered(web: boolean, server: string): boolean {
  const [offered, setOffered] = useState(false);
  useEffect(() => {
    const origin = web ? originOf(server) : null;
    if (!origin) return;
    let live = true;
    const timer = setTimeout(() => {
      void organisationSignInOffered(origin).then((yes) => live && setOffered(yes));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
      setOffered(false);
    };
  }, [web, server]);
  return web ? offered : true;
}

/**
 * "Sign in with your organisation" on the laptop (docs/identity.md): in desktop mode through the
 * system browser and main's loopback listener; in web mode by redirect, the answer being finished
 * when this form appears again after the page came back and was unlocked.
 */
export function useOrganisationSignIn(server: string, handlers: OrganisationHandlers) {
  const web = getBridge().mode === 'web';
  const { engine } = useSync();
  const info = useAppInfo();
  const session = useOptionalSession()?.session;
  const offered = useOffered(web, server);
  const on = useRef(handlers);
  useEffect(() => {
    on.current = handlers;
  });

  const run = async (
    serverUrl: string,
    go: (input: SignInInput) => Promise<OrganisationOutcome>,
  ) => {
    on.current.busy(true);
    try {
      const { input, before } = await laptopSignInInput(info, engine, {
        serverUrl,
        email: '',
        password: '',
      });
      const outcome = await go(input);
      if (outcome.kind === 'signedIn') await on.current.signedIn(before);
      else if (outcome.kind === 'challenge') on.current.challenge(outcome.challenge, input, before);
      else if (outcome.kind === 'link') on.current.link(outcome.link);
      else on.current.refused(outcome.reason);
    } catch (caught) {
      on.current.failed(caught);
    } finally {
      on.current.busy(false);
    }
  };

  // Web: the browser came back from the provider (captured at page load, before unlock).
  useEffect(() => {
    const back = takeOrganisationReturn();
    if (!back) return;
    const serverUrl = back.kind === 'code' ? back.serverUrl : (originOf(server) ?? '');
    void run(serverUrl, (input) => finishOrganisationReturn(back, getDatabase, input));
    // Once, when the form appears: the answer is taken as it is read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const start = async () => {
    const serverUrl = originOf(server);
    if (!serverUrl) {
      on.current.refused('badServer');
      return;
    }
    if (!web) {
      await run(serverUrl, (input) => signInWithOrganisation(getBridge(), getDatabase, input));
      return;
    }
    // Leaving the page drops the keys, as a lock does: every pending save is committed first.
    on.current.busy(true);
    const leave = () => startOrganisationRedirect(serverUrl);
    const outcome = session ? await session.guard.saveThen('lock', leave) : (await leave(), 'done');
    if (outcome === 'held') on.current.busy(false);
  };

  return { offered, start };
}
