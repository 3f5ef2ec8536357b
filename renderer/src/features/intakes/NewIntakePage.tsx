import { emptyIntakeForm } from '@core/intake/intake-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { intakesRepository } from '../../db/intakes-repository';
import { useLiveQuery } from '../../db/live';
import { IntakeForm } from './IntakeForm';
import { useSignedIn } from './useIntakes';

/** "New intake": an attorney's field intake, saved on this laptop, sent at the next sync. */
export function NewIntakePage() {
  const { t } = useTranslation('intakes');
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const holders = useLiveQuery(() => intakesRepository.aNumberHolders(), []);

  return (
    <section className="page" aria-labelledby="new-intake-title">
      <h1 id="new-intake-title">{t('form.title')}</h1>
      <p className="intro">{t('form.intro')}</p>
      {signedIn && !signedIn.userId ? (
        <p className="banner warn" role="alert">
          {t('signInFirst')}
        </p>
      ) : null}
      {signedIn?.userId && holders ? (
        <IntakeForm
          initial={emptyIntakeForm()}
          holders={holders}
          canSubmit
          onSave={async (content, submit) => {
            // The server accepts an intake only in the name of the attorney who sends it.
            const intake = await intakesRepository.create(signedIn.userId!, content);
            if (submit) await intakesRepository.submit(intake.id);
            void navigate(`/intakes/${intake.id}`, {
              state: { message: t(submit ? 'form.submitted' : 'form.saved') },
            });
          }}
        />
      ) : null}
    </section>
  );
}
