import type { InterviewSession } from '@core/domain/interview-session';
import type { InterviewTemplate } from '@core/templates';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInlinePanel } from '../../lib/useInlinePanel';
import { formatDateTime } from '../../lib/format';
import { openFeeds, type CaseFeed } from './case-feeds';
import { CaseFileReview } from './CaseFileReview';
import { finalizeInterview } from './interview-actions';
import type { Progress } from './interview-progress';
import { useLocalized } from './useAnswerText';

interface FinalizePanelProps {
  session: InterviewSession;
  template: InterviewTemplate;
  feeds: readonly CaseFeed[];
  overall: Progress;
  draftIds: ReadonlySet<string>;
  caseReadOnly: boolean;
  /** Saves every open answer and note; false if something could not be saved. */
  saveAll: () => Promise<boolean>;
}

/** Finalising: a confirm step with the case-file review list; afterwards, when it happened. */
export function FinalizePanel(props: FinalizePanelProps) {
  const { session, template, feeds, overall, draftIds, caseReadOnly, saveAll } = props;
  const { t, i18n } = useTranslation('interviews');
  const localized = useLocalized();
  const confirming = useInlinePanel();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const final = session.state === 'final';

  // The confirm button is gone once the interview is final: put focus on what replaced it.
  useEffect(() => {
    if (final && confirming.isOpen) {
      confirming.close(false);
      doneHeading.current?.focus();
    }
  }, [confirming, final]);

  if (final) {
    return (
      <section className="finalize-panel final" aria-labelledby="finalized-title">
        <h3 id="finalized-title" ref={doneHeading} tabIndex={-1}>
          {t('finalize.doneTitle')}
        </h3>
        <p>{t('finalize.doneAt', { time: formatDateTime(session.finalizedAt!, i18n.language) })}</p>
        <details>
          <summary>{t('finalize.reviewTitle', { count: openFeeds(feeds).length })}</summary>
          <CaseFileReview
            caseId={session.caseId}
            template={template}
            feeds={feeds}
            disabled={caseReadOnly}
          />
        </details>
      </section>
    );
  }
  if (caseReadOnly) return null;

  const drafts = template.sections.flatMap((s) => s.questions).filter((q) => draftIds.has(q.id));
  const finalize = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      if (!(await saveAll())) {
        setProblem('notSaved');
        return;
      }
      await finalizeInterview(session.id);
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  };

  if (!confirming.isOpen) {
    return (
      <section className="finalize-panel" aria-labelledby="finalize-title">
        <h3 id="finalize-title" className="visually-hidden">
          {t('finalize.title')}
        </h3>
        <button type="button" ref={confirming.opener} onClick={confirming.open}>
          {t('finalize.start')}
        </button>
      </section>
    );
  }

  return (
    <section
      className="finalize-panel confirming"
      aria-labelledby="finalize-title"
      ref={confirming.panelRef}
    >
      <h3 id="finalize-title" tabIndex={-1} data-autofocus>
        {t('finalize.title')}
      </h3>
      <p>{t('finalize.explain')}</p>
      <p>{t('finalize.progress', { answered: overall.answered, total: overall.total })}</p>
      {drafts.length > 0 ? (
        <div className="banner warn" role="alert">
          <p>{t('finalize.draftsBlock')}</p>
          <ul>
            {drafts.map((q) => (
              <li key={q.id}>{localized(q.attorneyPrompt)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h4>{t('finalize.reviewTitle', { count: openFeeds(feeds).length })}</h4>
      <CaseFileReview
        caseId={session.caseId}
        template={template}
        feeds={feeds}
        disabled={caseReadOnly}
      />
      {problem ? (
        <p className="field-error" role="alert">
          {t(problem === 'notSaved' ? 'finalize.notSaved' : 'finalize.failed')}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || drafts.length > 0}
          onClick={() => void finalize()}
        >
          {t('finalize.confirm')}
        </button>
        <button type="button" onClick={() => confirming.close()}>
          {t('finalize.cancel')}
        </button>
      </div>
    </section>
  );
}
