import type { InterviewSession } from '@core/domain/interview-session';
import type { Section } from '@core/templates';
import { useEffect, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFeed } from './case-feeds';
import { CaseFeeds } from './CaseFeeds';
import { ensureSectionNote } from './interview-actions';
import { NoteEditor } from './NoteEditor';
import { QuestionItem } from './QuestionItem';
import type { Shown } from './interview-progress';
import type { AnswerStore } from './useAnswers';
import { useLocalized } from './useAnswerText';

export const SECTION_HEADING_ID = 'interview-section-heading';
export const SECTION_NOTE_ID = 'interview-section-note';

interface SectionViewProps {
  section: Section;
  /** Question id → its number on the paper visit kit (numbered across the whole interview). */
  numbers: ReadonlyMap<string, number>;
  session: InterviewSession;
  answers: AnswerStore;
  feeds: readonly CaseFeed[];
  /** The interview is final: answers and notes show as text. */
  final: boolean;
  /** The case cannot be changed on this computer at all. */
  caseReadOnly: boolean;
  /** Questions that apply to this client (see `question-shown.ts`). */
  shown: Shown;
}

const CONTROL = 'input:not([type="radio"]), textarea, input[type="radio"]:checked';

/** Focus the answer of the next question, or the section note after the last one. */
function focusNext(item: Element): void {
  let next = item.nextElementSibling;
  while (next && !next.matches('[data-question]')) next = next.nextElementSibling;
  const answer = next?.querySelector('.question-answer');
  const control =
    answer?.querySelector<HTMLElement>(CONTROL) ?? answer?.querySelector<HTMLElement>('input');
  (control ?? document.getElementById(SECTION_NOTE_ID))?.focus();
}

/** Enter moves on from an answer (Ctrl+Enter in long answers), never from buttons or links. */
function onAnswerKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.altKey || event.shiftKey) return;
  const target = event.target as HTMLElement;
  if (!target.closest('.question-answer') || target.closest('.case-feeds')) return;
  if (target.tagName === 'BUTTON' || target.tagName === 'A') return;
  if (target.tagName === 'TEXTAREA' && !(event.ctrlKey || event.metaKey)) return;
  const item = target.closest('[data-question]');
  if (!item) return;
  event.preventDefault();
  focusNext(item);
}

export function SectionView(props: SectionViewProps) {
  const { section, session, answers, feeds, final, caseReadOnly, shown, numbers } = props;
  const { t } = useTranslation('interviews');
  const localized = useLocalized();
  const readOnly = final || caseReadOnly;
  const title = localized(section.title);
  const noteId = session.sectionNotes[section.id];

  // Sessions made elsewhere may lack a note id for a section: add one before it is needed.
  useEffect(() => {
    if (!readOnly && !noteId) void ensureSectionNote(session.id, section.id);
  }, [noteId, readOnly, section.id, session.id]);

  return (
    <section className="interview-section" aria-labelledby={SECTION_HEADING_ID}>
      <h3 id={SECTION_HEADING_ID} tabIndex={-1}>
        {title}
      </h3>
      {section.intro ? <p className="section-intro">{localized(section.intro)}</p> : null}
      <ol className="questions" onKeyDown={onAnswerKeyDown}>
        {section.questions.filter(shown).map((question, index) => {
          const stored = session.answers[question.id]?.value;
          const own = feeds.filter((f) => f.questionIds.at(-1) === question.id);
          return (
            <QuestionItem
              key={question.id}
              question={question}
              number={numbers.get(question.id) ?? index + 1}
              clientLanguage={session.clientLanguage.code}
              readOnly={readOnly}
              raw={answers.rawFor(question)}
              error={answers.errorFor(question.id)}
              dateLocale={answers.dateLocaleFor(question.id)}
              stored={stored}
              unsaved={readOnly ? answers.unsavedFor(question.id) : undefined}
              onChange={(raw) => answers.setRaw(question, raw)}
              onBlur={() => void answers.flush()}
            >
              <CaseFeeds caseId={session.caseId} feeds={own} disabled={caseReadOnly} />
            </QuestionItem>
          );
        })}
      </ol>
      <div className="section-note">
        <NoteEditor
          key={noteId ?? section.id}
          noteId={noteId}
          caseId={session.caseId}
          label={t('note.sectionLabel', { section: title })}
          readOnly={readOnly}
          textareaId={SECTION_NOTE_ID}
        />
      </div>
    </section>
  );
}
