import type { UserSummary } from '@core/sync/admin-schemas';
import { roles, type Role } from '@core/sync/auth-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useConsoleApi } from '../../session/SessionContext';
import { accountsApi } from './accounts-api';

export interface AccountNotice {
  action:
    | 'created'
    | 'updated'
    | 'passwordReset'
    | 'mfaReset'
    | 'roleChange'
    | 'deactivated'
    | 'reactivated';
  /** `pending_approval`: a second admin or supervisor must approve it (Approvals screen). */
  outcome: 'applied' | 'pending_approval';
  name: string;
  temporaryPassword?: string;
}

/** The account actions that need a confirmation. */
export type AccountAction =
  'passwordReset' | 'mfaReset' | 'roleChange' | 'deactivated' | 'reactivated';

interface AccountActionsProps {
  user: UserSummary;
  action: AccountAction;
  onDone: (notice: AccountNotice) => void;
  onCancel: () => void;
}

/**
 * Password and two-step sign-in resets, role changes, deactivation and reactivation, each
 * confirmed after saying what it does (and that a staff account's change waits for approval).
 */
export function AccountActions({ user, action, onDone, onCancel }: AccountActionsProps) {
  const { t } = useTranslation();
  const api = useConsoleApi();
  const accounts = useMemo(() => accountsApi(api), [api]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [role, setRole] = useState<Role>(user.role === 'attorney' ? 'supervisor' : 'attorney');

  const send = async () => {
    if (action === 'passwordReset') return accounts.resetPassword(user.id);
    if (action === 'mfaReset') return accounts.resetMfa(user.id);
    if (action === 'roleChange') return accounts.changeRole(user.id, role);
    return action === 'deactivated' ? accounts.deactivate(user.id) : accounts.reactivate(user.id);
  };

  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await send();
      onDone({
        action,
        outcome: answer.outcome ?? 'applied',
        name: user.displayName,
        ...('temporaryPassword' in answer && answer.temporaryPassword
          ? { temporaryPassword: answer.temporaryPassword }
          : {}),
      });
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
      {action === 'roleChange' ? (
        <p>
          <label htmlFor="account-new-role">{t('accounts.newRole')}</label>{' '}
          <select
            id="account-new-role"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            {roles
              .filter((option) => option !== user.role)
              .map((option) => (
                <option key={option} value={option}>
                  {t(`roles.${option}`)}
                </option>
              ))}
          </select>
        </p>
      ) : null}
      {action === 'roleChange' || user.role !== 'attorney' ? (
        <p>{t('accounts.needsApproval')}</p>
      ) : null}
      {failure ? <ErrorNotice error={failure} /> : null}
    </ConfirmDialog>
  );
}
