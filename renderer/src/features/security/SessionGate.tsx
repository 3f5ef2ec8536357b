import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SetupScreen } from './SetupScreen';
import { useSession } from './SessionContext';
import { UnlockScreen } from './UnlockScreen';
import { UnsavedWorkDialog } from './UnsavedWorkDialog';
import { useIdleLock } from './useIdleLock';

/** Nothing of the workspace renders, and no record is read, until the vault is unlocked. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const { status, session, held } = useSession();
  useIdleLock();
  if (status === 'checking') return <p role="status">{t('status.loading')}</p>;
  if (status === 'setup') return <SetupScreen />;
  if (status === 'locked') return <UnlockScreen />;
  return (
    <>
      {children}
      {held ? <UnsavedWorkDialog guard={session.guard} held={held} /> : null}
    </>
  );
}
