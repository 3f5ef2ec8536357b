import { agreeWording, wordingForm } from '@core/templates/spanish-agreement';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatDateTime, todayInChicago } from '../../../lib/format';
import { PrintFrame } from './PrintFrame';
import { answerText, languageName } from './print-format';
import { useInterviewPrintData, type InterviewPrintData } from './usePrintData';

function Interview({ data }: { data: InterviewPrintData }) {
  const { t, i18n } = useTranslation('desktop');
  const language = i18n.language === 'es' ? 'es' : 'en';
  const { file, session, template } = data;
  const form = wordingForm(file.identity.gender);
  const say = (text: { en: string; es: string }) => agreeWording(text[language], form);
  return (
    <>
      <header>
        <p className="print-confidential">{t('print.confidential')}</p>
        <h1>
          {t('print.interviewTitle')}
          {template ? `: ${say(template.title)}` : ''}
        </h1>
        <p>
          {t('print.reference')}: <strong>{file.reference}</strong> ·{' '}
          {t('print.generated', { date: formatDate(todayInChicago(), language, 'long') })}
        </p>
      </header>
      {file.flags.asylumProtected ? (
        <p className="print-flag">{t('print.asylumProtected')}</p>
      ) : null}
      {file.flags.vawaProtected1367 ? (
        <p className="print-flag">{t('print.vawaProtected')}</p>
      ) : null}
      <dl>
        <dt>{t('print.template')}</dt>
        <dd>
          {template ? say(template.title) : session.templateId} (v{session.templateVersion})
        </dd>
        <dt>{t('print.state')}</dt>
        <dd>{session.state === 'final' ? t('print.stateFinal') : t('print.stateDraft')}</dd>
        <dt>{t('print.startedAt')}</dt>
        <dd>{formatDateTime(session.startedAt, language)}</dd>
        <dt>{t('print.interpreter')}</dt>
        <dd>
          {[
            session.interpreterName,
            session.interpreterLanguage
              ? languageName(session.interpreterLanguage.code, language)
              : null,
          ]
            .filter(Boolean)
            .join(' · ') || t('print.unknown')}
        </dd>
      </dl>
      {(template?.sections ?? []).map((section) => (
        <section key={section.id} aria-labelledby={`print-section-${section.id}`}>
          <h2 id={`print-section-${section.id}`}>{say(section.title)}</h2>
          <dl>
            {section.questions.map((question) => (
              <div key={question.id} className="print-answer">
                <dt>{say(question.attorneyPrompt)}</dt>
                <dd>{answerText(question, session.answers[question.id]?.value, language, t)}</dd>
              </div>
            ))}
          </dl>
          {data.notes.get(section.id) ? (
            <>
              <h3>{t('print.notes')}</h3>
              <p className="print-note">{data.notes.get(section.id)}</p>
            </>
          ) : null}
        </section>
      ))}
    </>
  );
}

/** `#/print/cases/:caseId/interviews/:interviewId`: one interview with answers and notes. */
export function InterviewPrintPage() {
  const { t } = useTranslation('desktop');
  const { caseId, interviewId } = useParams();
  const data = useInterviewPrintData(caseId, interviewId);
  return (
    <PrintFrame
      document="interview"
      caseReference={data?.file.reference ?? null}
      backTo={`/cases/${caseId ?? ''}/interviews/${interviewId ?? ''}`}
    >
      {data === undefined ? <p role="status">{t('print.loading')}</p> : null}
      {data === null ? <p role="alert">{t('print.notFound')}</p> : null}
      {data ? <Interview data={data} /> : null}
    </PrintFrame>
  );
}
