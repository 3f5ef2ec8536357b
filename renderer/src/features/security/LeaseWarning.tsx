import type { LeaseState } from '@core/lease/lease-state';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalSession } from './SessionContext';

/** Today's reminder in the lease's last 7 days (issue 19 #2); nothing otherwise. */
export function LeaseWarning() {
  const { t, i18n } = useTranslation('security');
  const session = useOptionalSession()?.session;
  const [state, setState] = useState<LeaseState>({ kind: 'none' });
  useEffect(() => {
    if (!session) return;
    let live = true;
    void session.lease.state().then(
      (next) => live && setState(next),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [session]);
  // The live region is there before the lease is read, so the warning that arrives in it is said;
  // a region inserted already full is not reliably announced.
  if (state.kind !== 'warning') return <p role="status" className="visually-hidden" />;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(state.expiresAt),
  );
  return (
    <p role="status" className="banner">
      {t('lease.warning', { count: state.daysLeft, date })}
    </p>
  );
}
