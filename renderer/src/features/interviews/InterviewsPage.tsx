import { getTemplate } from '@core/templates';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useCaseContext } from '../case-file/CaseLayout';
import { StartInterviewForm } from './StartInterviewForm';
import { VisitKitLauncher } from './VisitKitLauncher';
import { useLocalized } from './useAnswerText';
import { useCaseInterviews } from './useInterviewSession';
import { useLanguageName } from './useLanguageName';

/** The Interviews tab of a case: its interviews, newest first, and starting a new one. */
export function InterviewsPage() {
  const { t, i18n } = useTranslation(['interviews', 'common']);
  const { caseFile, readOnly } = useCaseContext();
  const sessions = useCaseInterviews(caseFile.id);
  const localized = useLocalized();
  const languageName = useLanguageName();

  return (
    <div className="page interviews-page">
      <section aria-labelledby="interviews-title">
        <h2 id="interviews-title">{t('list.title')}</h2>
        {sessions === undefined ? (
          <p role="status">{t('common:status.loading')}</p>
        ) : sessions.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <table className="case-table interview-table">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.template')}</th>
                <th scope="col">{t('list.started')}</th>
                <th scope="col">{t('list.state')}</th>
                <th scope="col">{t('list.interpreter')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => {
                const template = getTemplate(session.templateId, session.templateVersion);
                const title = template ? localized(template.title) : session.templateId;
                return (
                  <tr key={session.id}>
                    <th scope="row">
                      <Link to={session.id}>{title}</Link>{' '}
                      <span className="muted small">
                        {t('interview.version', { version: session.templateVersion })}
                      </span>
                    </th>
                    <td>{formatDateTime(session.startedAt, i18n.language)}</td>
                    <td>
                      {session.state === 'final' ? (
                        <span className="tag final">
                          {t('state.finalAt', {
                            time: formatDateTime(session.finalizedAt!, i18n.language),
                          })}
                        </span>
                      ) : (
                        <span className="tag draft">{t('state.draft')}</span>
                      )}
                      {session.addenda.length > 0 ? (
                        <span className="muted small">
                          {' '}
                          {t('list.addenda', { count: session.addenda.length })}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {session.interpreterName
                        ? `${session.interpreterName}${
                            session.interpreterLanguage
                              ? ` (${languageName(session.interpreterLanguage)})`
                              : ''
                          }`
                        : t('list.noInterpreter')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {readOnly ? null : <StartInterviewForm caseId={caseFile.id} />}
      <VisitKitLauncher caseId={caseFile.id} />
    </div>
  );
}
