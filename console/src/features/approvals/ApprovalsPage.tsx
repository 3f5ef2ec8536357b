import type { ApprovalRequestSummary } from '@core/sync/approval-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { DecidedTable, PendingTable, useRequestText } from './ApprovalsTables';
import { approvalsApi, type ApprovalDecision } from './approvals-api';

interface Done {
  decision: ApprovalDecision;
  what: string;
  name: string;
  temporaryPassword?: string;
}

/**
 * Two-person control (issue 20 #3): requests that would give someone access to case contents,
 * approved or rejected here by a second admin or supervisor, and the break-glass notices
 * supervisors receive when the server's operator approved one alone.
 */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const api = useConsoleApi();
  const approvals = useMemo(() => approvalsApi(api), [api]);
  const heading = usePageHeading(t('approvals.title'));
  const data = useResource(() => approvals.list(), [approvals]);
  const describe = useRequestText();
  const [acting, setActing] = useState<{
    request: ApprovalRequestSummary;
    decision: ApprovalDecision;
  }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<Done | null>(null);

  const run = async () => {
    if (!acting) return;
    setBusy(true);
    setFailure(null);
    try {
      const answer = await approvals.decide(acting.request.id, acting.decision);
      setDone({
        decision: acting.decision,
        what: describe(acting.request),
        name: acting.request.target.displayName,
        ...(answer.temporaryPassword ? { temporaryPassword: answer.temporaryPassword } : {}),
      });
      setActing(undefined);
      data.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const pending = data.data?.requests.filter((r) => r.status === 'pending') ?? [];
  const decided = data.data?.requests.filter((r) => r.status !== 'pending') ?? [];
  const unread = data.data?.notices.filter((n) => n.readAt === null) ?? [];
  const requestOf = (id: string) => data.data?.requests.find((r) => r.id === id);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('approvals.title')}
      </h1>
      <p className="screen-intro">{t('approvals.intro')}</p>
      {done ? (
        <div className="notice notice-ok" role="status">
          <p>{t(`approvals.done.${done.decision}`, { what: done.what, name: done.name })}</p>
          {done.temporaryPassword ? (
            <p>
              {t('accounts.temporaryPassword')}{' '}
              <code className="temporary-password">{done.temporaryPassword}</code>
            </p>
          ) : null}
          <button type="button" onClick={() => setDone(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}
      {data.status === 'loading' ? <Loading /> : null}
      {data.status === 'failed' ? <ErrorNotice error={data.error} onRetry={data.reload} /> : null}
      {unread.length > 0 ? (
        <section className="notice notice-warn" aria-labelledby="break-glass-title">
          <h2 id="break-glass-title">{t('approvals.breakGlassTitle')}</h2>
          <ul>
            {unread.map((notice) => {
              const request = requestOf(notice.requestId);
              return (
                <li key={notice.id}>
                  {t('approvals.breakGlassNotice', {
                    when: formatWhen(notice.createdAt, i18n.language, ''),
                    what: request ? `${describe(request)}: ${request.target.displayName}` : '',
                  })}
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            onClick={() => void approvals.readNotices().then(() => data.reload(), setFailure)}
          >
            {t('approvals.markRead')}
          </button>
        </section>
      ) : null}
      {data.status === 'ready' ? (
        <>
          <section aria-labelledby="pending-title">
            <h2 id="pending-title">{t('approvals.pending')}</h2>
            <PendingTable
              requests={pending}
              onDecide={(request, decision) => {
                setFailure(null);
                setActing({ request, decision });
              }}
            />
          </section>
          <section aria-labelledby="decided-title">
            <h2 id="decided-title">{t('approvals.decided')}</h2>
            <DecidedTable requests={decided} />
          </section>
        </>
      ) : null}
      {failure && !acting ? <ErrorNotice error={failure} /> : null}
      {acting ? (
        <ConfirmDialog
          title={t(`approvals.confirm.${acting.decision}.title`, {
            what: describe(acting.request),
            name: acting.request.target.displayName,
          })}
          confirmLabel={t(`approvals.confirm.${acting.decision}.confirm`)}
          danger={acting.decision === 'approve'}
          busy={busy}
          onConfirm={() => void run()}
          onCancel={() => setActing(undefined)}
        >
          <p>
            {t(`approvals.confirm.${acting.decision}.body`, {
              name: acting.request.target.displayName,
              requester: acting.request.requestedBy.displayName ?? t('approvals.serverOperator'),
            })}
          </p>
          {failure ? <ErrorNotice error={failure} /> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
