import type { CaseFile } from '@core/domain/case-file';
import { formatANumber } from '@core/domain/a-number';
import { latestTemplate, type InterviewTemplate } from '@core/templates';
import { agreeWording, wordingForm } from '@core/templates/spanish-agreement';
import { visitKitSections } from '@core/templates/visit-kit';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { formatDate, todayInChicago } from '../../../lib/format';
import { PrintFrame } from './PrintFrame';
import { useCaseSummaryData } from './usePrintData';
import { AnswerBlank } from './visit-kit-blanks';

const releasePlanFields = [
  'sponsorName',
  'sponsorRelation',
  'sponsorStatus',
  'address',
  'phone',
  'household',
  'work',
  'transport',
] as const;

function Kit({
  file,
  template,
  language,
}: {
  file: CaseFile;
  template: InterviewTemplate;
  language: 'en' | 'es';
}) {
  const { i18n } = useTranslation();
  // The paper is in the language chosen for it, whatever the app's language.
  const t = i18n.getFixedT(language, 'desktop');
  const other = language === 'en' ? 'es' : 'en';
  const form = wordingForm(file.identity.gender);
  const say = (text: { en: string; es: string }, lang = language) => agreeWording(text[lang], form);
  const name = [file.identity.givenNames, file.identity.familyName].filter(Boolean).join(' ');
  return (
    <div lang={language}>
      <header>
        <p className="print-confidential">{t('print.confidential')}</p>
        <h1>
          {t('visitKit.title')}: {say(template.title)}
        </h1>
        <dl className="kit-header">
          <dt>{t('print.reference')}</dt>
          <dd>{file.reference}</dd>
          <dt>{t('print.client')}</dt>
          <dd>{name}</dd>
          <dt>{t('print.aNumber')}</dt>
          <dd>{file.identity.aNumber ? formatANumber(file.identity.aNumber) : '______________'}</dd>
          <dt>{t('print.facility')}</dt>
          <dd>{file.custody.facility ?? '______________'}</dd>
          <dt>{t('visitKit.visitDate')}</dt>
          <dd>______________</dd>
          <dt>{t('visitKit.interpreter')}</dt>
          <dd>______________</dd>
        </dl>
        <p className="kit-hint">
          {t('visitKit.howTo', { date: formatDate(todayInChicago(), language, 'long') })}
        </p>
      </header>
      {visitKitSections(template).map((section) => (
        <section key={section.id} aria-labelledby={`kit-section-${section.id}`}>
          <h2 id={`kit-section-${section.id}`}>{say(section.title)}</h2>
          <ol className="kit-questions">
            {section.questions.map(({ number, question, askedAfter, gates }) => (
              <li key={question.id} value={number} className="kit-question">
                <p className="kit-prompt">
                  <strong>{say(question.attorneyPrompt)}</strong>
                  {askedAfter !== null
                    ? ` ${t('visitKit.askedAfter', { number: askedAfter })}`
                    : ''}
                  {askedAfter === null && gates.length > 0
                    ? ` ${t('visitKit.notAlwaysAsked')}`
                    : ''}
                </p>
                {question.clientWording ? (
                  <>
                    <p className="kit-say">
                      {t('visitKit.say')} {say(question.clientWording)}
                    </p>
                    <p className="kit-say-other" lang={other}>
                      ({say(question.clientWording, other)})
                    </p>
                  </>
                ) : null}
                <AnswerBlank question={question} language={language} t={t} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      <section aria-labelledby="kit-release-plan" className="kit-page">
        <h2 id="kit-release-plan">{t('visitKit.releasePlan')}</h2>
        <dl className="kit-worksheet">
          {releasePlanFields.map((field) => (
            <div key={field}>
              <dt>{t(`visitKit.plan.${field}`)}</dt>
              <dd className="kit-rule" />
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="kit-signature" className="kit-page">
        <h2 id="kit-signature">{t('visitKit.signatureTitle')}</h2>
        <p>{t('visitKit.signatureBody')}</p>
        <p className="kit-line">{t('visitKit.clientSignature')}</p>
        <p className="kit-line">{t('visitKit.signatureDate')}</p>
      </section>
    </div>
  );
}

/** `#/print/cases/:caseId/visit-kit/:templateId?lang=es`: the paper interview for a jail visit. */
export function VisitKitPrintPage() {
  const { t } = useTranslation('desktop');
  const { caseId, templateId } = useParams();
  const [params] = useSearchParams();
  const language = params.get('lang') === 'es' ? 'es' : 'en';
  const data = useCaseSummaryData(caseId);
  const template = templateId ? latestTemplate(templateId) : undefined;
  const found = data && template ? { file: data.file, template } : null;
  return (
    <PrintFrame
      document="visit-kit"
      caseReference={found ? found.file.reference : null}
      backTo={`/cases/${caseId ?? ''}/interviews`}
    >
      {data === undefined ? <p role="status">{t('print.loading')}</p> : null}
      {data === null || (data && !template) ? <p role="alert">{t('print.notFound')}</p> : null}
      {found ? <Kit file={found.file} template={found.template} language={language} /> : null}
    </PrintFrame>
  );
}
