import type { CustodyClock, Recheck } from '@core/cases/custody-clock';
import type { CustodyCheck } from '@core/domain/case-logs';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { TransferSteps } from './TransferSteps';

export function RecheckText({ recheck }: { recheck: Recheck }) {
  const { t, i18n } = useTranslation('logs');
  const when =
    recheck.daysLeft === 0
      ? t('custody.dueToday')
      : recheck.daysLeft > 0
        ? t('custody.dueIn', { count: recheck.daysLeft })
        : t('custody.overdue', { count: -recheck.daysLeft });
  return (
    <>
      {formatDate(recheck.due, i18n.language)} ·{' '}
      <span className={recheck.daysLeft < 0 ? 'tag urgency-overdue' : 'tag urgency-upcoming'}>
        {when}
      </span>
    </>
  );
}

/** Where the client is, since when, and when to check again; the latest transfer's steps. */
export function CustodyClockPanel({
  clock,
  checks,
  recheckDays,
}: {
  clock: CustodyClock;
  checks: readonly CustodyCheck[];
  recheckDays: number;
}) {
  const { t, i18n } = useTranslation(['logs', 'cases']);
  const language = i18n.language;
  const last = clock.lastConfirmed;
  const history = [...checks].sort(
    (a, b) => b.checkedOn.localeCompare(a.checkedOn) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <section className="form-card" aria-labelledby="custody-clock-heading">
      <h2 id="custody-clock-heading">{t('custody.heading')}</h2>
      {!clock.detained ? <p className="muted">{t('custody.notDetained')}</p> : null}
      {clock.detentionInFuture ? (
        <p className="banner warn" role="note">
          {t('custody.detentionInFuture')}
        </p>
      ) : null}
      <dl className="facts">
        {clock.detained ? (
          <>
            <dt>{t('custody.daysInCustody')}</dt>
            <dd>
              {clock.custodyDays
                ? t('cases:header.days', {
                    count: clock.custodyDays.days,
                    date: formatDate(clock.custodyDays.since, language),
                  })
                : t('custody.noDetentionDate')}
            </dd>
          </>
        ) : null}
        <dt>{t('custody.lastConfirmed')}</dt>
        <dd>
          {last
            ? t('custody.confirmedLine', {
                facility: last.facility,
                date: formatDate(last.checkedOn, language),
                source: t(`check.sources.${last.source}`),
                who: last.checkedBy,
              })
            : t('custody.never')}
        </dd>
        {clock.recheck ? (
          <>
            <dt>{t('custody.recheck')}</dt>
            <dd>
              <RecheckText recheck={clock.recheck} /> ·{' '}
              <span className="muted">
                {t(`custody.reason.${clock.recheck.reason}`, {
                  count: checks.find((c) => c.id === last?.checkId)?.recheckDays ?? recheckDays,
                })}
              </span>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="field-hint">{t('custody.noLookup')}</p>
      {clock.transfer ? <TransferSteps transfer={clock.transfer} /> : null}
      <h3>{t('custody.history')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('custody.historyEmpty')}</p>
      ) : (
        <ul className="log-list">
          {history.map((check) => (
            <li key={check.id}>
              {check.kind === 'transfer' ? (
                <span className="tag warn">{t('custody.transferTag')}</span>
              ) : null}{' '}
              {t('custody.confirmedLine', {
                facility: check.facility,
                date: formatDate(check.checkedOn, language),
                source: t(`check.sources.${check.source}`),
                who: check.checkedBy,
              })}
              {check.notes ? <p className="muted small">{check.notes}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
