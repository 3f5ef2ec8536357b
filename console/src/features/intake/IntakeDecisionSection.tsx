import type { IntakeDetail, Volunteer } from '@core/sync/intake-schemas';
import type { CaseSummary } from '@core/sync/admin-schemas';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { languageName } from '../../components/LanguageChoices';
import type { IntakeApi } from './intake-api';

interface Props {
  detail: IntakeDetail;
  intakes: IntakeApi;
  volunteers: readonly Volunteer[];
  cases: readonly CaseSummary[];
  onDecided: (message: string) => void;
}

type Pending = { kind: 'accept' } | { kind: 'merge'; caseId: string };

/** Accept (a new case, assigned), merge into a case, or decline with a reason. */
export function IntakeDecisionSection({ detail, intakes, volunteers, cases, onDecided }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = i18n.language;
  const [assignTo, setAssignTo] = useState<string[]>([]);
  const [noteLanguage, setNoteLanguage] = useState<'en' | 'es'>(locale === 'es' ? 'es' : 'en');
  const [mergeInto, setMergeInto] = useState('');
  const [declineReason, setDeclineReason] = useState('');
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const duplicates = detail.summary.duplicateANumber;
  const intakeId = detail.summary.id;

  const run = async (pending: Pending, confirmDuplicateANumber: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      const result =
        pending.kind === 'accept'
          ? await intakes.accept(intakeId, { assignTo, confirmDuplicateANumber, noteLanguage })
          : await intakes.merge(intakeId, {
              caseId: pending.caseId,
              confirmDuplicateANumber,
              noteLanguage,
            });
      setConfirming(null);
      onDecided(
        t(pending.kind === 'accept' ? 'intakeDecide.done.accepted' : 'intakeDecide.done.merged', {
          reference: result.caseReference ?? '',
        }),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const start = (pending: Pending) => {
    if (duplicates.length > 0) setConfirming(pending);
    else void run(pending, false);
  };
  const decline = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await intakes.decline(intakeId, declineReason);
      onDecided(t('intakeDecide.done.declined'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section aria-labelledby={`${id}-accept`}>
        <h2 id={`${id}-accept`}>{t('intakeDecide.acceptTitle')}</h2>
        <fieldset>
          <legend>{t('intakeDecide.assignTo')}</legend>
          {volunteers.map((volunteer) => (
            <p key={volunteer.id} className="choice">
              <input
                type="checkbox"
                id={`${id}-v-${volunteer.id}`}
                checked={assignTo.includes(volunteer.id)}
                onChange={(event) =>
                  setAssignTo((now) =>
                    event.target.checked
                      ? [...now, volunteer.id]
                      : now.filter((v) => v !== volunteer.id),
                  )
                }
              />
              <label htmlFor={`${id}-v-${volunteer.id}`}>
                {t('intakeDecide.volunteer', {
                  name: volunteer.displayName,
                  languages:
                    volunteer.languages.map((code) => languageName(code, locale)).join(', ') ||
                    t('common.none'),
                  firm: volunteer.organisation ?? t('intakeDecide.noFirm'),
                  availability: t(`accounts.availability.${volunteer.availability}`),
                  count: volunteer.activeCases,
                })}
              </label>
            </p>
          ))}
        </fieldset>
        <div className="field inline-field">
          <label htmlFor={`${id}-note-language`}>{t('intakeDecide.noteLanguage')}</label>
          <select
            id={`${id}-note-language`}
            value={noteLanguage}
            onChange={(event) => setNoteLanguage(event.target.value as 'en' | 'es')}
          >
            <option value="en">{t('language.en')}</option>
            <option value="es">{t('language.es')}</option>
          </select>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => start({ kind: 'accept' })}
          >
            {t('intakeDecide.accept')}
          </button>
        </div>
      </section>
      <section aria-labelledby={`${id}-merge`}>
        <h2 id={`${id}-merge`}>{t('intakeDecide.mergeTitle')}</h2>
        <div className="field inline-field">
          <label htmlFor={`${id}-case`}>{t('intakeDecide.mergeCase')}</label>
          <select
            id={`${id}-case`}
            value={mergeInto}
            onChange={(event) => setMergeInto(event.target.value)}
          >
            <option value="">{t('intakeDecide.chooseCase')}</option>
            {cases
              .filter((c) => !c.deleted)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.reference}
                </option>
              ))}
          </select>
        </div>
        <div className="button-row">
          <button
            type="button"
            disabled={busy || !mergeInto}
            onClick={() => start({ kind: 'merge', caseId: mergeInto })}
          >
            {t('intakeDecide.merge')}
          </button>
        </div>
      </section>
      <section aria-labelledby={`${id}-decline`}>
        <h2 id={`${id}-decline`}>{t('intakeDecide.declineTitle')}</h2>
        <div className="field">
          <label htmlFor={`${id}-decline-reason`}>{t('intakeDecide.declineReason')}</label>
          <textarea
            id={`${id}-decline-reason`}
            rows={3}
            maxLength={800}
            value={declineReason}
            onChange={(event) => setDeclineReason(event.target.value)}
          />
        </div>
        <div className="button-row">
          <button
            type="button"
            className="danger"
            disabled={busy || !declineReason.trim()}
            onClick={() => void decline()}
          >
            {t('intakeDecide.decline')}
          </button>
        </div>
      </section>
      {failure && !confirming ? <ErrorNotice error={failure} /> : null}
      {confirming ? (
        <ConfirmDialog
          title={t('intakeDecide.confirmDuplicate.title')}
          confirmLabel={t('intakeDecide.confirmDuplicate.confirm')}
          busy={busy}
          onCancel={() => {
            setConfirming(null);
            setFailure(null);
          }}
          onConfirm={() => void run(confirming, true)}
        >
          <p>{t('intakeDecide.confirmDuplicate.body', { references: duplicates.join(', ') })}</p>
          {failure ? <ErrorNotice error={failure} /> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
