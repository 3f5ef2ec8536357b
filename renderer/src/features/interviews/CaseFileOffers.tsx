import type { InterviewSession } from '@core/domain/interview-session';
import type { InterviewTemplate } from '@core/templates';
import { useTranslation } from 'react-i18next';
import { openFeeds, type CaseFeed } from './case-feeds';
import { CaseFileReview } from './CaseFileReview';

/** While interviewing: every answer waiting for the case file, reviewed in one step on request. */
export function CaseFileOffers({
  session,
  template,
  feeds,
  caseReadOnly,
}: {
  session: InterviewSession;
  template: InterviewTemplate;
  feeds: readonly CaseFeed[];
  caseReadOnly: boolean;
}) {
  const { t } = useTranslation('interviews');
  const count = openFeeds(feeds).length;
  if (count === 0 || caseReadOnly) return null;
  return (
    <details className="case-file-offers">
      <summary>{t('finalize.reviewTitle', { count })}</summary>
      <CaseFileReview caseId={session.caseId} template={template} feeds={feeds} disabled={false} />
    </details>
  );
}
