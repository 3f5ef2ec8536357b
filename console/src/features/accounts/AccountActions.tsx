import type { UserSummary } from '@core/sync/admin-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useConsoleApi } from '../../session/SessionContext';
import { accountsApi } from './accounts-api';

export interface AccountNotice {
  action: 'created' | 'updated' | 'passwordReset' | 'deactivated' | 'reactivated';
  /** `applied` today; the two-person control adds `pending_approval`. */
  outcome: 'applied';
  name: string;
  temporaryPassword?: string;
}

/** The account actions that need a confirmation. */
export type AccountAction = 'passwordReset' | 'deactivated' | 'reactivated';

interface AccountActionsProps {
  user: UserSummary;
  action: AccountAction;
  onDone: (notice: AccountNotice) => void;
  onCancel: () => void;
}

/** Password reset, deactivation and reactivation, each confirmed after saying what it does. */
export function AccountActions({ user, action, onDone, onCancel }: AccountActionsProps) {
  const { t } = useTranslation();
  const api = useConsoleApi();
  const accounts = useMemo(() => accountsApi(api), [api]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      if (action === 'passwordReset') {
        const reset = await accounts.resetPassword(user.id);
        onDone({
          action,
          outcome: reset.outcome ?? 'applied',
          name: user.displayName,
          ...(reset.temporaryPassword ? { temporaryPassword: reset.temporaryPassword } : {}),
        });
      } else {
        const changed =
          action === 'deactivated'
            ? await accounts.deactivate(user.id)
            : await accounts.reactivate(user.id);
        onDone({ action, outcome: changed.outcome, name: user.displayName });
      }
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={t(`accounts.confirm.${action}.title`, { name: user.displayName })}
      confirmLabel={t(`accounts.confirm.${action}.confirm`)}
      danger={action !== 'reactivated'}
      busy={busy}
      onConfirm={() => void run()}
      onCancel={onCancel}
    >
      <p>{t(`accounts.confirm.${action}.body`, { name: user.displayName })}</p>
      {failure ? <ErrorNotice error={failure} /> : null}
    </ConfirmDialog>
  );
}
