import type { InterviewSession } from '@core/domain/interview-session';
import type { JsonObject } from '@core/sync/json-value';
import type { InterviewTemplate } from '@core/templates';
import { visitKitNumbers } from '@core/templates/visit-kit';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatus } from '../../components/SaveStatus';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { searchArrival } from '../search/open-hit';
import { Addenda } from './Addenda';
import { caseFeeds } from './case-feeds';
import { useFlushRegistry } from '../saving/app-flush-registry';
import { CaseFileOffers } from './CaseFileOffers';
import { FinalizePanel } from './FinalizePanel';
import { focusGuidance, GuidancePanel } from './GuidancePanel';
import { InterviewHeader } from './InterviewHeader';
import { InterviewReview } from '../review/InterviewReview';
import { interviewProgress, neighbourSection } from './interview-progress';
import { gateFacts, questionShown } from './question-shown';
import { todayInChicago } from '../../lib/format';
import { SectionNav } from './SectionNav';
import { SECTION_HEADING_ID, SECTION_NOTE_ID, SectionView } from './SectionView';
import { ShortcutHelpDialog } from './ShortcutHelpDialog';
import { useAnswers } from './useAnswers';
import { useLocalized } from './useAnswerText';
import { useInterviewShortcuts } from './useInterviewShortcuts';

interface InterviewScreenProps {
  session: InterviewSession;
  template: InterviewTemplate;
  caseDoc: JsonObject;
  caseReadOnly: boolean;
}

/** One interview: guidance, sections with progress, answers, notes, finalising and addenda. */
export function InterviewScreen({
  session,
  template,
  caseDoc,
  caseReadOnly,
}: InterviewScreenProps) {
  const { t } = useTranslation('interviews');
  const localized = useLocalized();
  const answers = useAnswers(session, template);
  const [params, setParams] = useSearchParams();
  const [helpOpen, setHelpOpen] = useState(false);
  const registry = useFlushRegistry();
  // The section a keypress or button asked for, until it is on screen. Quick Alt+N presses can
  // arrive before the previous one has rendered, so steps count from here, not from the screen.
  const targetSection = useRef<string | null>(null);
  const final = session.state === 'final';

  const requested = params.get('section');
  // The same numbers as the paper visit kit, so answers typed from paper follow its order.
  const kitNumbers = useMemo(() => visitKitNumbers(template), [template]);
  const section = template.sections.find((s) => s.id === requested) ?? template.sections[0]!;
  const today = todayInChicago();
  const shown = useMemo(
    () => questionShown(gateFacts(session, caseDoc, today)),
    [caseDoc, session, today],
  );
  const progress = useMemo(
    () => interviewProgress(template, session.answers, answers.draftIds, shown),
    [answers.draftIds, session.answers, shown, template],
  );
  const feeds = useMemo(
    () => caseFeeds(template, session.answers, caseDoc),
    [caseDoc, session.answers, template],
  );

  const { flush } = answers;
  const goTo = useCallback(
    (sectionId: string | null) => {
      if (!sectionId) return;
      void flush();
      targetSection.current = sectionId;
      setParams({ section: sectionId }, { replace: true });
    },
    [flush, setParams],
  );

  const location = useLocation();
  const navigate = useNavigate();
  const arrival = location.state as { focus?: string } | null;
  // Opened from a search result on an answer: focus it.
  const fromSearch = searchArrival(location.state);
  useEffect(() => {
    if (!fromSearch?.questionId) return;
    const item = document.querySelector(`li[data-question="${CSS.escape(fromSearch.questionId)}"]`);
    item?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    void navigate(
      { pathname: location.pathname, search: location.search },
      { replace: true, state: null },
    );
  }, [fromSearch, location.pathname, location.search, navigate]);
  useEffect(() => {
    if (arrival?.focus !== 'firstQuestion') return;
    document
      .querySelector<HTMLElement>('.interview-section :is(input, select, textarea, button)')
      ?.focus();
    // Asked once: history keeps the state, and an unlock or reload here must land on the h1.
    void navigate(
      { pathname: location.pathname, search: location.search },
      { replace: true, state: null },
    );
  }, [arrival, location.pathname, location.search, navigate]);

  useEffect(() => {
    if (targetSection.current !== section.id) return;
    targetSection.current = null;
    document.getElementById(SECTION_HEADING_ID)?.focus();
  }, [section.id]);

  const step = (direction: 1 | -1) =>
    goTo(neighbourSection(template, targetSection.current ?? section.id, direction));

  useInterviewShortcuts(
    {
      nextSection: () => step(1),
      previousSection: () => step(-1),
      focusNote: () => document.getElementById(SECTION_NOTE_ID)?.focus(),
      focusGuidance,
      help: () => setHelpOpen(true),
    },
    !helpOpen,
  );

  const saveAll = useCallback(async () => {
    await flush();
    const { ok } = await registry.flushAll();
    return answers.isSaved() && ok;
  }, [answers, flush, registry]);

  const previous = neighbourSection(template, section.id, -1);
  const next = neighbourSection(template, section.id, 1);
  const titleOf = (id: string) => localized(template.sections.find((s) => s.id === id)!.title);

  return (
    <>
      <div className="interview">
        <InterviewHeader session={session} template={template} overall={progress.overall}>
          {final ? null : (
            <SaveStatus
              state={answers.state}
              savedAt={answers.savedAt}
              onRetry={() => void flush()}
              draft="answers"
            />
          )}
          <button type="button" onClick={() => setHelpOpen(true)}>
            {t('help.open')}
          </button>
        </InterviewHeader>
        <InterviewReview session={session} readOnly={caseReadOnly} />
        {final ? (
          <p className="banner info" role="note">
            {t('interview.finalBanner')}
          </p>
        ) : null}
        <div className="interview-layout">
          <SectionNav template={template} progress={progress.sections} currentId={section.id} />
          <div className="interview-main">
            <GuidancePanel template={template} />
            <SectionView
              key={section.id}
              section={section}
              session={session}
              answers={answers}
              feeds={feeds}
              final={final}
              caseReadOnly={caseReadOnly}
              shown={shown}
              numbers={kitNumbers}
            />
            <nav className="section-pager" aria-label={t('sections.pager')}>
              {previous ? (
                <button type="button" onClick={() => goTo(previous)}>
                  {t('sections.previous', { section: titleOf(previous) })}
                </button>
              ) : null}
              {next ? (
                <button type="button" onClick={() => goTo(next)}>
                  {t('sections.next', { section: titleOf(next) })}
                </button>
              ) : null}
            </nav>
            {final ? null : (
              <CaseFileOffers
                session={session}
                template={template}
                feeds={feeds}
                caseReadOnly={caseReadOnly}
              />
            )}
            <FinalizePanel
              session={session}
              template={template}
              feeds={feeds}
              overall={progress.overall}
              draftIds={answers.draftIds}
              caseReadOnly={caseReadOnly}
              saveAll={saveAll}
            />
            <Addenda session={session} caseReadOnly={caseReadOnly} />
          </div>
        </div>
        {helpOpen ? <ShortcutHelpDialog onClose={() => setHelpOpen(false)} /> : null}
      </div>
    </>
  );
}
