import type { InterviewSession } from '@core/domain/interview-session';
import type { InterviewTemplate } from '@core/templates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { percent, type Progress } from './interview-progress';
import { useLanguageName } from './useLanguageName';
import { useLocalized } from './useAnswerText';

interface InterviewHeaderProps {
  session: InterviewSession;
  template: InterviewTemplate;
  overall: Progress;
  children?: ReactNode;
}

export function InterviewHeader({ session, template, overall, children }: InterviewHeaderProps) {
  const { t, i18n } = useTranslation('interviews');
  const localized = useLocalized();
  const languageName = useLanguageName();
  const interpreter = session.interpreterName
    ? session.interpreterLanguage
      ? `${session.interpreterName} (${languageName(session.interpreterLanguage)})`
      : session.interpreterName
    : t('list.noInterpreter');
  return (
    <header className="interview-header">
      <p>
        <Link to={`/cases/${session.caseId}/interviews`}>{t('interview.back')}</Link>
      </p>
      <h2>
        {localized(template.title)}{' '}
        <span className="muted small">{t('interview.version', { version: template.version })}</span>
      </h2>
      <dl className="facts">
        <dt>{t('interview.started')}</dt>
        <dd>{formatDateTime(session.startedAt, i18n.language)}</dd>
        <dt>{t('interview.state')}</dt>
        <dd>
          {session.state === 'final'
            ? t('state.finalAt', { time: formatDateTime(session.finalizedAt!, i18n.language) })
            : t('state.draft')}
        </dd>
        <dt>{t('interview.interpreter')}</dt>
        <dd>{interpreter}</dd>
        <dt>{t('interview.clientLanguage')}</dt>
        <dd>{languageName(session.clientLanguage)}</dd>
      </dl>
      <div className="overall-progress">
        <label htmlFor="interview-progress">{t('interview.progress')}</label>
        <progress id="interview-progress" max={overall.total} value={overall.answered}>
          {percent(overall)}%
        </progress>
        <span>
          {t('interview.progressText', {
            answered: overall.answered,
            total: overall.total,
            percent: percent(overall),
          })}
        </span>
      </div>
      <div className="interview-tools">{children}</div>
    </header>
  );
}
