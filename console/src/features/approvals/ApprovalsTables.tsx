import type { ApprovalRequestSummary } from '@core/sync/approval-schemas';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../../components/format';
import type { ApprovalDecision } from './approvals-api';

/** "Create a supervisor account", "Reset the password", … in the reader's language. */
export function useRequestText() {
  const { t } = useTranslation();
  return (request: ApprovalRequestSummary) =>
    t(`approvals.kinds.${request.kind}`, { role: t(`roles.${request.role}`) });
}

function Requester({ request }: { request: ApprovalRequestSummary }) {
  const { t } = useTranslation();
  return <>{request.requestedBy.displayName ?? t('approvals.serverOperator')}</>;
}

interface PendingProps {
  requests: readonly ApprovalRequestSummary[];
  onDecide: (request: ApprovalRequestSummary, decision: ApprovalDecision) => void;
}

/** Requests waiting for a second person, with what the reader may do about each. */
export function PendingTable({ requests, onDecide }: PendingProps) {
  const { t, i18n } = useTranslation();
  const describe = useRequestText();
  if (requests.length === 0) return <p>{t('approvals.nonePending')}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t('approvals.pending')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('approvals.pending')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('approvals.fields.request')}</th>
            <th scope="col">{t('approvals.fields.account')}</th>
            <th scope="col">{t('approvals.fields.requestedBy')}</th>
            <th scope="col">{t('approvals.fields.requestedAt')}</th>
            <th scope="col">{t('approvals.fields.expiresAt')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => {
            const what = `${describe(request)}: ${request.target.displayName}`;
            return (
              <tr key={request.id}>
                <th scope="row">{describe(request)}</th>
                <td>
                  {request.target.displayName}
                  <br />
                  <span>{request.target.email}</span>
                </td>
                <td>
                  <Requester request={request} />
                </td>
                <td>{formatWhen(request.requestedAt, i18n.language, '')}</td>
                <td>{formatWhen(request.expiresAt, i18n.language, '')}</td>
                <td>
                  <div className="row-actions">
                    {request.canDecide ? (
                      <>
                        <button
                          type="button"
                          className="primary"
                          onClick={() => onDecide(request, 'approve')}
                          aria-label={t('approvals.approveFor', { what })}
                        >
                          {t('approvals.approve')}
                        </button>
                        <button
                          type="button"
                          onClick={() => onDecide(request, 'reject')}
                          aria-label={t('approvals.rejectFor', { what })}
                        >
                          {t('approvals.reject')}
                        </button>
                      </>
                    ) : (
                      <span>{request.mine ? t('approvals.yours') : t('approvals.aboutYou')}</span>
                    )}
                    {request.mine ? (
                      <button
                        type="button"
                        onClick={() => onDecide(request, 'cancel')}
                        aria-label={t('approvals.cancelFor', { what })}
                      >
                        {t('approvals.cancel')}
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The last 30 days' decided, cancelled and lapsed requests. */
export function DecidedTable({ requests }: { requests: readonly ApprovalRequestSummary[] }) {
  const { t, i18n } = useTranslation();
  const describe = useRequestText();
  if (requests.length === 0) return <p>{t('approvals.noneDecided')}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t('approvals.decided')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('approvals.decided')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('approvals.fields.request')}</th>
            <th scope="col">{t('approvals.fields.account')}</th>
            <th scope="col">{t('approvals.fields.requestedBy')}</th>
            <th scope="col">{t('approvals.fields.outcome')}</th>
            <th scope="col">{t('approvals.fields.decidedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id}>
              <th scope="row">{describe(request)}</th>
              <td>{request.target.displayName}</td>
              <td>
                <Requester request={request} />
              </td>
              <td>
                {t(`approvals.status.${request.status}`)}
                {request.decidedBy && request.status !== 'cancelled'
                  ? ` (${
                      request.breakGlass
                        ? t('approvals.breakGlassBy')
                        : (request.decidedBy.displayName ?? '')
                    })`
                  : ''}
              </td>
              <td>
                {formatWhen(
                  request.decidedAt ?? request.expiresAt,
                  i18n.language,
                  t('common.never'),
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
