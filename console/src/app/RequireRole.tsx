import type { Role } from '@core/sync/auth-schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../session/SessionContext';
import { usePageHeading } from './usePageHeading';

/** A screen for other roles says so (the server refuses its data anyway). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSignedInSession();
  if (roles.includes(session.role)) return children;
  return <NotForYourRole />;
}

function NotForYourRole() {
  const { t } = useTranslation();
  const heading = usePageHeading(t('notForRole.title'));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('notForRole.title')}
      </h1>
      <p>{t('notForRole.body')}</p>
    </>
  );
}
