import type { ConflictCheck, ConflictDecision, IntakeDetail } from '@core/sync/intake-schemas';
import { conflictDecisions } from '@core/sync/intake-schemas';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssues } from '../../api/error-text';
import { useDirectory } from '../../api/directory';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { FieldError } from '../../../../renderer/src/components/FieldError';
import type { IntakeApi } from './intake-api';

interface Props {
  detail: IntakeDetail;
  intakes: IntakeApi;
  /** Whether the intake still waits for a decision (no new check after it is decided). */
  open: boolean;
  onChanged: () => void;
}

function HitsTable({ check }: { check: ConflictCheck }) {
  const { t } = useTranslation();
  if (check.hits.length === 0) return <p role="status">{t('conflictCheck.noHits')}</p>;
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('conflictCheck.hits', { count: check.hits.length })}
      tabIndex={0}
    >
      <table className="data-table">
        <caption>{t('conflictCheck.hits', { count: check.hits.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflictCheck.columns.reference')}</th>
            <th scope="col">{t('conflictCheck.columns.role')}</th>
            <th scope="col">{t('conflictCheck.columns.name')}</th>
            <th scope="col">{t('conflictCheck.columns.matched')}</th>
            <th scope="col">{t('conflictCheck.columns.searched')}</th>
          </tr>
        </thead>
        <tbody>
          {check.hits.map((hit, index) => (
            <tr key={`${hit.scopeId}-${hit.role}-${index}`}>
              <th scope="row">{hit.reference}</th>
              <td>
                {t(`conflictRoles.${hit.role}`)}
                {hit.relationship ? ` · ${hit.relationship}` : ''}
              </td>
              <td>{hit.name}</td>
              <td>{t(`conflictCheck.matchedBy.${hit.matchedBy}`)}</td>
              <td>
                {t('conflictCheck.searchedAs', {
                  query: hit.query,
                  role: t(`conflictRoles.${hit.queryRole}`),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Run the check, read what it found, record the decision (a waiver needs its reason). */
export function ConflictCheckSection({ detail, intakes, open, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useDirectory();
  const id = useId();
  const [decision, setDecision] = useState<ConflictDecision | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<ConflictDecision | null>(null);
  const latest = detail.checks[0];
  const stale = latest !== undefined && latest.intakeVersion !== detail.summary.version;
  const locale = i18n.language;

  const act = async (action: () => Promise<unknown>, done?: ConflictDecision) => {
    setBusy(true);
    setFailure(null);
    setRecorded(null);
    try {
      await action();
      if (done) setRecorded(done);
      setDecision(null);
      setReason('');
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const reasonError = fieldIssues(failure)['reason'];

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('conflictCheck.title')}</h2>
      <p className="screen-intro">{t('conflictCheck.intro')}</p>
      {recorded ? (
        <p className="notice notice-ok" role="status">
          {t('conflictCheck.recorded', { decision: t(`conflictDecisions.${recorded}`) })}
        </p>
      ) : null}
      {latest ? (
        <>
          <p className="cell-note">
            {t('conflictCheck.ranAt', {
              when: formatWhen(latest.createdAt, locale, ''),
              who: nameOf(latest.createdBy),
            })}
          </p>
          {stale && open ? (
            <p className="notice notice-warn" role="status">
              {t('conflictCheck.stale')}
            </p>
          ) : null}
          <HitsTable check={latest} />
          {latest.decision ? (
            <p>
              {t('conflictCheck.decided', {
                decision: t(`conflictDecisions.${latest.decision}`),
                who: nameOf(latest.decidedBy),
                when: formatWhen(latest.decidedAt, locale, ''),
              })}
              {latest.reason ? ` ${latest.reason}` : ''}
            </p>
          ) : null}
        </>
      ) : null}
      {open ? (
        <div className="button-row">
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => intakes.runCheck(detail.summary.id))}
          >
            {latest ? t('conflictCheck.runAgain') : t('conflictCheck.run')}
          </button>
        </div>
      ) : null}
      {open && latest && !latest.decision && !stale ? (
        <form
          className="account-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!decision) return;
            void act(
              () =>
                intakes.decide(latest.id, {
                  decision,
                  ...(reason.trim() ? { reason: reason.trim() } : {}),
                }),
              decision,
            );
          }}
        >
          <fieldset>
            <legend>{t('conflictCheck.decisionLegend')}</legend>
            {conflictDecisions.map((value) => (
              <p key={value} className="choice">
                <input
                  type="radio"
                  id={`${id}-${value}`}
                  name={`${id}-decision`}
                  value={value}
                  checked={decision === value}
                  onChange={() => setDecision(value)}
                />
                <label htmlFor={`${id}-${value}`}>{t(`conflictDecisions.${value}`)}</label>
              </p>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('conflictCheck.reason')}</label>
            <p className="hint" id={`${id}-reason-hint`}>
              {t('conflictCheck.reasonHint')}
            </p>
            <textarea
              id={`${id}-reason`}
              value={reason}
              rows={3}
              maxLength={2000}
              aria-describedby={`${id}-reason-hint${reasonError ? ` ${id}-reason-error` : ''}`}
              aria-invalid={reasonError ? true : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            <FieldError id={`${id}-reason-error`} code={reasonError} />
          </div>
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy || !decision}>
              {t('conflictCheck.record')}
            </button>
          </div>
        </form>
      ) : null}
      {failure ? <ErrorNotice error={failure} /> : null}
    </section>
  );
}
