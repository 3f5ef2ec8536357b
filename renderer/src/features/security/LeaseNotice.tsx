import type { LeaseState } from '@core/lease/lease-state';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The device lease on the lock screen (issue 19 #2): a warning in its last 7 days; once it has
 * ended (or the clock was turned back), why Amparo will not unlock, what to do, and a check-in
 * (sign in to MCJ's server again as this computer).
 */
export function LeaseNotice({
  state,
  checkIn: signIn,
  onCheckedIn,
}: {
  state: LeaseState;
  /** Signs in to MCJ's server again as this computer (Session.checkIn). */
  checkIn: (email: string, password: string) => Promise<void>;
  onCheckedIn: () => void;
}) {
  const { t, i18n } = useTranslation('security');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (state.kind === 'none' || state.kind === 'ok') return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(state.expiresAt),
  );
  if (state.kind === 'warning')
    return (
      <p role="status" className="banner">
        {t('lease.warning', { count: state.daysLeft, date })}
      </p>
    );

  const checkIn = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!email || !password) return;
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
      setPassword('');
      onCheckedIn();
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : '';
      setError(
        t(
          message === 'lease_not_renewed'
            ? 'lease.notRenewed'
            : message === 'lease_no_server'
              ? 'lease.noServer'
              : 'lease.checkInFailed',
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-card" aria-labelledby="lease-title">
      <h2 id="lease-title">{t('lease.expiredTitle')}</h2>
      <p role="alert">
        {state.reason === 'clockBack' ? t('lease.clockBack') : t('lease.expired', { date })}
      </p>
      <p>{t('lease.whatToDo')}</p>
      <form onSubmit={(e) => void checkIn(e)} noValidate aria-labelledby="lease-check-in">
        <h3 id="lease-check-in">{t('lease.checkInHeading')}</h3>
        <label htmlFor="lease-email">{t('lease.email')}</label>
        <input
          id="lease-email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="lease-password">{t('lease.password')}</label>
        <input
          id="lease-password"
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy || !email || !password}>
            {t('lease.checkIn')}
          </button>
        </div>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
