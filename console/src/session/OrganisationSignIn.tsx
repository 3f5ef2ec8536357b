import type { MfaChallenge } from '@core/sync/mfa-schemas';
import type { OidcLinkAnswer } from '@core/sync/oidc-schemas';
import { isOidcLinkAnswer } from '@core/sync/oidc-schemas';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationReturn } from './organisation-sign-in';
import { startOrganisationSignIn, takeOrganisationReturn } from './organisation-sign-in';
import { useSessionStore } from './SessionContext';

type ReturnError = Extract<OrganisationReturn, { kind: 'error' }>['error'];

/**
 * The answer the browser brings back from the organisation's provider (read once, on the first
 * render of the sign-in page): a session, the second step, a link offer, or a refusal.
 */
export function useOrganisationReturn(handlers: {
  onChallenge: (challenge: MfaChallenge) => void;
  onLink: (link: OidcLinkAnswer) => void;
  onFailure: (error: unknown) => void;
}) {
  const store = useSessionStore();
  const [refusal, setRefusal] = useState<ReturnError | null>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    const back = takeOrganisationReturn();
    if (!back) return;
    if (back.kind === 'error') {
      setRefusal(back.error);
      return;
    }
    setPending(true);
    store.finishOrganisationSignIn(back.code, back.verifier).then(
      (answer) => {
        setPending(false);
        if (answer && isOidcLinkAnswer(answer)) handlers.onLink(answer);
        else if (answer) handlers.onChallenge(answer);
      },
      (error: unknown) => {
        setPending(false);
        handlers.onFailure(error);
      },
    );
    // Once, on arrival: the address bar is cleared as it is read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { refusal, pending };
}

/** "Sign in with your organisation", when the server offers it. */
export function OrganisationSignInButton({ refusal }: { refusal: ReturnError | null }) {
  const { t } = useTranslation();
  const store = useSessionStore();
  const [offered, setOffered] = useState(false);
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    let live = true;
    void store.organisationSignInOffered().then((yes) => live && setOffered(yes));
    return () => {
      live = false;
    };
  }, [store]);
  if (!offered && !refusal) return null;
  return (
    <div className="organisation-sign-in">
      {refusal ? (
        <p className="notice notice-error" role="alert">
          {t(`signIn.organisation.refused.${refusal}`)}
        </p>
      ) : null}
      {offered ? (
        <>
          <p className="field-hint">{t('signIn.organisation.or')}</p>
          <button
            type="button"
            disabled={leaving}
            onClick={() => {
              setLeaving(true);
              void startOrganisationSignIn();
            }}
          >
            {leaving ? t('signIn.organisation.leaving') : t('signIn.organisation.button')}
          </button>
        </>
      ) : null}
    </div>
  );
}
