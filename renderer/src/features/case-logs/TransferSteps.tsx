import type { TransferReminder, TransferStep } from '@core/cases/custody-clock';
import { useTranslation } from 'react-i18next';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { formatDate } from '../../lib/format';
import { pickText } from '../defenses/localized';

function StepText({ step }: { step: TransferStep }) {
  const { t, i18n } = useTranslation('logs');
  const language = i18n.language;
  if (step.id === 'venue') {
    return (
      <>
        {pickText(step.law.text, language)}{' '}
        {!step.law.verified ? (
          <span className="tag unverified">{t('transfer.unverified')}</span>
        ) : null}
        <span className="field-hint">
          {t('transfer.sources', { citations: step.law.citations.join('; ') })} ·{' '}
          {t('transfer.effective', { date: formatDate(step.law.effectiveDate, language) })}
        </span>
      </>
    );
  }
  const { result } = step;
  return (
    <>
      <strong>{pickText(result.name, language)}</strong>
      {result.dueDate
        ? ` · ${t('transfer.lastDay', { date: formatDate(result.dueDate, language) })}`
        : ''}
      {result.safeDate
        ? ` · ${t('transfer.safeDay', { date: formatDate(result.safeDate, language) })}`
        : ''}{' '}
      {!result.verified ? <span className="tag unverified">{t('transfer.unverified')}</span> : null}
      <span className="field-hint">
        {result.caveats.map((caveat) => pickText(caveat.text, language)).join(' ')}{' '}
        {t('transfer.sources', { citations: result.citations.join('; ') })}
      </span>
    </>
  );
}

/** What a transfer may ask of the attorney (EOIR-33, AR-11, venue), each to tick off when done. */
export function TransferSteps({ transfer }: { transfer: TransferReminder }) {
  const { t, i18n } = useTranslation('logs');
  return (
    <section className="transfer-steps" aria-labelledby="transfer-steps-heading">
      <h3 id="transfer-steps-heading">
        {t('transfer.heading', {
          facility: transfer.facility,
          date: formatDate(transfer.movedOn, i18n.language),
        })}
      </h3>
      <p className="banner warn" role="note">
        {t('transfer.intro')}
      </p>
      <ul className="log-list">
        {transfer.steps.map((step) => (
          <li key={step.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={step.done}
                onChange={(event) =>
                  void caseLogsRepository.markTransferStep(
                    transfer.checkId,
                    step.id,
                    event.target.checked,
                  )
                }
              />{' '}
              {t('transfer.done')}: <StepText step={step} />
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
