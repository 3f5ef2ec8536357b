import type { UserSummary } from '@core/sync/admin-schemas';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../../components/format';
import { languageName } from '../../components/LanguageChoices';
import type { AccountAction } from './AccountActions';

interface AccountsTableProps {
  users: readonly UserSummary[];
  onEdit: (user: UserSummary) => void;
  onAction: (user: UserSummary, action: AccountAction) => void;
}

export function AccountsTable({ users, onEdit, onAction }: AccountsTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="table-scroll" role="region" aria-label={t('accounts.tableLabel')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('accounts.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accounts.fields.displayName')}</th>
            <th scope="col">{t('accounts.fields.email')}</th>
            <th scope="col">{t('accounts.fields.role')}</th>
            <th scope="col">{t('accounts.fields.languages')}</th>
            <th scope="col">{t('accounts.fields.organisation')}</th>
            <th scope="col">{t('accounts.fields.availability')}</th>
            <th scope="col">{t('accounts.fields.lastSignIn')}</th>
            <th scope="col">{t('accounts.fields.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.disabled ? 'row-muted' : undefined}>
              <th scope="row">{user.displayName}</th>
              <td>{user.email}</td>
              <td>{t(`roles.${user.role}`)}</td>
              <td>
                {user.languages.length
                  ? user.languages.map((code) => languageName(code, locale)).join(', ')
                  : t('common.none')}
              </td>
              <td>{user.organisation ?? t('common.none')}</td>
              <td>{t(`accounts.availability.${user.availability}`)}</td>
              <td>{formatWhen(user.lastSignInAt, locale, t('common.never'))}</td>
              <td>
                {user.disabled ? t('accounts.status.deactivated') : t('accounts.status.active')}
              </td>
              <td>
                <div className="row-actions">
                  <button
                    type="button"
                    onClick={() => onEdit(user)}
                    aria-label={t('accounts.editFor', { name: user.displayName })}
                  >
                    {t('accounts.edit')}
                  </button>
                  <button
                    type="button"
                    onClick={() => onAction(user, 'passwordReset')}
                    aria-label={t('accounts.resetFor', { name: user.displayName })}
                  >
                    {t('accounts.reset')}
                  </button>
                  <button
                    type="button"
                    onClick={() => onAction(user, 'mfaReset')}
                    aria-label={t('accounts.mfaResetFor', { name: user.displayName })}
                  >
                    {t('accounts.mfaReset')}
                  </button>
                  <button
                    type="button"
                    onClick={() => onAction(user, 'roleChange')}
                    aria-label={t('accounts.roleChangeFor', { name: user.displayName })}
                  >
                    {t('accounts.roleChange')}
                  </button>
                  <button
                    type="button"
                    onClick={() => onAction(user, user.disabled ? 'reactivated' : 'deactivated')}
                    aria-label={t(
                      user.disabled ? 'accounts.reactivateFor' : 'accounts.deactivateFor',
                      {
                        name: user.displayName,
                      },
                    )}
                  >
                    {user.disabled ? t('accounts.reactivate') : t('accounts.deactivate')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
