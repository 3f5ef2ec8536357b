import type { InterviewSession } from '@core/domain/interview-session';
import type { InterviewTemplate } from '@core/templates';
import { useState } from 'react';
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
  // Built only while open: the same offers sit under their questions, with the same labels.
  const [open, setOpen] = useState(false);
  const count = openFeeds(feeds).length;
  if ((count === 0 && !open) || caseReadOnly) return null;
  return (
    <details className="case-file-offers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('finalize.reviewTitle', { count })}</summary>
      {open ? (
        <CaseFileReview
          caseId={session.caseId}
          template={template}
          feeds={feeds}
          disabled={false}
        />
      ) : null}
    </details>
  );
}
