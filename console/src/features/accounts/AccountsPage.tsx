import type { UserSummary } from '@core/sync/admin-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { useConsoleApi } from '../../session/SessionContext';
import { AccountActions, type AccountAction, type AccountNotice } from './AccountActions';
import { AccountForm, type AccountFormValues } from './AccountForm';
import { AccountsTable } from './AccountsTable';
import { accountsApi } from './accounts-api';

type Panel = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; user: UserSummary };

/** Admins: who may sign in, with what role, languages, firm and availability. */
export function AccountsPage() {
  const { t } = useTranslation();
  const api = useConsoleApi();
  const accounts = useMemo(() => accountsApi(api), [api]);
  const heading = usePageHeading(t('accounts.title'));
  const users = useResource(() => accounts.list(), [accounts]);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [notice, setNotice] = useState<AccountNotice | null>(null);
  const [acting, setActing] = useState<{ user: UserSummary; action: AccountAction }>();

  const create = async (values: AccountFormValues) => {
    const { organisation, ...rest } = values;
    const created = await accounts.create({
      ...rest,
      ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
    });
    setPanel({ kind: 'none' });
    setNotice({
      action: 'created',
      outcome: created.outcome,
      name: created.user?.displayName ?? values.displayName,
      ...(created.temporaryPassword ? { temporaryPassword: created.temporaryPassword } : {}),
    });
    users.reload();
  };

  const update = async (user: UserSummary, values: AccountFormValues) => {
    const changed = await accounts.update(user.id, {
      displayName: values.displayName,
      languages: values.languages,
      organisation: values.organisation.trim() || null,
      availability: values.availability,
    });
    setPanel({ kind: 'none' });
    setNotice({ action: 'updated', outcome: changed.outcome, name: changed.user.displayName });
    users.reload();
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('accounts.title')}
      </h1>
      <p className="screen-intro">{t('accounts.intro')}</p>
      {notice ? <AccountNoticeView notice={notice} onDismiss={() => setNotice(null)} /> : null}
      {panel.kind === 'none' ? (
        <p>
          <button type="button" className="primary" onClick={() => setPanel({ kind: 'create' })}>
            {t('accounts.new')}
          </button>
        </p>
      ) : (
        <section className="panel" aria-labelledby="account-panel-title">
          <h2 id="account-panel-title">
            {panel.kind === 'create'
              ? t('accounts.newTitle')
              : t('accounts.editTitle', { name: panel.user.displayName })}
          </h2>
          <AccountForm
            {...(panel.kind === 'edit' ? { existing: panel.user } : {})}
            onSubmit={(values) =>
              panel.kind === 'edit' ? update(panel.user, values) : create(values)
            }
            onCancel={() => setPanel({ kind: 'none' })}
          />
        </section>
      )}
      {users.status === 'loading' ? <Loading /> : null}
      {users.status === 'failed' ? (
        <ErrorNotice error={users.error} onRetry={users.reload} />
      ) : null}
      {users.status === 'ready' ? (
        <AccountsTable
          users={users.data}
          onEdit={(user) => setPanel({ kind: 'edit', user })}
          onAction={(user, action) => setActing({ user, action })}
        />
      ) : null}
      {acting ? (
        <AccountActions
          user={acting.user}
          action={acting.action}
          onDone={(result) => {
            setActing(undefined);
            setNotice(result);
            users.reload();
          }}
          onCancel={() => setActing(undefined)}
        />
      ) : null}
    </>
  );
}

function AccountNoticeView({
  notice,
  onDismiss,
}: {
  notice: AccountNotice;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-ok" role="status">
      <p>
        {notice.outcome === 'pending_approval'
          ? t('accounts.done.requested', { name: notice.name })
          : t(`accounts.done.${notice.action}`, { name: notice.name })}{' '}
        {t(`accounts.outcome.${notice.outcome}`)}
      </p>
      {notice.temporaryPassword ? (
        <p>
          {t('accounts.temporaryPassword')}{' '}
          <code className="temporary-password">{notice.temporaryPassword}</code>
        </p>
      ) : null}
      <button type="button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
