import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCaseContext } from '../case-file/CaseLayout';
import { wordingForm } from '@core/templates/spanish-agreement';
import { InterviewScreen } from './InterviewScreen';
import { useInterviewSession } from './useInterviewSession';
import { WordingFormProvider } from './WordingForm';

/** `cases/:caseId/interviews/:interviewId`: one interview, always with its own template version. */
export function InterviewPage() {
  const { t } = useTranslation(['interviews', 'common']);
  const { interviewId } = useParams();
  const { caseFile, doc, readOnly } = useCaseContext();
  const loaded = useInterviewSession(caseFile.id, interviewId);
  if (loaded === undefined) return <p role="status">{t('common:status.loading')}</p>;
  if (loaded === null) {
    return (
      <div className="page">
        <p role="alert">{t('interview.notFound')}</p>
        <Link to={`/cases/${caseFile.id}/interviews`}>{t('interview.back')}</Link>
      </div>
    );
  }
  const { session, template } = loaded;
  if (!template) {
    return (
      <p role="alert">
        {t('interview.templateMissing', {
          id: session.templateId,
          version: session.templateVersion,
        })}
      </p>
    );
  }
  return (
    <WordingFormProvider form={wordingForm(caseFile.identity.gender)}>
      <InterviewScreen
        key={session.id}
        session={session}
        template={template}
        caseDoc={doc}
        caseReadOnly={readOnly}
      />
    </WordingFormProvider>
  );
}
