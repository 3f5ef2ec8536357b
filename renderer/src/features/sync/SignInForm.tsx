import { AppError } from '@core/errors/app-error';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getBridge } from '../../bridge';
import { getDatabase } from '../../db/database';
import { focusPageHeading } from '../../lib/page-focus';
import { isMfaChallenge, type MfaChallenge } from '@core/sync/mfa-schemas';
import { signIn, type SignInInput } from '../../sync/session-transport';
import { MfaSignInStep } from './MfaSignInStep';
import type { OidcLinkAnswer } from '@core/sync/oidc-schemas';
import { useOrganisationSignIn } from './useOrganisationSignIn';
import { NetworkError } from '../../sync/http-transport';
import { caseIdsOnLaptop } from '../../db/documents-repository';
import { useAppInfo } from '../settings/useAppInfo';
import { arrivedCaseIds, type Arrivals, type TodayRouteState } from '../today';
import { laptopSignInInput } from './laptop-sign-in-input';
import { useSync } from './SyncContext';

export function SignInForm({ defaultServer }: { defaultServer: string }) {
  const { t } = useTranslation('sync');
  const { engine } = useSync();
  const navigate = useNavigate();
  const info = useAppInfo();
  // In a browser, autofill would keep the email and server address in the profile in clear.
  const web = getBridge().mode === 'web';
  const [server, setServer] = useState(defaultServer);
  // The embedded server's address arrives after the first render (app info is asynchronous).
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched && defaultServer) setServer(defaultServer);
  }, [defaultServer, touched]);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // A provider account not linked yet: the password sign-in below links it (docs/identity.md).
  const [link, setLink] = useState<OidcLinkAnswer | null>(null);
  const [second, setSecond] = useState<{
    challenge: MfaChallenge;
    input: SignInInput;
    before: Set<string>;
  } | null>(null);

  /** Signed in: the first sync, then Today with what arrived. */
  const finish = async (before: Set<string>) => {
    setPassword('');
    setSecond(null);
    // The form is replaced by the account view: land on the page heading, not on <body>.
    focusPageHeading();
    await engine.syncNow();
    // A run started before the sign-in (still signed out) may have been the one joined.
    if (engine.status.get().phase === 'signedOut') await engine.syncNow();
    const arrivals: Arrivals = {
      caseIds: arrivedCaseIds(before, await caseIdsOnLaptop()),
      complete: engine.status.get().phase === 'idle',
    };
    const state: TodayRouteState = { arrivals };
    void navigate('/', { state });
  };

  const describe = (caught: unknown) => {
    if (caught instanceof NetworkError) setError(t('signIn.unreachable'));
    else if (caught instanceof AppError && caught.code === 'unauthorized')
      setError(t('signIn.wrongCredentials'));
    else if (caught instanceof AppError && caught.message === 'other_account_with_unsynced_work')
      setError(t('signIn.otherAccount'));
    else if (caught instanceof AppError) setError(t(`errors:${caught.code}` as never));
    else setError(t('signIn.failed'));
  };

  const organisation = useOrganisationSignIn(server, {
    signedIn: finish,
    challenge: (challenge, input, before) => setSecond({ challenge, input, before }),
    link: setLink,
    refused: (reason) =>
      setError(
        reason === 'badServer'
          ? t('signIn.badServer')
          : t(`signIn.organisation.refused.${reason}` as never, {
              defaultValue: t('signIn.organisation.refused.refused'),
            }),
      ),
    failed: describe,
    busy: setBusy,
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    let serverUrl: string;
    try {
      serverUrl = new URL(server.trim()).origin;
    } catch {
      setError(t('signIn.badServer'));
      return;
    }
    setBusy(true);
    try {
      const { input, before } = await laptopSignInInput(info, engine, {
        serverUrl,
        email: email.trim(),
        password,
        ...(link ? { oidcLinkToken: link.linkToken } : {}),
      });
      const answer = await signIn(getDatabase, input);
      if (isMfaChallenge(answer)) {
        setPassword('');
        setSecond({ challenge: answer, input, before });
        return;
      }
      await finish(before);
    } catch (caught) {
      describe(caught);
    } finally {
      setBusy(false);
    }
  };

  if (second)
    return (
      <MfaSignInStep
        challenge={second.challenge}
        input={second.input}
        onSignedIn={() => finish(second.before)}
        onRestart={() => setSecond(null)}
      />
    );

  return (
    <form
      className="form-card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="sign-in-title"
    >
      <h2 id="sign-in-title">{t('signIn.title')}</h2>
      <p className="intro">{t('signIn.intro')}</p>
      {link ? (
        <p className="notice" role="status">
          {t('signIn.organisation.linkIntro')}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="sign-in-server">{t('signIn.server')}</label>
        <input
          id="sign-in-server"
          type="url"
          value={server}
          onChange={(e) => {
            setTouched(true);
            setServer(e.target.value);
          }}
          autoComplete={web ? 'off' : 'url'}
          spellCheck={false}
        />
      </div>
      {(
        [
          ['email', email, setEmail, web ? 'off' : 'username'],
          ['password', password, setPassword, 'current-password'],
        ] as const
      ).map(([name, value, set, autoComplete]) => (
        <div className="field" key={name}>
          <label htmlFor={`sign-in-${name}`}>{t(`signIn.${name}`)}</label>
          <input
            id={`sign-in-${name}`}
            type={name}
            value={value}
            onChange={(e) => set(e.target.value)}
            autoComplete={autoComplete}
          />
        </div>
      ))}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !email || !password}>
          {busy
            ? t('signIn.busy')
            : link
              ? t('signIn.organisation.linkSubmit')
              : t('signIn.submit')}
        </button>
        {link || !organisation.offered ? null : (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setError(undefined);
              void organisation.start();
            }}
          >
            {t('signIn.organisation.button')}
          </button>
        )}
      </div>
    </form>
  );
}
