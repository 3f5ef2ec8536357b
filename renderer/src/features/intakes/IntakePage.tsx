import { intakeClientName } from '@core/domain/intake';
import { intakeFormFromContent } from '@core/intake/intake-form';
import { isEditable } from '@core/intake/intake-transitions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { caseIdsOnLaptop } from '../../db/documents-repository';
import { intakesRepository } from '../../db/intakes-repository';
import { useLiveQuery } from '../../db/live';
import { IntakeForm } from './IntakeForm';

/** One field intake: editable until MCJ decides, then the decision, read-only until dismissed. */
export function IntakePage() {
  const { t } = useTranslation(['intakes', 'caseFile']);
  const { intakeId = '' } = useParams();
  const arrived = (useLocation().state as { message?: string } | null)?.message ?? null;
  const [message, setMessage] = useState<string | null>(arrived);
  const data = useLiveQuery(async () => {
    const [intake, holders, cases] = await Promise.all([
      intakesRepository.get(intakeId),
      intakesRepository.aNumberHolders(),
      caseIdsOnLaptop(),
    ]);
    return { intake, holders, cases: new Set(cases) };
  }, [intakeId]);
  if (!data) return null;
  const { intake, holders, cases } = data;
  if (!intake)
    return (
      <section className="page">
        <p role="status">{t('notFound')}</p>
      </section>
    );
  const reference = intake.decision?.caseReference ?? '';
  const caseId = intake.decision?.caseId;

  return (
    <section className="page" aria-labelledby="intake-title">
      <h1 id="intake-title">{t('form.editTitle', { reference: intake.reference })}</h1>
      <p>
        {intakeClientName(intake.client)} · {t(`states.${intake.state}`, { reference })}
      </p>
      {message ? (
        <p className="banner info" role="status">
          {message}
        </p>
      ) : null}
      {intake.state === 'accepted' ? (
        <div className="banner info" role="status">
          <p>{t('decided.accepted', { reference })}</p>
          {caseId && cases.has(caseId) ? (
            <Link to={`/cases/${caseId}`}>{t('decided.openCase', { reference })}</Link>
          ) : null}
        </div>
      ) : null}
      {intake.state === 'merged' ? (
        <div className="banner info" role="status">
          <p>{t('decided.merged', { reference })}</p>
          {caseId && cases.has(caseId) ? (
            <Link to={`/cases/${caseId}`}>{t('decided.openCase', { reference })}</Link>
          ) : null}
        </div>
      ) : null}
      {intake.state === 'declined' ? (
        <p className="banner warn" role="status">
          {t('decided.declined', { reason: intake.decision?.reason ?? '' })}
        </p>
      ) : null}
      {isEditable(intake) ? (
        <IntakeForm
          key={intake.state}
          initial={intakeFormFromContent(intake)}
          selfId={intake.id}
          holders={holders}
          canSubmit={intake.state === 'draft'}
          onSave={async (content, submit) => {
            await intakesRepository.edit(intake.id, content);
            if (submit) await intakesRepository.submit(intake.id);
            setMessage(t(submit ? 'form.submitted' : 'form.saved'));
          }}
        />
      ) : (
        <>
          <p>{t('decided.readOnly')}</p>
          <dl className="intake-readonly">
            <dt>{t('form.aNumber')}</dt>
            <dd>{intake.client.aNumber ?? '—'}</dd>
            <dt>{t('form.custodyStatus')}</dt>
            <dd>{t(`caseFile:options.custodyStatus.${intake.custody.status}` as never)}</dd>
            <dt>{t('form.facility')}</dt>
            <dd>{intake.custody.facility ?? '—'}</dd>
            <dt>{t('form.notes')}</dt>
            <dd className="note-text">{intake.notes ?? '—'}</dd>
            <dt>{t('form.parties')}</dt>
            <dd>
              {intake.parties.length
                ? intake.parties
                    .map((p) => `${p.name} (${t(`form.partyRoles.${p.role}`)})`)
                    .join('; ')
                : '—'}
            </dd>
          </dl>
          {!intake.dismissedAt ? (
            <button
              type="button"
              onClick={() =>
                void intakesRepository
                  .dismiss(intake.id)
                  .then(() => setMessage(t('decided.dismissed')))
              }
            >
              {t('decided.dismiss')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
